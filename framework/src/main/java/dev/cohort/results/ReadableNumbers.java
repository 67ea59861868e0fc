package dev.cohort.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as people write them, for labels, pages and the build log (never for stored values, which stay
 * exact): parameter values and p-values. Locale-independent; no {@code 1.0E-4}-style Java output.
 */
public final class ReadableNumbers {

    /** p-values below this are shown as {@code < 1e-16}: double precision cannot tell them apart. */
    public static final double P_FLOOR = 1e-16;

    private static final MathContext LABEL_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private ReadableNumbers() {}

    /**
     * A parameter value: the shortest decimal that round-trips, cut to at most 4 significant digits,
     * plain from 0.001 up to 10000 ({@code 5}, {@code 0.001}, {@code 0.003162}) and scientific otherwise
     * ({@code 3.162e-4}, {@code 1e-4}).
     */
    public static String parameter(double x) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        if (x == 0) {
            return "0";
        }
        double abs = Math.abs(x);
        boolean plain = abs >= 1e-3 && abs < 1e4;
        RoundedDecimal fast = RoundedDecimal.significant(x, LABEL_DIGITS.getPrecision());
        if (fast != null) {
            RoundedDecimal stripped = fast.stripped();
            return plain ? stripped.plain() : stripped.scientific();
        }
        BigDecimal rounded = BigDecimal.valueOf(x).round(LABEL_DIGITS).stripTrailingZeros();
        if (plain) {
            return rounded.toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    /**
     * A p-value: {@code < 1e-16} below {@link #P_FLOOR}, two significant digits in scientific notation
     * below 0.001 ({@code 4.1e-33}), else at most three decimals ({@code 0.024}, {@code 0.31}, {@code 1}).
     */
    public static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return nonFinite(p);
        }
        if (p < P_FLOOR) {
            return "< 1e-16";
        }
        if (p < 1e-3) {
            return scientific(p, 1);
        }
        RoundedDecimal fast = RoundedDecimal.decimals(p, 3);
        if (fast != null) {
            return fast.stripped().plain();
        }
        return BigDecimal.valueOf(p)
                .setScale(3, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** {@code x} in scientific notation with {@code decimals} after the point and a bare exponent: {@code 1.235e-5}. */
    public static String scientific(double x, int decimals) {
        RoundedDecimal fast = RoundedDecimal.significant(x, decimals + 1);
        if (fast != null) {
            return fast.scientific();
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "e", x);
        int e = text.indexOf('e');
        int exponent = Integer.parseInt(text.substring(e + 1));
        return text.substring(0, e) + "e" + exponent;
    }

    /** {@code NaN}, {@code ∞} or {@code -∞}. */
    public static String nonFinite(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        return x > 0 ? "∞" : "-∞";
    }
}

package dev.cohort.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Formats numbers for reading (HTML, LaTeX) and for machines (CSV). Locale-independent. */
final class Numbers {

    /** Significant digits of a statistic shown for reading. */
    static final int DIGITS = 4;

    /** p-values below this are shown as {@code < 1e-16}: double precision cannot tell them apart. */
    static final double P_FLOOR = 1e-16;

    private static final MathContext SIGNIFICANT = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private Numbers() {}

    /**
     * A statistic with 4 significant digits: plain for moderate magnitudes ({@code 12.30},
     * {@code 0.001235}), scientific otherwise ({@code 1.235e-5}, {@code 4.500e6}).
     */
    static String readable(double x) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        if (x == 0) {
            return "0";
        }
        double abs = Math.abs(x);
        if (abs < 1e-4 || abs >= 1e6) {
            return scientific(x, DIGITS - 1);
        }
        BigDecimal rounded = BigDecimal.valueOf(x).round(SIGNIFICANT);
        int scale = Math.max(0, rounded.scale() + DIGITS - rounded.precision());
        return rounded.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** {@link #readable} with a plus sign before a positive value, for a difference: {@code +0.1235}, {@code -2.000}. */
    static String signed(double x) {
        String text = readable(x);
        return x > 0 ? "+" + text : text;
    }

    /** A number as short as it can be written exactly, for settings such as alpha: {@code 0.05}. */
    static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** A p-value: {@code 0.0012} style from 0.001 up, {@code 3.2e-7} below, {@code < 1e-16} at the floor. */
    static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return nonFinite(p);
        }
        if (p < P_FLOOR) {
            return "< 1e-16";
        }
        if (p < 1e-3) {
            return scientific(p, 1);
        }
        return String.format(Locale.ROOT, "%.4f", p);
    }

    /** A number in full precision for machines ({@code Double.toString}); {@code NaN}, {@code Inf}, {@code -Inf}. */
    static String exact(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        return Double.toString(x);
    }

    /** {@link #readable} as LaTeX math-mode content: {@code 1.235 \times 10^{-5}}. */
    static String latex(double x) {
        return toLatexMath(readable(x));
    }

    /** {@link #signed} as LaTeX math-mode content: {@code +1.235 \times 10^{-5}}. */
    static String latexSigned(double x) {
        return toLatexMath(signed(x));
    }

    /** {@link #pValue} as LaTeX math-mode content: {@code < 10^{-16}}, {@code 3.2 \times 10^{-7}}. */
    static String latexP(double p) {
        if (Double.isFinite(p) && p < P_FLOOR) {
            return "< 10^{-16}";
        }
        return toLatexMath(pValue(p));
    }

    private static String toLatexMath(String text) {
        if (text.equals("NaN")) {
            return "\\mathrm{NaN}";
        }
        String math = text.replace("∞", "\\infty");
        int e = math.indexOf('e');
        return e < 0 ? math : math.substring(0, e) + " \\times 10^{" + math.substring(e + 1) + "}";
    }

    private static String scientific(double x, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "e", x);
        int e = text.indexOf('e');
        int exponent = Integer.parseInt(text.substring(e + 1));
        return text.substring(0, e) + "e" + exponent;
    }

    private static String nonFinite(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        return x > 0 ? "∞" : "-∞";
    }
}

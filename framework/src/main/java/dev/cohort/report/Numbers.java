package dev.cohort.report;

import com.fasterxml.jackson.core.io.NumberOutput;
import dev.cohort.results.ReadableNumbers;
import dev.cohort.results.RoundedDecimal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.OptionalInt;

/** Formats numbers for reading (HTML, LaTeX) and for machines (CSV). Locale-independent. */
final class Numbers {

    /** Significant digits of a statistic shown for reading. */
    static final int DIGITS = 4;

    /** p-values below this are shown as {@code < 1e-16}: double precision cannot tell them apart. */
    static final double P_FLOOR = ReadableNumbers.P_FLOOR;

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
        RoundedDecimal fast = RoundedDecimal.significant(x, DIGITS);
        if (fast != null) {
            return fast.plain();
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

    /** A p-value as {@link ReadableNumbers#pValue} writes it: {@code < 1e-16}, {@code 4.1e-33}, {@code 0.024}. */
    static String pValue(double p) {
        return ReadableNumbers.pValue(p);
    }

    /**
     * Decimals for a statistic shown with its interval: down to one digit below the leading digit of the
     * interval's half-width (mean 1.924 in [1.888, 1.961]: half-width 0.0365, so 3 decimals); empty when
     * the interval has no width or an end is not finite.
     */
    static OptionalInt decimalsFor(double low, double high) {
        double halfWidth = (high - low) / 2;
        if (!Double.isFinite(halfWidth) || halfWidth <= 0) {
            return OptionalInt.empty();
        }
        int leading = (int) Math.floor(Math.log10(halfWidth));
        return OptionalInt.of(Math.max(0, 1 - leading));
    }

    /**
     * A statistic with the given decimals, for values shown with their interval; scientific with 4
     * significant digits where the fixed decimals would read badly (tiny or huge magnitudes).
     */
    static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        double abs = Math.abs(x);
        if (decimals > 6 || abs >= 1e6) {
            return readable(x);
        }
        RoundedDecimal fast = RoundedDecimal.decimals(x, decimals);
        if (fast != null) {
            return fast.plain();
        }
        // BigDecimal has no negative zero: -0.0001 at 3 decimals reads 0.000
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * A number in full precision for machines: the shortest decimal that reads back as the same double
     * (Schubfach, Jackson's {@link NumberOutput}, as {@code summary.json} writes it; Java 17's {@code
     * Double.toString} sometimes writes more digits, slowly); {@code NaN}, {@code Inf}, {@code -Inf}.
     */
    static String exact(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        return NumberOutput.toString(x, true);
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

    /** A number written by this class as LaTeX math-mode content: {@code 1.235e-5} reads {@code 1.235 \times 10^{-5}}. */
    static String toLatexMath(String text) {
        if (text.equals("NaN")) {
            return "\\mathrm{NaN}";
        }
        String math = text.replace("∞", "\\infty");
        int e = math.indexOf('e');
        return e < 0 ? math : math.substring(0, e) + " \\times 10^{" + math.substring(e + 1) + "}";
    }

    private static String scientific(double x, int decimals) {
        return ReadableNumbers.scientific(x, decimals);
    }

    private static String nonFinite(double x) {
        return ReadableNumbers.nonFinite(x);
    }
}

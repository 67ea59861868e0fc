package dev.cohort.results;

import java.util.Arrays;

/**
 * A double rounded to a number of significant digits or of decimals, as {@code unscaled × 10^exponent},
 * computed in double arithmetic: several times cheaper than {@link java.math.BigDecimal} or {@link
 * java.util.Formatter}, which the readable numbers of a large report would otherwise call millions of
 * times.
 *
 * <p>The result is the one those classes give. They round the decimal digits Java prints for the double
 * ({@code Double.toString}'s, or the formatter's), which lie within half a unit in the last place of the
 * double's exact value; so rounding the exact value gives the same digits unless a rounding midpoint
 * lies within that distance. The factories return {@code null} for such a value (and for one beyond
 * their range), and the caller then rounds the printed digits itself, the slow way.
 *
 * @param negative whether the value is below zero (a value rounded to zero is never negative)
 * @param unscaled the digits, a non-negative integer
 * @param exponent the power of ten the digits are scaled by
 */
public record RoundedDecimal(boolean negative, long unscaled, int exponent) {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private static final long[] LONG_POWERS_OF_TEN = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L
    };

    /** The most significant digits or decimals rounded here; more could not be told apart in a double. */
    private static final int MAX_DIGITS = 15;

    /**
     * The relative distance from a midpoint within which the printed digits could round the other way
     * than the exact value: the printed digits are within half an ulp of the double (2^-53 relatively),
     * the scaling by a power of ten adds at most as much again; 1e-14 leaves a wide margin.
     */
    private static final double MARGIN = 1e-14;

    /**
     * {@code x} rounded to {@code digits} significant digits (1 to 15), the unscaled value of exactly that
     * many digits; {@code null} when {@code x} is zero or not finite, when a midpoint is too close to
     * call, or when {@code x} is too large or too small to scale exactly.
     */
    public static RoundedDecimal significant(double x, int digits) {
        if (!Double.isFinite(x) || x == 0 || digits < 1 || digits > MAX_DIGITS) {
            return null;
        }
        double abs = Math.abs(x);
        int leading = (int) Math.floor(Math.log10(abs));
        double scaled = scale(abs, digits - 1 - leading);
        if (scaled < POWERS_OF_TEN[digits - 1]) {
            leading--;
            scaled = scale(abs, digits - 1 - leading);
        } else if (scaled >= POWERS_OF_TEN[digits]) {
            leading++;
            scaled = scale(abs, digits - 1 - leading);
        }
        long rounded = round(scaled);
        if (rounded < 0) {
            return null;
        }
        if (rounded == LONG_POWERS_OF_TEN[digits]) {
            rounded = LONG_POWERS_OF_TEN[digits - 1];
            leading++;
        }
        return new RoundedDecimal(x < 0, rounded, leading - digits + 1);
    }

    /**
     * {@code x} rounded to {@code decimals} decimals (0 to 15); {@code null} when {@code x} is not finite,
     * when a midpoint is too close to call, or when the digits would be too many for a double to tell apart.
     */
    public static RoundedDecimal decimals(double x, int decimals) {
        if (!Double.isFinite(x) || decimals < 0 || decimals > MAX_DIGITS) {
            return null;
        }
        long rounded = round(Math.abs(x) * POWERS_OF_TEN[decimals]);
        if (rounded < 0) {
            return null;
        }
        return new RoundedDecimal(x < 0 && rounded != 0, rounded, -decimals);
    }

    /** The same value without trailing zeros in its digits: {@code 2.50} reads {@code 2.5}, {@code 100} reads {@code 1e2}. */
    public RoundedDecimal stripped() {
        long digits = unscaled;
        int power = exponent;
        while (digits != 0 && digits % 10 == 0) {
            digits /= 10;
            power++;
        }
        return new RoundedDecimal(negative, digits, power);
    }

    /** How many digits {@link #unscaled} has. */
    public int precision() {
        return Long.toString(unscaled).length();
    }

    /**
     * The value as plain decimal text with {@code max(0, -exponent)} decimals, as {@link
     * java.math.BigDecimal#toPlainString} writes it: {@code 0.001235}, {@code 12.30}, {@code 123500}.
     */
    public String plain() {
        // the characters placed in an array of the exact length: a report calls this for most numbers it
        // shows, and a StringBuilder's appends made it one of the report's larger methods to compile
        String digits = Long.toString(unscaled);
        int n = digits.length();
        int sign = negative ? 1 : 0;
        char[] text;
        if (exponent >= 0) {
            text = new char[sign + n + exponent];
            digits.getChars(0, n, text, sign);
            Arrays.fill(text, sign + n, text.length, '0');
        } else {
            int whole = n + exponent;
            if (whole <= 0) {
                text = new char[sign + 2 - whole + n];
                text[sign] = '0';
                text[sign + 1] = '.';
                Arrays.fill(text, sign + 2, sign + 2 - whole, '0');
                digits.getChars(0, n, text, sign + 2 - whole);
            } else {
                text = new char[sign + n + 1];
                digits.getChars(0, whole, text, sign);
                text[sign + whole] = '.';
                digits.getChars(whole, n, text, sign + whole + 1);
            }
        }
        if (negative) {
            text[0] = '-';
        }
        return new String(text);
    }

    /**
     * The digits in scientific notation, one before the point, with a bare exponent: {@code 1.235e-5},
     * {@code 4e3}.
     */
    public String scientific() {
        String digits = Long.toString(unscaled);
        StringBuilder text = new StringBuilder(digits.length() + 8);
        if (negative) {
            text.append('-');
        }
        text.append(digits.charAt(0));
        if (digits.length() > 1) {
            text.append('.').append(digits, 1, digits.length());
        }
        return text.append('e').append(exponent + digits.length() - 1).toString();
    }

    /** {@code abs × 10^power}, exact to half an ulp; NaN when the power of ten is not exact in a double. */
    private static double scale(double abs, int power) {
        if (power >= 0) {
            return power < POWERS_OF_TEN.length ? abs * POWERS_OF_TEN[power] : Double.NaN;
        }
        return -power < POWERS_OF_TEN.length ? abs / POWERS_OF_TEN[-power] : Double.NaN;
    }

    /** The nearest integer to {@code scaled}, or -1 when it is too close to a midpoint to call or too large. */
    private static long round(double scaled) {
        if (!(scaled < 1e15)) {
            return -1;
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) <= scaled * MARGIN) {
            return -1;
        }
        return (long) floor + (fraction > 0.5 ? 1 : 0);
    }
}

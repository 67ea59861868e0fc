package dev.cohort.statistics;

import java.util.Arrays;

/** Descriptive statistics of one sample, computed as R's {@code base} and {@code stats} functions do. */
public final class Descriptive {

    private Descriptive() {}

    /**
     * The arithmetic mean, as R's {@code mean(x)}: the sum divided by n, refined by the mean of the
     * residuals (a second pass that removes most of the rounding error of the first).
     */
    public static double mean(double[] x) {
        requireNonEmpty(x);
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return meanOfSum(x, sum);
    }

    /**
     * {@link #mean} of {@code x} whose sum, added in order from 0, is {@code sum}: a caller that summed
     * while filling {@code x} saves the first pass and gets the same number.
     */
    static double meanOfSum(double[] x, double sum) {
        double mean = sum / x.length;
        double residual = 0;
        for (double v : x) {
            residual += v - mean;
        }
        return mean + residual / x.length;
    }

    /** The sample variance with denominator {@code n - 1}, as R's {@code var(x)} (two-pass); needs n >= 2. */
    public static double variance(double[] x) {
        if (x.length < 2) {
            throw new IllegalArgumentException("variance needs at least 2 values, got " + x.length);
        }
        return Moments.of(x).variance();
    }

    /** The sample standard deviation, R's {@code sd(x)}; needs n >= 2. */
    public static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** The sum of squared deviations from the mean. */
    public static double sumOfSquares(double[] x) {
        return Moments.of(x).sumOfSquares();
    }

    /** The median, R's {@code median(x)}: the middle value, or the mean of the two middle values. */
    public static double median(double[] x) {
        requireNonEmpty(x);
        return SortedSample.of(x).median();
    }

    /** The smallest value. */
    public static double min(double[] x) {
        requireNonEmpty(x);
        double min = x[0];
        for (double v : x) {
            min = Math.min(min, v);
        }
        return min;
    }

    /** The largest value. */
    public static double max(double[] x) {
        requireNonEmpty(x);
        double max = x[0];
        for (double v : x) {
            max = Math.max(max, v);
        }
        return max;
    }

    /**
     * The trimmed mean, as R's {@code mean(x, trim)}: {@code floor(n * trim)} values are dropped from
     * each end of the sorted sample and the rest averaged; {@code trim >= 0.5} gives the median.
     * {@code trim = 0.25} is the interquartile mean (IQM) of Agarwal et al. (2021), "Deep reinforcement
     * learning at the edge of the statistical precipice".
     */
    public static double trimmedMean(double[] x, double trim) {
        requireNonEmpty(x);
        return SortedSample.of(x).trimmedMean(trim);
    }

    /** The interquartile mean, {@code mean(x, trim = 0.25)}. */
    public static double iqm(double[] x) {
        return trimmedMean(x, 0.25);
    }

    /**
     * The sample quantile of Hyndman and Fan (1996) type 7, R's default {@code quantile(x, p, type = 7)}:
     * with {@code h = (n - 1) p} and {@code f = h - floor(h)}, the value {@code (1 - f) x[floor(h)] + f
     * x[floor(h) + 1]} of the sorted sample (0-based), interpolated only when the two values differ.
     */
    public static double quantile(double[] x, double p) {
        requireNonEmpty(x);
        return SortedSample.of(x).quantile(p);
    }

    /** {@link #quantile} of values already sorted in ascending order. */
    static double quantileOfSorted(double[] s, double p) {
        double h = (s.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, s.length - 1);
        double frac = h - lo;
        if (frac == 0 || s[hi] == s[lo]) {
            return s[lo];
        }
        return (1 - frac) * s[lo] + frac * s[hi];
    }

    static double[] sorted(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s;
    }

    private static void requireNonEmpty(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("no values");
        }
    }
}

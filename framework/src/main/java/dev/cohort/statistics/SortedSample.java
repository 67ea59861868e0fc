package dev.cohort.statistics;

import java.util.Arrays;

/**
 * A sample sorted once in ascending order ({@link Arrays#sort(double[])}: {@code -0.0} before {@code 0.0}),
 * so that its order statistics (median, quantiles, trimmed mean, Shapiro-Wilk) and its rank tests against
 * other samples share one sort instead of sorting again for each.
 */
public final class SortedSample {

    private final double[] sorted;

    private SortedSample(double[] sorted) {
        this.sorted = sorted;
    }

    /** The sample of {@code values} (copied, then sorted; the array is not changed). */
    public static SortedSample of(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return new SortedSample(s);
    }

    /** The number of values. */
    public int size() {
        return sorted.length;
    }

    /** The {@code i}-th smallest value (0-based). */
    public double get(int i) {
        return sorted[i];
    }

    /** The values in ascending order, a copy. */
    public double[] values() {
        return sorted.clone();
    }

    /** The values in ascending order, shared with this sample: callers in this package do not change them. */
    double[] array() {
        return sorted;
    }

    /** The median, {@link Descriptive#median}. */
    public double median() {
        requireNonEmpty();
        int n = sorted.length;
        int half = n / 2;
        return n % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }

    /** The trimmed mean, {@link Descriptive#trimmedMean}. */
    public double trimmedMean(double trim) {
        requireNonEmpty();
        if (trim < 0 || Double.isNaN(trim)) {
            throw new IllegalArgumentException("trim must be in [0, 0.5], got " + trim);
        }
        if (trim >= 0.5) {
            return median();
        }
        int lo = (int) Math.floor(sorted.length * trim);
        return Descriptive.mean(Arrays.copyOfRange(sorted, lo, sorted.length - lo));
    }

    /** The sample quantile of type 7, {@link Descriptive#quantile}. */
    public double quantile(double p) {
        requireNonEmpty();
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], got " + p);
        }
        return Descriptive.quantileOfSorted(sorted, p);
    }

    private void requireNonEmpty() {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
    }
}

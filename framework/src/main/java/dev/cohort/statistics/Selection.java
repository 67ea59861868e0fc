package dev.cohort.statistics;

import java.util.Arrays;

/**
 * Order statistics without sorting: Hoare's selection, and the type 7 percentile intervals of bootstrap
 * replicates built on it (the value a sort would give, number for number, in linear expected time).
 */
final class Selection {

    private static final int INSERTION_LIMIT = 24;
    private static final int FILTER_FROM = 1024; // fewer replicates are selected among directly

    private Selection() {}

    /**
     * The type 7 percentiles {@code (1 - level) / 2} and {@code (1 + level) / 2} of the replicates, as
     * {@link Descriptive#quantileOfSorted} gives them on the sorted replicates; the replicates may be
     * reordered, not sorted. With a NaN among them they are sorted (NaN last), as before selection.
     */
    static Interval percentiles(double[] replicates, double level) {
        double low = (1 - level) / 2;
        double high = (1 + level) / 2;
        if (containsNaN(replicates)) {
            Arrays.sort(replicates);
            return new Interval(
                    Descriptive.quantileOfSorted(replicates, low), Descriptive.quantileOfSorted(replicates, high));
        }
        if (replicates.length >= FILTER_FROM) {
            Interval filtered = new TailFilter(replicates, low, high).percentiles();
            if (filtered != null) {
                return filtered;
            }
        }
        return new Interval(quantile(replicates, low), quantile(replicates, high));
    }

    private static boolean containsNaN(double[] x) {
        for (double v : x) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** The type 7 quantile of {@code x} (no NaN), reordering it. */
    private static double quantile(double[] x, double p) {
        double h = (x.length - 1) * p;
        int lo = (int) Math.floor(h);
        return interpolated(x, x.length, lo, h - lo);
    }

    /**
     * The type 7 value at order statistic {@code k} of {@code a[0, n)} plus {@code frac} of the way to
     * the next one, reordering {@code a[0, n)}.
     */
    private static double interpolated(double[] a, int n, int k, double frac) {
        select(a, 0, n, k);
        double value = a[k];
        if (frac == 0 || k + 1 >= n) {
            return value;
        }
        double next = a[k + 1];
        for (int i = k + 2; i < n; i++) {
            next = Math.min(next, a[i]);
        }
        return next == value ? value : (1 - frac) * value + frac * next;
    }

    /**
     * Both tails' percentiles of many values in one pass (Floyd and Rivest's idea): a sample of the
     * values brackets each percentile's order statistics between two of its values, one pass counts
     * the values below each bracket and copies the values inside it, and selection within the few copies
     * gives the order statistics. When a bracket misses its order statistics (the sample misled, or
     * ties crowd the bracket) it gives up, and the caller selects among all values.
     */
    private static final class TailFilter {

        private static final int SAMPLE = 256;
        private static final double SPREAD = 4; // standard deviations of a sample quantile's rank

        private final double[] x;
        private final double hLow;
        private final double hHigh;
        private final int lowRank;
        private final int highRank;
        private final double lowFrom;
        private final double lowTo;
        private final double highFrom;
        private final double highTo;
        private final double[] lowValues;
        private final double[] highValues;
        private int below;
        private int lows;
        private int above;
        private int highs;

        // the loops are in the methods this one calls, so the JIT compiles each of them alone
        TailFilter(double[] x, double low, double high) {
            this.x = x;
            int n = x.length;
            hLow = (n - 1) * low;
            hHigh = (n - 1) * high;
            lowRank = (int) Math.floor(hLow);
            highRank = (int) Math.floor(hHigh);
            double[] sample = sample(x);
            lowFrom = bound(sample, n, lowRank, -1);
            lowTo = bound(sample, n, lowRank + 1, 1);
            highFrom = bound(sample, n, highRank, -1);
            highTo = bound(sample, n, highRank + 1, 1);
            int capacity = Math.max(SAMPLE, n / 8);
            lowValues = new double[capacity];
            highValues = new double[capacity];
        }

        /** The percentiles, or null when a bracket misses. */
        Interval percentiles() {
            int n = x.length;
            if (!(lowTo < highFrom) || !copyTails()) {
                return null;
            }
            int highBelow = n - above - highs;
            if (!brackets(below, lows, lowRank, hLow - lowRank, n)
                    || !brackets(highBelow, highs, highRank, hHigh - highRank, n)) {
                return null;
            }
            return new Interval(
                    interpolated(lowValues, lows, lowRank - below, hLow - lowRank),
                    interpolated(highValues, highs, highRank - highBelow, hHigh - highRank));
        }

        /** Values evenly spaced through {@code x}. */
        private static double[] sample(double[] x) {
            double[] sample = new double[SAMPLE];
            int n = x.length;
            for (int i = 0; i < SAMPLE; i++) {
                sample[i] = x[(int) ((long) i * n / SAMPLE)];
            }
            return sample;
        }

        /** Counts the values below each bracket and copies the values inside; false when too many are inside. */
        private boolean copyTails() {
            int capacity = lowValues.length;
            for (double v : x) {
                if (v < lowFrom) {
                    below++;
                } else if (v <= lowTo) {
                    if (lows == capacity) {
                        return false;
                    }
                    lowValues[lows++] = v;
                } else if (v > highTo) {
                    above++;
                } else if (v >= highFrom) {
                    if (highs == capacity) {
                        return false;
                    }
                    highValues[highs++] = v;
                }
            }
            return true;
        }

        /** Whether the copies, after {@code below} smaller values, hold order statistic k and the one after it if needed. */
        private static boolean brackets(int below, int copies, int k, double frac, int n) {
            int last = frac == 0 || k + 1 >= n ? k : k + 1;
            return below <= k && last < below + copies;
        }

        /**
         * An order statistic of the sample that order statistic {@code rank} of all n values is very
         * likely above ({@code side} -1) or below (+1), reordering the sample; infinite past its ends.
         */
        private static double bound(double[] sample, int n, int rank, int side) {
            double q = Math.min(1, (double) rank / n);
            double position = q * SAMPLE + side * (SPREAD * Math.sqrt(SAMPLE * q * (1 - q)) + 2);
            int index = side < 0 ? (int) Math.floor(position) : (int) Math.ceil(position);
            if (index < 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (index >= SAMPLE) {
                return Double.POSITIVE_INFINITY;
            }
            select(sample, 0, SAMPLE, index);
            return sample[index];
        }
    }

    /**
     * Hoare's selection (median-of-three pivot): reorders {@code a[from, to)} so that {@code a[k]} holds
     * the value sorted order would put there, every value before it is not larger, every value after it
     * not smaller.
     */
    static void select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            if (hi - lo < INSERTION_LIMIT) {
                insertionSort(a, lo, hi + 1);
                return;
            }
            int mid = (lo + hi) >>> 1;
            double pivot = medianOfThree(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = a[i];
                    a[i] = a[j];
                    a[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static double medianOfThree(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }

    /**
     * The indices of {@code x} in ascending order of their values ({@link Double#compare}), equal values
     * in index order: what a stable sort of the indices by value gives, without boxing them when few.
     */
    static int[] ascendingOrder(double[] x) {
        int n = x.length;
        if (n > INSERTION_LIMIT) {
            Integer[] order = new Integer[n];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
            return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int j = i - 1;
            while (j >= 0 && Double.compare(x[order[j]], x[i]) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = i;
        }
        return order;
    }

    /** Sorts {@code a[from, to)}: by insertion when short (a task's few runs), else {@link Arrays#sort}. */
    static void sort(double[] a, int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(a, from, to);
        } else {
            Arrays.sort(a, from, to);
        }
    }

    private static void insertionSort(double[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= from && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }
}

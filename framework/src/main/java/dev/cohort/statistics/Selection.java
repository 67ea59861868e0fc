package dev.cohort.statistics;

import java.util.Arrays;

/**
 * Order statistics without sorting: Hoare's selection, and the type 7 percentile intervals of bootstrap
 * replicates built on it (the value a sort would give, number for number, in linear expected time).
 */
final class Selection {

    private static final int INSERTION_LIMIT = 24;

    private Selection() {}

    /**
     * The type 7 percentiles {@code (1 - level) / 2} and {@code (1 + level) / 2} of the replicates, as
     * {@link Descriptive#quantileOfSorted} gives them on the sorted replicates; the replicates are
     * reordered, not sorted. With a NaN among them they are sorted (NaN last), as before selection.
     */
    static Interval percentiles(double[] replicates, double level) {
        double low = (1 - level) / 2;
        double high = (1 + level) / 2;
        for (double v : replicates) {
            if (Double.isNaN(v)) {
                Arrays.sort(replicates);
                return new Interval(
                        Descriptive.quantileOfSorted(replicates, low), Descriptive.quantileOfSorted(replicates, high));
            }
        }
        return new Interval(quantile(replicates, low), quantile(replicates, high));
    }

    /** The type 7 quantile of {@code x} (no NaN), reordering it. */
    private static double quantile(double[] x, double p) {
        int n = x.length;
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        select(x, 0, n, lo);
        double low = x[lo];
        double frac = h - lo;
        if (frac == 0 || lo + 1 >= n) {
            return low;
        }
        double next = x[lo + 1];
        for (int i = lo + 2; i < n; i++) {
            next = Math.min(next, x[i]);
        }
        return next == low ? low : (1 - frac) * low + frac * next;
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

package dev.cohort.statistics;

import java.util.Arrays;

/**
 * The probability of improvement of every pair of configurations on a resample of the stratified
 * bootstrap, without sorting the resampled runs. A resample of a task's runs is the original runs, each
 * drawn some number of times, so where a run of {@code a} falls among the runs of {@code b} is fixed by
 * the original runs and found once: {@code below} of them are smaller, {@code belowOrEqual} not larger.
 * On a resample, the drawn runs of {@code b} smaller than that run are the drawn counts of the first
 * {@code below} runs of {@code b} in ascending order, a prefix sum; so {@code P(X > Y) + P(X = Y) / 2}
 * on a task is {@code sum over a's runs of count * (prefix[below] + prefix[belowOrEqual]) / (2 na nb)},
 * the same integer count, over the same divisor, that a merge of the sorted resampled runs gives
 * ({@link TaskAggregates#greaterOrHalfTied}).
 */
final class ImprovementRanks {

    private final int tasks;
    /** {@code ascending[c][t]}: the indices of configuration c's runs on task t, by increasing value. */
    private final int[][][] ascending;
    /** Where configuration c's prefix sums of task t start in its prefix array (m + 1 slots per task). */
    private final int[][] prefixStart;
    /** Per pair (a before b) of complete configurations: {@code [task run of a]}, a's runs pooled by task. */
    private final int[][] below;

    /** Per pair: {@code belowOrEqual}, or null where it equals {@code below} (no run of a ties a run of b). */
    private final int[][] belowOrEqual;

    /**
     * The ranks of every pair's runs.
     *
     * @param runs {@code runs[configuration][task][run]}
     * @param complete whether each configuration has runs on every task (only those pairs are ranked)
     */
    ImprovementRanks(double[][][] runs, boolean[] complete) {
        int k = runs.length;
        this.tasks = k == 0 ? 0 : runs[0].length;
        ascending = new int[k][][];
        prefixStart = new int[k][];
        double[][][] sorted = new double[k][][];
        for (int c = 0; c < k; c++) {
            if (!complete[c]) {
                continue;
            }
            ascending[c] = new int[tasks][];
            prefixStart[c] = new int[tasks];
            sorted[c] = new double[tasks][];
            int at = 0;
            for (int t = 0; t < tasks; t++) {
                double[] x = runs[c][t];
                ascending[c][t] = Selection.ascendingOrder(x);
                sorted[c][t] =
                        Arrays.stream(ascending[c][t]).mapToDouble(i -> x[i]).toArray();
                prefixStart[c][t] = at;
                at += x.length + 1;
            }
        }
        below = new int[k * (k - 1) / 2][];
        belowOrEqual = new int[below.length][];
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++, p++) {
                if (complete[a] && complete[b]) {
                    rank(runs[a], sorted[b], p);
                }
            }
        }
    }

    private void rank(double[][] a, double[][] sortedB, int pair) {
        int total = Arrays.stream(a).mapToInt(task -> task.length).sum();
        below[pair] = new int[total];
        belowOrEqual[pair] = new int[total];
        int at = 0;
        for (int t = 0; t < tasks; t++) {
            double[] y = sortedB[t];
            for (double v : a[t]) {
                int lt = 0;
                while (lt < y.length && y[lt] < v) {
                    lt++;
                }
                int le = lt;
                while (le < y.length && y[le] <= v) {
                    le++;
                }
                below[pair][at] = lt;
                belowOrEqual[pair][at] = le;
                at++;
            }
        }
        if (Arrays.equals(below[pair], belowOrEqual[pair])) {
            belowOrEqual[pair] = null;
        }
    }

    /** The length of a configuration's prefix array: its runs and one more slot per task. */
    int prefixLength(int runs) {
        return runs + tasks;
    }

    /**
     * Fills configuration c's prefix sums of drawn counts, in ascending order of its runs, for each task.
     *
     * @param counts the times each run was drawn, configuration c's runs of task t from {@code offsets[t]}
     * @param offsets where c's counts of each task start in {@code counts}
     * @param prefix the prefix array to fill, of {@link #prefixLength}
     */
    void prefix(int c, int[] counts, int[] offsets, int[] prefix) {
        for (int t = 0; t < tasks; t++) {
            int[] order = ascending[c][t];
            int at = prefixStart[c][t];
            int offset = offsets[t];
            int sum = 0;
            prefix[at] = 0;
            for (int r = 0; r < order.length; r++) {
                sum += counts[offset + order[r]];
                prefix[at + r + 1] = sum;
            }
        }
    }

    /**
     * The probability of improvement of a over b on the resample: the mean over tasks of {@code P(X > Y) +
     * P(X = Y) / 2}, or its complement when lower is better.
     *
     * @param pair the index of (a, b) among the pairs, a before b in order
     * @param runs the runs, {@code [configuration][task][run]}
     * @param counts the times each run was drawn
     * @param offsetsA where a's counts of each task start
     * @param prefixB b's prefix sums ({@link #prefix})
     */
    double probabilityOfImprovement(
            int pair,
            int a,
            int b,
            double[][][] runs,
            int[] counts,
            int[] offsetsA,
            int[] prefixB,
            boolean lowerIsBetter) {
        int[] lt = below[pair];
        int[] le = belowOrEqual[pair];
        double sum = 0;
        int atA = 0;
        for (int t = 0; t < tasks; t++) {
            int na = runs[a][t].length;
            int nb = runs[b][t].length;
            int offset = offsetsA[t];
            int start = prefixStart[b][t];
            long twiceCount = le == null
                    ? 2 * drawnBelow(counts, offset, prefixB, start, lt, atA, na)
                    : drawnBelow(counts, offset, prefixB, start, lt, atA, na)
                            + drawnBelow(counts, offset, prefixB, start, le, atA, na);
            sum += twiceCount / (2.0 * na * nb);
            atA += na;
        }
        double poi = sum / tasks;
        return lowerIsBetter ? 1 - poi : poi;
    }

    /** The drawn pairs of a's runs of a task with b's runs ranked below {@code ranks} of them, counted over a's draws. */
    private static long drawnBelow(int[] counts, int offset, int[] prefixB, int start, int[] ranks, int at, int na) {
        long count = 0;
        for (int i = 0; i < na; i++) {
            count += (long) counts[offset + i] * prefixB[start + ranks[at + i]];
        }
        return count;
    }
}

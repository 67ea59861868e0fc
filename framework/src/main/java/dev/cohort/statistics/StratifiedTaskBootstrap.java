package dev.cohort.statistics;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The stratified bootstrap of across-task aggregates (Agarwal et al. 2021, rliable's {@code
 * StratifiedBootstrap}): in each resample every task's runs of a configuration are drawn with
 * replacement, separately, and the aggregates are recomputed; the intervals are the type 7 percentiles
 * of the replicates, as {@link Bootstrap}. Configurations with the same number of runs on a task are
 * drawn with the same indices (the runs are aligned by seed, so common random numbers stay paired, and a
 * difference of two configurations is resampled alike). The resampling is driven by a {@link
 * SplittableRandom} with the given seed: the same data and seed give the same intervals.
 *
 * <p>One resample costs one pass over each configuration's runs: the pooled runs are filled in place,
 * the IQM is found by selection rather than sorting, each task's few runs are sorted by insertion for
 * the probability of improvement (a merge per pair and task), and the performance profile is
 * accumulated as steps.
 */
public final class StratifiedTaskBootstrap {

    /** Index of the mean in {@link Result#low()} and {@link Result#high()}. */
    public static final int MEAN = 0;
    /** Index of the median. */
    public static final int MEDIAN = 1;
    /** Index of the IQM. */
    public static final int IQM = 2;
    /** Index of the optimality gap. */
    public static final int OPTIMALITY_GAP = 3;

    private static final int AGGREGATES = 4;
    private static final int INSERTION_LIMIT = 24;

    private StratifiedTaskBootstrap() {}

    /**
     * The intervals of every configuration's aggregates, every pair's probability of improvement and
     * IQM difference, and every configuration's performance-profile band.
     *
     * @param runs normalised scores, {@code runs[configuration][task][run]}, the runs of a task in seed
     *     order; a configuration with no run on some task gets NaN intervals, and so do its pairs
     * @param lowerIsBetter whether a lower score is better (for the probability of improvement and the
     *     profile)
     * @param thresholds the profile's thresholds, increasing
     * @param level the confidence level, for example 0.95
     * @param resamples the number of resamples, at least 1
     * @param seed the generator's seed
     */
    public static Result intervals(
            double[][][] runs, boolean lowerIsBetter, double[] thresholds, double level, int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one resample, got " + resamples);
        }
        int k = runs.length;
        int tasks = k == 0 ? 0 : runs[0].length;
        boolean[] complete = new boolean[k];
        int[] total = new int[k];
        for (int c = 0; c < k; c++) {
            if (runs[c].length != tasks) {
                throw new IllegalArgumentException("every configuration needs an entry for every task");
            }
            complete[c] = tasks > 0;
            for (double[] task : runs[c]) {
                complete[c] &= task.length > 0;
                total[c] += task.length;
            }
        }
        Draws draws = new Draws(runs, complete, tasks);
        int pairs = k * (k - 1) / 2;
        double[][][] aggregateReplicates = new double[k][AGGREGATES][resamples];
        double[][] iqmReplicates = new double[k][];
        double[][] poiReplicates = new double[pairs][resamples];
        double[][][] profileReplicates = new double[k][thresholds.length][resamples];
        double[][] pooled = new double[k][];
        double[][] sortedRuns = new double[k][];
        for (int c = 0; c < k; c++) {
            pooled[c] = new double[total[c]];
            sortedRuns[c] = new double[total[c]];
            iqmReplicates[c] = aggregateReplicates[c][IQM];
        }
        double[] taskMeans = new double[tasks];
        double[] steps = new double[thresholds.length + 1];
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < resamples; r++) {
            draws.draw(random);
            for (int c = 0; c < k; c++) {
                if (!complete[c]) {
                    continue;
                }
                Arrays.fill(steps, 0);
                double capped = 0;
                int at = 0;
                for (int t = 0; t < tasks; t++) {
                    double[] source = runs[c][t];
                    int[] index = draws.indices(c, t);
                    int m = source.length;
                    double weight = 1.0 / (tasks * (double) m);
                    double sum = 0;
                    for (int i = 0; i < m; i++) {
                        double v = source[index[i]];
                        pooled[c][at + i] = v;
                        sortedRuns[c][at + i] = v;
                        sum += v;
                        capped += Math.min(v, 1);
                        TaskAggregates.addToProfile(steps, thresholds, v, weight, lowerIsBetter);
                    }
                    taskMeans[t] = sum / m;
                    sort(sortedRuns[c], at, at + m);
                    at += m;
                }
                aggregateReplicates[c][MEAN][r] = mean(taskMeans);
                aggregateReplicates[c][MEDIAN][r] = median(taskMeans);
                aggregateReplicates[c][IQM][r] = iqmInPlace(pooled[c]);
                aggregateReplicates[c][OPTIMALITY_GAP][r] = 1 - capped / total[c];
                double[] profile = TaskAggregates.profileFromSteps(steps, thresholds.length);
                for (int j = 0; j < thresholds.length; j++) {
                    profileReplicates[c][j][r] = profile[j];
                }
            }
            int p = 0;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++, p++) {
                    if (complete[a] && complete[b]) {
                        poiReplicates[p][r] = probabilityOfImprovement(runs, sortedRuns, a, b, lowerIsBetter);
                    }
                }
            }
        }
        return summarize(
                k, complete, level, aggregateReplicates, iqmReplicates, poiReplicates, profileReplicates, thresholds);
    }

    private static Result summarize(
            int k,
            boolean[] complete,
            double level,
            double[][][] aggregateReplicates,
            double[][] iqmReplicates,
            double[][] poiReplicates,
            double[][][] profileReplicates,
            double[] thresholds) {
        double[][] low = new double[k][AGGREGATES];
        double[][] high = new double[k][AGGREGATES];
        double[][] profileLow = new double[k][thresholds.length];
        double[][] profileHigh = new double[k][thresholds.length];
        for (int c = 0; c < k; c++) {
            Arrays.fill(low[c], Double.NaN);
            Arrays.fill(high[c], Double.NaN);
            Arrays.fill(profileLow[c], Double.NaN);
            Arrays.fill(profileHigh[c], Double.NaN);
        }
        int pairs = k * (k - 1) / 2;
        double[] poiLow = new double[pairs];
        double[] poiHigh = new double[pairs];
        double[] diffLow = new double[pairs];
        double[] diffHigh = new double[pairs];
        int p = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++, p++) {
                if (complete[a] && complete[b]) {
                    double[] diff = new double[iqmReplicates[a].length];
                    for (int r = 0; r < diff.length; r++) {
                        diff[r] = iqmReplicates[a][r] - iqmReplicates[b][r];
                    }
                    Interval d = percentiles(diff, level);
                    diffLow[p] = d.low();
                    diffHigh[p] = d.high();
                    Interval poi = percentiles(poiReplicates[p], level);
                    poiLow[p] = poi.low();
                    poiHigh[p] = poi.high();
                } else {
                    poiLow[p] = poiHigh[p] = diffLow[p] = diffHigh[p] = Double.NaN;
                }
            }
        }
        for (int c = 0; c < k; c++) {
            if (!complete[c]) {
                continue;
            }
            for (int s = 0; s < AGGREGATES; s++) {
                Interval i = percentiles(aggregateReplicates[c][s], level);
                low[c][s] = i.low();
                high[c][s] = i.high();
            }
            for (int j = 0; j < thresholds.length; j++) {
                Interval i = percentiles(profileReplicates[c][j], level);
                profileLow[c][j] = i.low();
                profileHigh[c][j] = i.high();
            }
        }
        return new Result(low, high, poiLow, poiHigh, diffLow, diffHigh, profileLow, profileHigh);
    }

    /**
     * The type 7 percentiles {@code (1 - level) / 2} and {@code (1 + level) / 2} of the replicates, as
     * {@link Bootstrap}'s intervals, by selection (the replicates are reordered, not sorted).
     */
    static Interval percentiles(double[] replicates, double level) {
        return new Interval(quantile(replicates, (1 - level) / 2), quantile(replicates, (1 + level) / 2));
    }

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

    private static double probabilityOfImprovement(
            double[][][] runs, double[][] sortedRuns, int a, int b, boolean lowerIsBetter) {
        int tasks = runs[a].length;
        double sum = 0;
        int atA = 0;
        int atB = 0;
        for (int t = 0; t < tasks; t++) {
            int na = runs[a][t].length;
            int nb = runs[b][t].length;
            sum += TaskAggregates.greaterOrHalfTied(sortedRuns[a], atA, na, sortedRuns[b], atB, nb);
            atA += na;
            atB += nb;
        }
        double poi = sum / tasks;
        return lowerIsBetter ? 1 - poi : poi;
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        int n = s.length;
        select(s, 0, n, n / 2);
        if (n % 2 == 1) {
            return s[n / 2];
        }
        double below = s[0];
        for (int i = 1; i < n / 2; i++) {
            below = Math.max(below, s[i]);
        }
        return (below + s[n / 2]) / 2;
    }

    /** R's {@code mean(x, trim = 0.25)}, reordering {@code x}: two selections fence the middle values. */
    static double iqmInPlace(double[] x) {
        int n = x.length;
        int cut = n / 4;
        if (cut > 0) {
            select(x, 0, n, cut);
            select(x, cut, n, n - cut - 1);
        }
        double sum = 0;
        for (int i = cut; i < n - cut; i++) {
            sum += x[i];
        }
        return sum / (n - 2 * cut);
    }

    /**
     * Hoare's selection (Floyd-Rivest's predecessor, median-of-three pivot): reorders {@code a[from,
     * to)} so that {@code a[k]} holds the value sorted order would put there, every value before it is
     * not larger, every value after it not smaller.
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

    private static void sort(double[] a, int from, int to) {
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

    /**
     * The indices of one resample: per task, one draw per distinct number of runs, shared by the
     * configurations with that many runs on the task.
     */
    private static final class Draws {

        private final int[][] groupOf;
        private final int[][] sizes;
        private final int[][][] indices;

        Draws(double[][][] runs, boolean[] complete, int tasks) {
            int k = runs.length;
            groupOf = new int[k][tasks];
            sizes = new int[tasks][];
            indices = new int[tasks][][];
            for (int t = 0; t < tasks; t++) {
                int[] distinct = new int[k];
                int groups = 0;
                for (int c = 0; c < k; c++) {
                    if (!complete[c]) {
                        continue;
                    }
                    int m = runs[c][t].length;
                    int g = 0;
                    while (g < groups && distinct[g] != m) {
                        g++;
                    }
                    if (g == groups) {
                        distinct[groups++] = m;
                    }
                    groupOf[c][t] = g;
                }
                sizes[t] = Arrays.copyOf(distinct, groups);
                indices[t] = new int[groups][];
                for (int g = 0; g < groups; g++) {
                    indices[t][g] = new int[distinct[g]];
                }
            }
        }

        void draw(SplittableRandom random) {
            for (int t = 0; t < sizes.length; t++) {
                for (int g = 0; g < sizes[t].length; g++) {
                    int m = sizes[t][g];
                    int[] drawn = indices[t][g];
                    for (int i = 0; i < m; i++) {
                        drawn[i] = random.nextInt(m);
                    }
                }
            }
        }

        int[] indices(int configuration, int task) {
            return indices[task][groupOf[configuration][task]];
        }
    }

    /**
     * The intervals, NaN where a configuration has no run on some task.
     *
     * @param low lower ends, {@code low[configuration][MEAN | MEDIAN | IQM | OPTIMALITY_GAP]}
     * @param high upper ends, likewise
     * @param poiLow lower ends of the probability of improvement, per pair (a before b in order)
     * @param poiHigh upper ends, likewise
     * @param iqmDifferenceLow lower ends of the IQM of a minus the IQM of b, per pair
     * @param iqmDifferenceHigh upper ends, likewise
     * @param profileLow the lower end of the profile band, {@code [configuration][threshold]}
     * @param profileHigh the upper end, likewise
     */
    public record Result(
            double[][] low,
            double[][] high,
            double[] poiLow,
            double[] poiHigh,
            double[] iqmDifferenceLow,
            double[] iqmDifferenceHigh,
            double[][] profileLow,
            double[][] profileHigh) {}
}

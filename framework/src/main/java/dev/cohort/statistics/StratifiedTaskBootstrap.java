package dev.cohort.statistics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The stratified bootstrap of across-task aggregates (Agarwal et al. 2021, rliable's {@code
 * StratifiedBootstrap}): in each resample every task's runs of a configuration are drawn with
 * replacement, separately, and the aggregates are recomputed; the intervals are the type 7 percentiles
 * of the replicates, as {@link Bootstrap}. Configurations with the same number of runs on a task are
 * drawn with the same indices (the runs are aligned by seed, so common random numbers stay paired, and a
 * difference of two configurations is resampled alike). The resampling is driven by a {@link
 * SplittableRandom} with the given seed: the same data and seed give the same intervals.
 *
 * <p>No resample is sorted: a resample is the original runs, each drawn some number of times, so what
 * needs order is read from the runs sorted once and the times each was drawn. The IQM walks a
 * configuration's pooled runs in ascending order, the probability of improvement is counted from the
 * ranks of the original runs ({@link ImprovementRanks}, no merge per resample), and the performance
 * profile is accumulated as steps at thresholds found once per run. The indices of a block of resamples
 * are drawn first, in the order of one resample at a time, and the block's resamples are then computed
 * in parallel, each into its own replicate slots; the percentiles are found by selection. The numbers do
 * not depend on the number of threads.
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
    private static final int BLOCK = 256; // resamples drawn ahead, then computed in parallel

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
        Replicates replicates = new Replicates(runs, complete, total, thresholds, lowerIsBetter, resamples, draws);
        SplittableRandom random = new SplittableRandom(seed);
        int block = Math.min(resamples, BLOCK);
        int[] drawn = new int[block * draws.perResample()];
        int parts = Math.min(block, ForkJoinPool.getCommonPoolParallelism() + 1);
        for (int first = 0; first < resamples; first += block) {
            int count = Math.min(block, resamples - first);
            draws.draw(random, drawn, count);
            int start = first;
            // each resample writes its own replicate slots from its own indices: any split gives the same numbers
            IntStream.range(0, parts).parallel().forEach(part -> {
                Scratch scratch = new Scratch(total, tasks, thresholds.length, draws.perResample(), replicates.ranks);
                for (int i = part; i < count; i += parts) {
                    replicates.resample(start + i, draws, drawn, i * draws.perResample(), scratch);
                }
            });
        }
        return summarize(
                k,
                complete,
                level,
                replicates.aggregates,
                replicates.iqm,
                replicates.poi,
                replicates.profile,
                thresholds);
    }

    /** The replicates of every statistic, filled one resample at a time. */
    private static final class Replicates {

        private final double[][][] runs;
        private final boolean[] complete;
        private final int[] total;
        private final double[] thresholds;
        private final boolean lowerIsBetter;
        private final double[][][] aggregates;
        private final double[][] iqm;
        private final double[][] poi;
        private final double[][][] profile;
        private final int[][][] stepIndex;
        private final ImprovementRanks ranks;
        /** {@code ascendingRuns[c]}: configuration c's runs of all tasks pooled, in ascending order. */
        private final double[][] ascendingRuns;
        /** {@code ascendingSlots[c][j]}: where the count of draws of {@code ascendingRuns[c][j]} is. */
        private final int[][] ascendingSlots;

        Replicates(
                double[][][] runs,
                boolean[] complete,
                int[] total,
                double[] thresholds,
                boolean lowerIsBetter,
                int resamples,
                Draws draws) {
            this.runs = runs;
            this.complete = complete;
            this.total = total;
            this.thresholds = thresholds;
            this.lowerIsBetter = lowerIsBetter;
            int k = runs.length;
            aggregates = new double[k][AGGREGATES][resamples];
            iqm = new double[k][];
            poi = new double[k * (k - 1) / 2][resamples];
            profile = new double[k][thresholds.length][resamples];
            stepIndex = new int[k][][];
            for (int c = 0; c < k; c++) {
                iqm[c] = aggregates[c][IQM];
                stepIndex[c] = new int[runs[c].length][];
                for (int t = 0; t < runs[c].length; t++) {
                    stepIndex[c][t] = Arrays.stream(runs[c][t])
                            .mapToInt(v -> lowerIsBetter
                                    ? TaskAggregates.firstAbove(thresholds, v)
                                    : TaskAggregates.firstAtOrAbove(thresholds, v))
                            .toArray();
                }
            }
            ranks = new ImprovementRanks(runs, complete);
            ascendingRuns = new double[k][];
            ascendingSlots = new int[k][];
            for (int c = 0; c < k; c++) {
                if (complete[c]) {
                    pool(c, draws);
                }
            }
        }

        private void pool(int c, Draws draws) {
            double[] values = new double[total[c]];
            int[] slots = new int[total[c]];
            int at = 0;
            for (int t = 0; t < runs[c].length; t++) {
                for (int i = 0; i < runs[c][t].length; i++, at++) {
                    values[at] = runs[c][t][i];
                    slots[at] = draws.offset(c, t) + i;
                }
            }
            int[] order = Selection.ascendingOrder(values);
            ascendingRuns[c] = new double[values.length];
            ascendingSlots[c] = new int[values.length];
            for (int j = 0; j < order.length; j++) {
                ascendingRuns[c][j] = values[order[j]];
                ascendingSlots[c][j] = slots[order[j]];
            }
        }

        /** Resample {@code r}, whose indices start at {@code drawn[base]}. */
        void resample(int r, Draws draws, int[] drawn, int base, Scratch scratch) {
            int k = runs.length;
            int[] counts = scratch.counts;
            draws.count(drawn, base, counts);
            for (int c = 0; c < k; c++) {
                if (complete[c]) {
                    resampleConfiguration(c, r, draws, drawn, base, scratch);
                    ranks.prefix(c, counts, draws.offsets(c), scratch.prefix[c]);
                }
            }
            int p = 0;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++, p++) {
                    if (complete[a] && complete[b]) {
                        poi[p][r] = ranks.probabilityOfImprovement(
                                p, a, b, runs, counts, draws.offsets(a), scratch.prefix[b], lowerIsBetter);
                    }
                }
            }
        }

        /**
         * Configuration c's aggregates and profile on resample {@code r}. The loops are in the methods it
         * calls, so the JIT compiles each of them alone rather than this method again and again.
         */
        private void resampleConfiguration(int c, int r, Draws draws, int[] drawn, int base, Scratch scratch) {
            Arrays.fill(scratch.steps, 0);
            scratch.capped = 0;
            drawTasks(c, draws, drawn, base, scratch);
            aggregates[c][MEAN][r] = mean(scratch.taskMeans);
            aggregates[c][MEDIAN][r] = median(scratch.taskMeans);
            aggregates[c][IQM][r] =
                    iqm(ascendingRuns[c], ascendingSlots[c], scratch.counts, scratch.starts, scratch.middle);
            aggregates[c][OPTIMALITY_GAP][r] = 1 - scratch.capped / total[c];
            store(TaskAggregates.profileFromSteps(scratch.steps, thresholds.length), profile[c], r);
        }

        private void drawTasks(int c, Draws draws, int[] drawn, int base, Scratch scratch) {
            int tasks = scratch.taskMeans.length;
            for (int t = 0; t < tasks; t++) {
                double weight = 1.0 / (tasks * (double) runs[c][t].length);
                scratch.taskMeans[t] =
                        drawTask(runs[c][t], stepIndex[c][t], drawn, base + draws.offset(c, t), weight, scratch);
            }
        }

        /**
         * The mean of one task's drawn runs, which are also added to the capped sum and, with {@code
         * weight}, to the profile's steps.
         */
        private double drawTask(double[] source, int[] step, int[] drawn, int index, double weight, Scratch scratch) {
            double[] steps = scratch.steps;
            double capped = scratch.capped;
            double sum = 0;
            int m = source.length;
            for (int i = 0; i < m; i++) {
                int drawnRun = drawn[index + i];
                double v = source[drawnRun];
                sum += v;
                capped += Math.min(v, 1);
                // TaskAggregates.addToProfile, its threshold index found once per run
                if (lowerIsBetter) {
                    steps[step[drawnRun]] += weight;
                } else {
                    steps[0] += weight;
                    steps[step[drawnRun]] -= weight;
                }
            }
            scratch.capped = capped;
            return sum / m;
        }

        private static void store(double[] fractions, double[][] profile, int r) {
            for (int j = 0; j < fractions.length; j++) {
                profile[j][r] = fractions[j];
            }
        }
    }

    /** One worker's buffers for a resample: the counts of draws, each configuration's prefix sums of them, the IQM's. */
    private static final class Scratch {

        private final int[][] prefix;
        private final int[] counts;
        private final int[] starts;
        private final double[] middle;
        private final double[] taskMeans;
        private final double[] steps;
        private double capped;

        Scratch(int[] total, int tasks, int thresholds, int perResample, ImprovementRanks ranks) {
            prefix = new int[total.length][];
            for (int c = 0; c < total.length; c++) {
                prefix[c] = new int[ranks.prefixLength(total[c])];
            }
            counts = new int[perResample];
            int most = Arrays.stream(total).max().orElse(0);
            starts = new int[most + 1];
            middle = new double[most];
            taskMeans = new double[tasks];
            steps = new double[thresholds + 1];
        }
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
                    Interval d = Selection.percentiles(diff, level);
                    diffLow[p] = d.low();
                    diffHigh[p] = d.high();
                    Interval poi = Selection.percentiles(poiReplicates[p], level);
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
                Interval i = Selection.percentiles(aggregateReplicates[c][s], level);
                low[c][s] = i.low();
                high[c][s] = i.high();
            }
            for (int j = 0; j < thresholds.length; j++) {
                Interval i = Selection.percentiles(profileReplicates[c][j], level);
                profileLow[c][j] = i.low();
                profileHigh[c][j] = i.high();
            }
        }
        return new Result(low, high, poiLow, poiHigh, diffLow, diffHigh, profileLow, profileHigh);
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
        Selection.select(s, 0, n, n / 2);
        if (n % 2 == 1) {
            return s[n / 2];
        }
        double below = s[0];
        for (int i = 1; i < n / 2; i++) {
            below = Math.max(below, s[i]);
        }
        return (below + s[n / 2]) / 2;
    }

    /**
     * R's {@code mean(x, trim = 0.25)} of a resample, {@link Descriptive#iqm} number for number: its
     * middle values from the runs sorted once and their counts ({@link SortedResample}), summed in
     * ascending order as the sorted sample's are, then Descriptive.mean's second pass over them.
     *
     * @param ascending the pooled runs in ascending order
     * @param slots where each one's count of draws is in {@code counts}
     * @param counts the times each run was drawn
     * @param starts scratch of at least {@code ascending.length + 1} ints
     * @param middle scratch of at least {@code ascending.length - 2 * (ascending.length / 4)} values
     */
    static double iqm(double[] ascending, int[] slots, int[] counts, int[] starts, double[] middle) {
        int n = ascending.length;
        int cut = n / 4;
        int kept = n - 2 * cut;
        double mean = SortedResample.middle(ascending, slots, counts, 0, cut, kept, starts, middle) / kept;
        double residual = 0;
        for (int p = 0; p < kept; p++) {
            residual += middle[p] - mean;
        }
        return mean + residual / kept;
    }

    /**
     * The indices of the resamples: per resample and task, one draw per distinct number of runs, shared by
     * the configurations with that many runs on the task, laid out resample after resample in one array.
     */
    private static final class Draws {

        private final int[][] offsetOf;
        private final int[] sizes;
        private final int perResample;

        Draws(double[][][] runs, boolean[] complete, int tasks) {
            int k = runs.length;
            offsetOf = new int[k][tasks];
            int[] sizes = new int[0];
            int offset = 0;
            for (int t = 0; t < tasks; t++) {
                int[] distinct = new int[k];
                int[] start = new int[k];
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
                        distinct[groups] = m;
                        start[groups++] = offset;
                        offset += m;
                    }
                    offsetOf[c][t] = start[g];
                }
                int known = sizes.length;
                sizes = Arrays.copyOf(sizes, known + groups);
                System.arraycopy(distinct, 0, sizes, known, groups);
            }
            this.sizes = sizes;
            this.perResample = offset;
        }

        /** The indices one resample takes. */
        int perResample() {
            return perResample;
        }

        /** Draws the next {@code count} resamples into {@code drawn}, in the order one resample at a time would. */
        void draw(SplittableRandom random, int[] drawn, int count) {
            int at = 0;
            for (int r = 0; r < count; r++) {
                for (int m : sizes) {
                    for (int i = 0; i < m; i++) {
                        drawn[at++] = random.nextInt(m);
                    }
                }
            }
        }

        /** Where a configuration's indices on a task start within a resample's. */
        int offset(int configuration, int task) {
            return offsetOf[configuration][task];
        }

        /** {@link #offset} of each task. */
        int[] offsets(int configuration) {
            return offsetOf[configuration];
        }

        /**
         * The times each run was drawn in the resample whose indices start at {@code drawn[base]}: {@code
         * counts[offset + run]}, where {@code offset} is where the draw of those runs starts in a resample.
         */
        void count(int[] drawn, int base, int[] counts) {
            int offset = 0;
            for (int m : sizes) {
                Arrays.fill(counts, offset, offset + m, 0);
                for (int i = 0; i < m; i++) {
                    counts[offset + drawn[base + offset + i]]++;
                }
                offset += m;
            }
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

package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.statistics.StratifiedTaskBootstrap;
import dev.cohort.statistics.TaskAggregates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The comparison of configurations across tasks (SPEC section 5, {@code tasks.aggregate}) from one
 * metric's {@link TaskScores} and its within-task analyses.
 *
 * <p>Decisions where the SPEC leaves room:
 *
 * <ul>
 *   <li>A configuration without a value on some task: mean ranks, Friedman, Iman-Davenport and Nemenyi
 *       use the tasks on which every configuration has a value (R's {@code friedman.test} drops
 *       incomplete blocks); a pair's signed-rank test uses the tasks both have (as R's paired {@code
 *       wilcox.test} drops incomplete pairs) and its wins, ties and losses count those tasks only; the
 *       aggregates, the probability of improvement, the IQM difference and the performance profile of
 *       that configuration are undefined, their reason naming the tasks, because an average over other
 *       tasks would not compare with the others'.
 *   <li>{@link Goal#NONE}: ranks, the probability of improvement and wins count the larger value as the
 *       better one, as the SPEC's ranks do ({@link Goal#rankingDirection()}).
 *   <li>A pair that the task's comparison family did not compare ({@link ComparisonFamily#VERSUS_BEST})
 *       counts as a tie on that task.
 * </ul>
 */
final class TaskAggregator {

    private static final double LEVEL = 0.95;
    private static final int PROFILE_THRESHOLDS = 101;

    private final TaskScores scores;
    private final List<MetricAnalysis> perTask;
    private final Goal direction;
    private final AnalysisOptions options;
    private final long seed;
    private final int k;

    private TaskAggregator(
            TaskScores scores, List<MetricAnalysis> perTask, Goal goal, AnalysisOptions options, long seed) {
        this.scores = scores;
        this.perTask = perTask;
        this.direction = goal.rankingDirection();
        this.options = options;
        this.seed = seed;
        this.k = scores.configs().size();
    }

    /**
     * The aggregate.
     *
     * @param scores the metric's values by task
     * @param perTask the within-task analyses, in the order of the tasks
     * @param goal the metric's goal
     * @param options the resamples of the stratified bootstrap ({@link AnalysisOptions#taskResamples()})
     *     and the significance level of wins and losses ({@link AnalysisOptions#alpha()})
     * @param experiment the experiment id, from which (with the metric) the bootstrap seed derives
     * @param metric the metric name
     */
    static TaskAggregate aggregate(
            TaskScores scores,
            List<MetricAnalysis> perTask,
            Goal goal,
            AnalysisOptions options,
            String experiment,
            String metric) {
        return new TaskAggregator(scores, perTask, goal, options, bootstrapSeed(experiment, metric, options))
                .aggregate();
    }

    /**
     * The seed of the stratified bootstrap: FNV-1a of the experiment id and metric, mixed with {@link
     * AnalysisOptions#bootstrapSeed()} by SplitMix64's finaliser, so each metric gets its own stable stream.
     */
    static long bootstrapSeed(String experiment, String metric, AnalysisOptions options) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (experiment + "\n" + metric).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        long z = hash + options.bootstrapSeed() * 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private TaskAggregate aggregate() {
        TaskRanks ranks = new TaskRanks(scores, direction);
        int[] complete = ranks.completeTasks();
        double[][] matrix = ranks.betterFirstMatrix(complete);
        Statistic<Double>[] meanRanks = ranks.meanRanks(matrix);
        double[] thresholds = scores.normalisationUndefined() == null ? thresholds() : new double[0];
        StratifiedTaskBootstrap.Result boot = bootstrap(thresholds);
        List<AggregateScores> configs = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            configs.add(scoresOf(c, meanRanks[c], boot));
        }
        return new TaskAggregate(
                configs,
                ranks.friedman(matrix),
                ranks.imanDavenport(matrix),
                ranks.nemenyi(complete.length),
                new TaskPairs(scores, perTask, direction, options).pairs(boot),
                profiles(boot, thresholds),
                new StratifiedBootstrap(options.taskResamples(), seed));
    }

    private StratifiedTaskBootstrap.Result bootstrap(double[] thresholds) {
        if (scores.normalisationUndefined() != null || scores.tasks().isEmpty() || k == 0) {
            return null;
        }
        return StratifiedTaskBootstrap.intervals(
                scores.normalised(), direction == Goal.MINIMIZE, thresholds, LEVEL, options.taskResamples(), seed);
    }

    /** {@value #PROFILE_THRESHOLDS} thresholds evenly from the smallest to the largest normalised score. */
    private double[] thresholds() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[][] config : scores.normalised()) {
            for (double[] task : config) {
                for (double v : task) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (!(high > low)) {
            high = low + 1;
        }
        double[] thresholds = new double[PROFILE_THRESHOLDS];
        for (int j = 0; j < PROFILE_THRESHOLDS; j++) {
            thresholds[j] = low + (high - low) * j / (PROFILE_THRESHOLDS - 1);
        }
        thresholds[PROFILE_THRESHOLDS - 1] = high;
        return thresholds;
    }

    private AggregateScores scoresOf(int c, Statistic<Double> meanRank, StratifiedTaskBootstrap.Result boot) {
        String undefined = scores.aggregateUndefined(c);
        if (undefined != null) {
            Statistic<Double> none = Statistic.undefined(undefined);
            return new AggregateScores(
                    scores.configs().get(c),
                    meanRank,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none);
        }
        double[][] runs = scores.normalised()[c];
        return new AggregateScores(
                scores.configs().get(c),
                meanRank,
                finite(TaskAggregates.mean(runs)),
                finite(boot.low()[c][StratifiedTaskBootstrap.MEAN]),
                finite(boot.high()[c][StratifiedTaskBootstrap.MEAN]),
                finite(TaskAggregates.median(runs)),
                finite(boot.low()[c][StratifiedTaskBootstrap.MEDIAN]),
                finite(boot.high()[c][StratifiedTaskBootstrap.MEDIAN]),
                finite(TaskAggregates.iqm(runs)),
                finite(boot.low()[c][StratifiedTaskBootstrap.IQM]),
                finite(boot.high()[c][StratifiedTaskBootstrap.IQM]),
                finite(TaskAggregates.optimalityGap(runs)),
                finite(boot.low()[c][StratifiedTaskBootstrap.OPTIMALITY_GAP]),
                finite(boot.high()[c][StratifiedTaskBootstrap.OPTIMALITY_GAP]));
    }

    private List<PerformanceProfile> profiles(StratifiedTaskBootstrap.Result boot, double[] thresholds) {
        List<PerformanceProfile> profiles = new ArrayList<>();
        if (boot == null) {
            return profiles;
        }
        List<Double> thresholdList = Arrays.stream(thresholds).boxed().toList();
        for (int c = 0; c < k; c++) {
            if (scores.aggregateUndefined(c) != null) {
                continue;
            }
            double[] fraction = TaskAggregates.profile(scores.normalised()[c], thresholds, direction == Goal.MINIMIZE);
            profiles.add(new PerformanceProfile(
                    scores.configs().get(c),
                    thresholdList,
                    Arrays.stream(fraction).boxed().toList(),
                    Arrays.stream(boot.profileLow()[c]).boxed().toList(),
                    Arrays.stream(boot.profileHigh()[c]).boxed().toList()));
        }
        return profiles;
    }

    private static Statistic<Double> finite(double value) {
        return Statistic.finiteOr(value, Statistic.OVERFLOW);
    }
}

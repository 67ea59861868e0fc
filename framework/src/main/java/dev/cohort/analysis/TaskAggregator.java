package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.statistics.FriedmanTest;
import dev.cohort.statistics.PAdjust;
import dev.cohort.statistics.RankTestResult;
import dev.cohort.statistics.RankTests;
import dev.cohort.statistics.StratifiedTaskBootstrap;
import dev.cohort.statistics.TaskAggregates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private static final String ONE_CONFIGURATION = "only one configuration: nothing to compare across tasks";
    private static final String NO_COMPLETE_TASK = "no task on which every configuration has a value";

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
        int[] complete = completeTasks();
        double[][] matrix = betterFirstMatrix(complete);
        Statistic<Double>[] meanRanks = meanRanks(matrix);
        double[] thresholds = scores.normalisationUndefined() == null ? thresholds() : new double[0];
        StratifiedTaskBootstrap.Result boot = bootstrap(thresholds);
        List<AggregateScores> configs = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            configs.add(scoresOf(c, meanRanks[c], boot));
        }
        return new TaskAggregate(
                configs,
                friedman(matrix),
                imanDavenport(matrix),
                nemenyi(complete.length),
                pairs(boot),
                profiles(boot, thresholds),
                new StratifiedBootstrap(options.taskResamples(), seed));
    }

    /** The indices of the tasks on which every configuration has a value. */
    private int[] completeTasks() {
        List<Integer> complete = new ArrayList<>();
        for (int t = 0; t < scores.tasks().size(); t++) {
            boolean all = true;
            for (int c = 0; c < k; c++) {
                all &= scores.cell(c, t).n() > 0;
            }
            if (all) {
                complete.add(t);
            }
        }
        return complete.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Task scores of the complete tasks, oriented so the smallest is the best (rank 1). */
    private double[][] betterFirstMatrix(int[] complete) {
        double[][] m = new double[complete.length][k];
        for (int i = 0; i < complete.length; i++) {
            for (int c = 0; c < k; c++) {
                double s = scores.score(c, complete[i]);
                m[i][c] = direction == Goal.MINIMIZE ? s : -s;
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private Statistic<Double>[] meanRanks(double[][] matrix) {
        Statistic<Double>[] ranks = new Statistic[k];
        if (matrix.length == 0) {
            Arrays.fill(ranks, Statistic.undefined(NO_COMPLETE_TASK));
            return ranks;
        }
        double[] mean = FriedmanTest.meanRanks(matrix);
        for (int c = 0; c < k; c++) {
            ranks[c] = Statistic.of(mean[c]);
        }
        return ranks;
    }

    private Optional<String> rankTestUndefined(double[][] matrix) {
        if (k < 2) {
            return Optional.of(ONE_CONFIGURATION);
        }
        if (matrix.length == 0) {
            return Optional.of(NO_COMPLETE_TASK);
        }
        for (double[] row : matrix) {
            for (double v : row) {
                if (v != row[0]) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("every configuration ties on every task, so the ranks carry no information");
    }

    private Friedman friedman(double[][] matrix) {
        Optional<String> undefined = rankTestUndefined(matrix);
        if (undefined.isEmpty() && matrix.length < 2) {
            undefined = Optional.of("needs at least two tasks on which every configuration has a value (R's"
                    + " friedman.test refuses one)");
        }
        if (undefined.isPresent()) {
            Statistic<Double> none = Statistic.undefined(undefined.get());
            return new Friedman(none, k < 2 ? Statistic.undefined(undefined.get()) : Statistic.count(k - 1), none);
        }
        FriedmanTest.Result r = FriedmanTest.test(matrix);
        return new Friedman(
                Statistic.finiteOr(r.chiSquared(), Statistic.OVERFLOW),
                Statistic.count(r.df()),
                Statistic.finiteOr(r.p(), Statistic.OVERFLOW));
    }

    private ImanDavenport imanDavenport(double[][] matrix) {
        int n = matrix.length;
        Optional<String> undefined = rankTestUndefined(matrix);
        if (undefined.isEmpty() && n < 2) {
            undefined = Optional.of("needs at least two tasks on which every configuration has a value, got " + n);
        }
        if (undefined.isPresent()) {
            Statistic<Double> none = Statistic.undefined(undefined.get());
            Statistic<Integer> df1 = k < 2 ? Statistic.undefined(undefined.get()) : Statistic.count(k - 1);
            Statistic<Integer> df2 =
                    k < 2 || n < 2 ? Statistic.undefined(undefined.get()) : Statistic.count((k - 1) * (n - 1));
            return new ImanDavenport(none, df1, df2, none);
        }
        double chi2 = FriedmanTest.test(matrix).chiSquared();
        FriedmanTest.ImanDavenportResult r = FriedmanTest.imanDavenport(chi2, n, k);
        String perfect = "every task ranks the configurations alike (chi-squared = N (k - 1)), so F is infinite";
        return new ImanDavenport(
                Statistic.finiteOr(r.f(), perfect),
                Statistic.count(r.df1()),
                Statistic.count(r.df2()),
                Statistic.finiteOr(r.p(), perfect));
    }

    private Nemenyi nemenyi(int completeTasks) {
        if (k < 2) {
            Statistic<Double> none = Statistic.undefined(ONE_CONFIGURATION);
            return new Nemenyi(none, none);
        }
        double q = FriedmanTest.nemenyiQ(k);
        return new Nemenyi(
                Statistic.of(q),
                completeTasks == 0
                        ? Statistic.undefined(NO_COMPLETE_TASK)
                        : Statistic.of(FriedmanTest.criticalDifference(q, k, completeTasks)));
    }

    /** Why configuration c's aggregates are undefined, or null. */
    private String aggregateUndefined(int c) {
        List<Object> missing = scores.missingTasks(c);
        if (!missing.isEmpty()) {
            return "no value on task" + (missing.size() > 1 ? "s " : " ") + joined(missing)
                    + ": an aggregate over the other tasks would not compare with the other configurations'";
        }
        return scores.normalisationUndefined();
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
        String undefined = aggregateUndefined(c);
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

    private List<TaskPair> pairs(StratifiedTaskBootstrap.Result boot) {
        List<Statistic<Double>[]> tests = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                tests.add(signedRank(a, b));
            }
        }
        double[] p = tests.stream().mapToDouble(t -> t[1].orElse(Double.NaN)).toArray();
        double[] holm = PAdjust.holm(p);
        List<TaskPair> pairs = new ArrayList<>();
        int index = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++, index++) {
                Statistic<Double>[] test = tests.get(index);
                Statistic<Double> pHolm = test[1].isDefined() ? Statistic.of(holm[index]) : test[1];
                pairs.add(pair(a, b, index, test[0], test[1], pHolm, boot));
            }
        }
        return pairs;
    }

    private TaskPair pair(
            int a,
            int b,
            int index,
            Statistic<Double> v,
            Statistic<Double> wilcoxonP,
            Statistic<Double> holm,
            StratifiedTaskBootstrap.Result boot) {
        String undefined = aggregateUndefined(a) != null ? aggregateUndefined(a) : aggregateUndefined(b);
        Statistic<Double> poi;
        Statistic<Double> poiLow;
        Statistic<Double> poiHigh;
        Statistic<Double> diff;
        Statistic<Double> diffLow;
        Statistic<Double> diffHigh;
        if (undefined != null) {
            poi = poiLow = poiHigh = diff = diffLow =
                    diffHigh = Statistic.undefined((aggregateUndefined(a) != null ? "a: " : "b: ") + undefined);
        } else {
            double[][][] runs = scores.normalised();
            poi = finite(TaskAggregates.probabilityOfImprovement(runs[a], runs[b], direction == Goal.MINIMIZE));
            poiLow = finite(boot.poiLow()[index]);
            poiHigh = finite(boot.poiHigh()[index]);
            diff = finite(TaskAggregates.iqm(runs[a]) - TaskAggregates.iqm(runs[b]));
            diffLow = finite(boot.iqmDifferenceLow()[index]);
            diffHigh = finite(boot.iqmDifferenceHigh()[index]);
        }
        int[] wtl = winsTiesLosses(a, b);
        return new TaskPair(
                scores.configs().get(a),
                scores.configs().get(b),
                v,
                wilcoxonP,
                holm,
                poi,
                poiLow,
                poiHigh,
                diff,
                diffLow,
                diffHigh,
                wtl[0],
                wtl[1],
                wtl[2]);
    }

    /** R's {@code wilcox.test(x, y, paired = TRUE)} on the task scores of the tasks both have: V and p. */
    private Statistic<Double>[] signedRank(int a, int b) {
        double[] x = new double[scores.tasks().size()];
        double[] y = new double[x.length];
        int n = 0;
        for (int t = 0; t < x.length; t++) {
            double sa = scores.score(a, t);
            double sb = scores.score(b, t);
            if (!Double.isNaN(sa) && !Double.isNaN(sb)) {
                x[n] = sa;
                y[n] = sb;
                n++;
            }
        }
        Statistic<Double>[] result = newStatistics(2);
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        if (n == 0) {
            result[0] = result[1] = Statistic.undefined("no task on which both configurations have a value");
            return result;
        }
        if (RankTests.nonZeroDifferences(x, y).length == 0) {
            // no positive difference: V = 0, as R reports it, and no p-value (R's is NaN)
            result[0] = Statistic.of(0);
            result[1] = Statistic.undefined(
                    "the task scores are equal on every task, so the signed-rank test has" + " no p-value");
            return result;
        }
        RankTestResult r = RankTests.signedRank(x, y);
        result[0] = finite(r.statistic());
        result[1] = finite(r.p());
        return result;
    }

    /** Wins, ties and losses of a against b from the within-task comparisons, over the tasks both have. */
    private int[] winsTiesLosses(int a, int b) {
        int[] wtl = new int[3];
        Map<String, Object> ca = scores.configs().get(a);
        Map<String, Object> cb = scores.configs().get(b);
        for (int t = 0; t < scores.tasks().size(); t++) {
            double sa = scores.score(a, t);
            double sb = scores.score(b, t);
            if (Double.isNaN(sa) || Double.isNaN(sb)) {
                continue;
            }
            Optional<Comparison> comparison = perTask.get(t).comparison(ca, cb);
            boolean significant = comparison.isPresent()
                    && comparison.get().pHolm().isDefined()
                    && comparison.get().pHolm().value() < options.alpha();
            if (significant && direction.isBetter(sa, sb)) {
                wtl[0]++;
            } else if (significant && direction.isBetter(sb, sa)) {
                wtl[2]++;
            } else {
                wtl[1]++;
            }
        }
        return wtl;
    }

    private List<PerformanceProfile> profiles(StratifiedTaskBootstrap.Result boot, double[] thresholds) {
        List<PerformanceProfile> profiles = new ArrayList<>();
        if (boot == null) {
            return profiles;
        }
        List<Double> thresholdList = Arrays.stream(thresholds).boxed().toList();
        for (int c = 0; c < k; c++) {
            if (aggregateUndefined(c) != null) {
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

    @SuppressWarnings("unchecked")
    private static Statistic<Double>[] newStatistics(int n) {
        return new Statistic[n];
    }

    private static String joined(List<Object> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }

    private static Statistic<Double> finite(double value) {
        return Statistic.finiteOr(value, Statistic.OVERFLOW);
    }
}

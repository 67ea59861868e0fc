package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.Normalization;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.Friedman;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.ImanDavenport;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Nemenyi;
import dev.cohort.analysis.PerformanceProfile;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StratifiedBootstrap;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TaskAggregate;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.analysis.TaskMetric;
import dev.cohort.analysis.TaskPair;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * A study across tasks built for the report tests: real within-task analyses (the {@link Analyzer} over
 * each task's simulated trials) and an aggregate computed here, independently of the analysis, by the
 * definitions of SPEC section 5 (ranks, Friedman, Iman-Davenport, Nemenyi, exact Wilcoxon signed-rank
 * with Holm, min-max normalised aggregates with a small stratified bootstrap). Numbers are plausible,
 * not the R reference.
 */
public final class TaskFixtures {

    static final String EXPERIMENT = "org.acme.Atari#benchmark";
    static final String METRIC = "score";
    static final String TASK = "game";
    static final List<String> ALGORITHMS = List.of("DQN", "C51", "Rainbow", "PPO");
    static final List<String> GAMES = List.of("Pong", "Breakout", "Seaquest", "Qbert", "Asterix", "Enduro");
    static final int SEEDS = 10;
    static final int RESAMPLES = 300;
    static final long SEED = 42;

    /** Demšar's q_0.05 for k = 2..10 (qtukey(0.95, k, Inf) / sqrt(2)). */
    private static final double[] Q = {
        Double.NaN, Double.NaN, 1.960, 2.343, 2.569, 2.728, 2.850, 2.949, 3.031, 3.102, 3.164
    };

    private static final String SAME_RANKS =
            "every task ranks the configurations alike: the Friedman statistic is N(k - 1), F is infinite";

    private TaskFixtures() {}

    /** Four algorithms on six games of scores from 10 to 10^4, ten seeds each. */
    public static StudyAnalysis study() {
        return study(ALGORITHMS, GAMES);
    }

    /** The given algorithms (2 to 10) on the given games, ten seeds each. */
    public static StudyAnalysis study(List<String> algorithms, List<String> games) {
        SplittableRandom random = new SplittableRandom(11);
        double[] skill = new double[algorithms.size()];
        for (int c = 0; c < skill.length; c++) {
            skill[c] = c < 4 ? new double[] {0.35, 0.5, 0.68, 0.52}[c] : 0.3 + 0.045 * c;
        }
        List<TaskMetric> perTask = new ArrayList<>();
        List<double[][]> runs = new ArrayList<>(); // per task: [config][seed]
        for (int t = 0; t < games.size(); t++) {
            double scale = Math.pow(10, 1 + 3.0 * t / Math.max(1, games.size() - 1));
            double[][] values = new double[algorithms.size()][SEEDS];
            List<TrialResult> trials = new ArrayList<>();
            for (int c = 0; c < algorithms.size(); c++) {
                double level = skill[c] + 0.12 * Math.sin(3 * t + c);
                for (int s = 0; s < SEEDS; s++) {
                    values[c][s] = scale * (level + 0.12 * random.nextGaussian());
                    trials.add(trial("task", algorithms.get(c), s, values[c][s]));
                }
            }
            runs.add(values);
            ExperimentAnalysis analysis = Analyzer.analyze(
                            trials, AnalysisOptions.defaults().withBootstrap(200, 1))
                    .experiments()
                    .get(0);
            perTask.add(new TaskMetric(games.get(t), analysis.metrics().get(0)));
        }
        TaskAggregate aggregate = aggregate(algorithms, perTask, runs);
        TaskAnalysis tasks = new TaskAnalysis(TASK, List.copyOf(games), Normalization.MIN_MAX, perTask, aggregate);
        MetricAnalysis first = perTask.get(0).analysis();
        MetricAnalysis metric = new MetricAnalysis(
                METRIC,
                Goal.MAXIMIZE,
                List.of(),
                first.anova(),
                first.levene(),
                null,
                List.of(),
                first.comparisonFamily(),
                null,
                first.bootstrapResamples(),
                tasks);
        int trials = games.size() * algorithms.size() * SEEDS;
        return new StudyAnalysis(List.of(new ExperimentAnalysis(
                EXPERIMENT, List.of("algorithm", TASK), trials, trials, List.of(), List.of(metric))));
    }

    private static TrialResult trial(String experiment, String algorithm, int seed, double value) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("algorithm", algorithm);
        return new TrialResult(
                experiment,
                config,
                1000 + seed,
                seed,
                TrialStatus.SUCCESSFUL,
                Map.of(METRIC, value),
                1.0,
                null,
                Map.of(METRIC, Goal.MAXIMIZE),
                null,
                null,
                null,
                null);
    }

    private static TaskAggregate aggregate(List<String> algorithms, List<TaskMetric> perTask, List<double[][]> runs) {
        int n = perTask.size();
        int k = algorithms.size();
        double[][] means = new double[n][k];
        double[][][] normalised = new double[n][][];
        for (int t = 0; t < n; t++) {
            double[][] v = runs.get(t);
            double min = Arrays.stream(v).flatMapToDouble(Arrays::stream).min().orElseThrow();
            double max = Arrays.stream(v).flatMapToDouble(Arrays::stream).max().orElseThrow();
            normalised[t] = new double[k][];
            for (int c = 0; c < k; c++) {
                means[t][c] = Arrays.stream(v[c]).average().orElseThrow();
                normalised[t][c] =
                        Arrays.stream(v[c]).map(x -> (x - min) / (max - min)).toArray();
            }
        }
        double[] meanRanks = new double[k];
        for (int t = 0; t < n; t++) {
            double[] r = ranksDescending(means[t]);
            for (int c = 0; c < k; c++) {
                meanRanks[c] += r[c] / n;
            }
        }
        SplittableRandom random = new SplittableRandom(SEED);
        List<double[][][]> resamples = new ArrayList<>();
        for (int b = 0; b < RESAMPLES; b++) {
            resamples.add(resample(normalised, random));
        }
        List<AggregateScores> configs = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int column = c;
            double[] mean = estimate(normalised, resamples, x -> meanOfTaskMeans(x, column));
            double[] median = estimate(normalised, resamples, x -> medianOfTaskMeans(x, column));
            double[] iqm = estimate(normalised, resamples, x -> iqm(pooled(x, column)));
            double[] gap = estimate(normalised, resamples, x -> optimalityGap(pooled(x, column)));
            configs.add(new AggregateScores(
                    config(algorithms.get(c)),
                    statistic(n > 0 ? meanRanks[c] : Double.NaN, "no tasks"),
                    Statistic.of(mean[0]),
                    Statistic.of(mean[1]),
                    Statistic.of(mean[2]),
                    Statistic.of(median[0]),
                    Statistic.of(median[1]),
                    Statistic.of(median[2]),
                    Statistic.of(iqm[0]),
                    Statistic.of(iqm[1]),
                    Statistic.of(iqm[2]),
                    Statistic.of(gap[0]),
                    Statistic.of(gap[1]),
                    Statistic.of(gap[2])));
        }
        String oneTask = "needs two or more tasks, got " + n;
        double chi2 = 0;
        for (int c = 0; c < k; c++) {
            chi2 += Math.pow(meanRanks[c] * n, 2);
        }
        chi2 = 12.0 / (n * k * (k + 1)) * chi2 - 3.0 * n * (k + 1);
        boolean defined = n >= 2;
        Friedman friedman = defined
                ? new Friedman(
                        Statistic.of(chi2),
                        Statistic.count(k - 1),
                        Statistic.of(ChiSquaredDistribution.of(k - 1).survivalProbability(chi2)))
                : new Friedman(
                        Statistic.undefined(oneTask), Statistic.undefined(oneTask), Statistic.undefined(oneTask));
        double f = (n - 1) * chi2 / (n * (k - 1) - chi2);
        ImanDavenport iman = defined
                ? new ImanDavenport(
                        Statistic.finiteOr(f, SAME_RANKS),
                        Statistic.count(k - 1),
                        Statistic.count((k - 1) * (n - 1)),
                        Statistic.finiteOr(
                                FDistribution.of(k - 1, (k - 1) * (n - 1)).survivalProbability(f), SAME_RANKS))
                : new ImanDavenport(
                        Statistic.undefined(oneTask),
                        Statistic.undefined(oneTask),
                        Statistic.undefined(oneTask),
                        Statistic.undefined(oneTask));
        Nemenyi nemenyi = new Nemenyi(Statistic.of(Q[k]), Statistic.of(Q[k] * Math.sqrt(k * (k + 1) / (6.0 * n))));
        List<TaskPair> pairs = pairs(algorithms, perTask, means, normalised, resamples, defined ? null : oneTask);
        List<PerformanceProfile> profiles = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            profiles.add(profile(config(algorithms.get(c)), normalised, resamples, c));
        }
        return new TaskAggregate(
                configs, friedman, iman, nemenyi, pairs, profiles, new StratifiedBootstrap(RESAMPLES, SEED));
    }

    private static List<TaskPair> pairs(
            List<String> algorithms,
            List<TaskMetric> perTask,
            double[][] means,
            double[][][] normalised,
            List<double[][][]> resamples,
            String undefined) {
        int k = algorithms.size();
        List<int[]> order = new ArrayList<>();
        List<double[]> wilcoxon = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                order.add(new int[] {a, b});
                wilcoxon.add(wilcoxon(means, a, b));
            }
        }
        double[] holm = holm(wilcoxon.stream().mapToDouble(w -> w[1]).toArray());
        List<TaskPair> pairs = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int a = order.get(i)[0];
            int b = order.get(i)[1];
            double[] poi = estimate(normalised, resamples, x -> improvement(x, a, b));
            double[] iqmDiff = estimate(normalised, resamples, x -> iqm(pooled(x, a)) - iqm(pooled(x, b)));
            int wins = 0;
            int losses = 0;
            for (TaskMetric task : perTask) {
                MetricAnalysis m = task.analysis();
                Significance.Verdict verdict = Significance.of(
                                m, m.groups().get(a), m.groups().get(b), 0.05)
                        .verdict();
                wins += verdict == Significance.Verdict.BETTER ? 1 : 0;
                losses += verdict == Significance.Verdict.WORSE ? 1 : 0;
            }
            pairs.add(new TaskPair(
                    config(algorithms.get(a)),
                    config(algorithms.get(b)),
                    undefined == null ? Statistic.of(wilcoxon.get(i)[0]) : Statistic.undefined(undefined),
                    undefined == null ? Statistic.of(wilcoxon.get(i)[1]) : Statistic.undefined(undefined),
                    undefined == null ? Statistic.of(holm[i]) : Statistic.undefined(undefined),
                    Statistic.of(poi[0]),
                    Statistic.of(poi[1]),
                    Statistic.of(poi[2]),
                    Statistic.of(iqmDiff[0]),
                    Statistic.of(iqmDiff[1]),
                    Statistic.of(iqmDiff[2]),
                    wins,
                    perTask.size() - wins - losses,
                    losses));
        }
        return pairs;
    }

    /** V and the exact two-sided p of the signed-rank test of the task means of a minus b (no zeros, no ties). */
    private static double[] wilcoxon(double[][] means, int a, int b) {
        int n = means.length;
        double[] d = new double[n];
        for (int t = 0; t < n; t++) {
            d[t] = means[t][a] - means[t][b];
        }
        double[] ranks = ranksAscending(Arrays.stream(d).map(Math::abs).toArray());
        double v = 0;
        for (int t = 0; t < n; t++) {
            v += d[t] > 0 ? ranks[t] : 0;
        }
        double max = n * (n + 1) / 2.0;
        int atMost = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            double sum = 0;
            for (int t = 0; t < n; t++) {
                sum += (mask >> t & 1) == 1 ? t + 1 : 0;
            }
            if (Math.min(sum, max - sum) <= Math.min(v, max - v) + 1e-9) {
                atMost++;
            }
        }
        return new double[] {v, Math.min(1, (double) atMost / (1 << n))};
    }

    private static double[] holm(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(p[x], p[y]));
        double[] adjusted = new double[p.length];
        double running = 0;
        for (int r = 0; r < p.length; r++) {
            running = Math.max(running, Math.min(1, (p.length - r) * p[order[r]]));
            adjusted[order[r]] = running;
        }
        return adjusted;
    }

    private static double[][][] resample(double[][][] normalised, SplittableRandom random) {
        double[][][] out = new double[normalised.length][][];
        for (int t = 0; t < normalised.length; t++) {
            out[t] = new double[normalised[t].length][];
            for (int c = 0; c < normalised[t].length; c++) {
                double[] runs = normalised[t][c];
                double[] drawn = new double[runs.length];
                for (int s = 0; s < runs.length; s++) {
                    drawn[s] = runs[random.nextInt(runs.length)];
                }
                out[t][c] = drawn;
            }
        }
        return out;
    }

    /** The point estimate and the 2.5% and 97.5% quantiles over the resamples. */
    private static double[] estimate(
            double[][][] normalised, List<double[][][]> resamples, ToDoubleFunction<double[][][]> statistic) {
        double[] values = resamples.stream().mapToDouble(statistic).sorted().toArray();
        return new double[] {
            statistic.applyAsDouble(normalised),
            values[(int) Math.floor(0.025 * (values.length - 1))],
            values[(int) Math.ceil(0.975 * (values.length - 1))]
        };
    }

    private static double meanOfTaskMeans(double[][][] x, int c) {
        return Arrays.stream(x)
                .mapToDouble(t -> Arrays.stream(t[c]).average().orElseThrow())
                .average()
                .orElseThrow();
    }

    private static double medianOfTaskMeans(double[][][] x, int c) {
        double[] m = Arrays.stream(x)
                .mapToDouble(t -> Arrays.stream(t[c]).average().orElseThrow())
                .sorted()
                .toArray();
        return m.length % 2 == 1 ? m[m.length / 2] : (m[m.length / 2 - 1] + m[m.length / 2]) / 2;
    }

    private static double[] pooled(double[][][] x, int c) {
        return Arrays.stream(x).flatMapToDouble(t -> Arrays.stream(t[c])).toArray();
    }

    /** R's mean(x, trim = 0.25). */
    private static double iqm(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int cut = (int) Math.floor(sorted.length * 0.25);
        return Arrays.stream(sorted, cut, sorted.length - cut).average().orElseThrow();
    }

    private static double optimalityGap(double[] values) {
        return 1 - Arrays.stream(values).map(v -> Math.min(v, 1)).average().orElseThrow();
    }

    private static double improvement(double[][][] x, int a, int b) {
        double sum = 0;
        for (double[][] task : x) {
            double p = 0;
            for (double va : task[a]) {
                for (double vb : task[b]) {
                    p += va > vb ? 1 : va == vb ? 0.5 : 0;
                }
            }
            sum += p / (task[a].length * task[b].length);
        }
        return sum / x.length;
    }

    private static PerformanceProfile profile(
            Map<String, Object> config, double[][][] normalised, List<double[][][]> resamples, int c) {
        List<Double> thresholds = new ArrayList<>();
        List<Double> fraction = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (int i = 0; i <= 50; i++) {
            double tau = i / 50.0;
            double[] e = estimate(normalised, resamples, x -> above(x, c, tau));
            thresholds.add(tau);
            fraction.add(e[0]);
            low.add(e[1]);
            high.add(e[2]);
        }
        return new PerformanceProfile(config, thresholds, fraction, low, high);
    }

    private static double above(double[][][] x, int c, double tau) {
        return Arrays.stream(x)
                .mapToDouble(t -> Arrays.stream(t[c]).filter(v -> v > tau).count() / (double) t[c].length)
                .average()
                .orElseThrow();
    }

    private static Map<String, Object> config(String algorithm) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("algorithm", algorithm);
        return config;
    }

    private static Statistic<Double> statistic(double value, String reason) {
        return Statistic.finiteOr(value, reason);
    }

    private static double[] ranksDescending(double[] values) {
        return ranksAscending(Arrays.stream(values).map(v -> -v).toArray());
    }

    private static double[] ranksAscending(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int less = 0;
            int equal = 0;
            for (double v : values) {
                less += v < values[i] ? 1 : 0;
                equal += v == values[i] ? 1 : 0;
            }
            ranks[i] = less + (equal + 1) / 2.0;
        }
        return ranks;
    }

    /** The first group of the first task, for tests that need one. */
    static GroupSummary firstGroup(StudyAnalysis study) {
        return study.experiments()
                .get(0)
                .metrics()
                .get(0)
                .tasks()
                .perTask()
                .get(0)
                .analysis()
                .groups()
                .get(0);
    }
}

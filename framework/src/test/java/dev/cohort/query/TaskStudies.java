package dev.cohort.query;

import dev.cohort.Goal;
import dev.cohort.Normalization;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.Friedman;
import dev.cohort.analysis.ImanDavenport;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Nemenyi;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StratifiedBootstrap;
import dev.cohort.analysis.TaskAggregate;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.analysis.TaskMetric;
import dev.cohort.analysis.TaskPair;
import dev.cohort.results.ConfigSelector;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A hand-built analysis of an experiment with a task parameter {@code game}, metric {@code return}: each
 * task's analysis is the real one of synthetic normal trials; the aggregate holds the IQMs and IQM
 * differences the test states (everything else of the aggregate is left undefined, with that reason).
 */
public final class TaskStudies {

    /** The experiment id. */
    public static final String ID = "org.acme.Atari#games";

    private static final int SEEDS = 10;
    private static final double SD = 0.3;
    private static final Statistic<Double> LEFT_OUT = Statistic.undefined("left out of this test fixture");

    private final Goal goal;
    private final List<Map<String, Object>> configs = new ArrayList<>();
    private final Map<String, double[]> taskMeans = new LinkedHashMap<>();
    private final Map<Map<String, Object>, double[]> iqms = new LinkedHashMap<>();
    private final List<TaskPair> pairs = new ArrayList<>();

    private TaskStudies(Goal goal, List<String> configs) {
        this.goal = goal;
        configs.forEach(c -> this.configs.add(config(c)));
    }

    /** A study of {@code configs} (selectors naming every parameter, for example {@code algorithm=DQN}). */
    public static TaskStudies of(Goal goal, String... configs) {
        return new TaskStudies(goal, List.of(configs));
    }

    /** A task on which the configurations' returns have these means (sd 0.3, 10 common seeds). */
    public TaskStudies task(String name, double... means) {
        taskMeans.put(name, means.clone());
        return this;
    }

    /** The configuration's IQM of normalised scores and its interval. */
    public TaskStudies iqm(String config, double iqm, double low, double high) {
        iqms.put(config(config), new double[] {iqm, low, high});
        return this;
    }

    /** The IQM difference {@code a} minus {@code b} of the pair, {@code a} before {@code b}, and its interval. */
    public TaskStudies difference(String a, String b, double difference, double low, double high) {
        pairs.add(new TaskPair(
                config(a),
                config(b),
                LEFT_OUT,
                LEFT_OUT,
                LEFT_OUT,
                LEFT_OUT,
                LEFT_OUT,
                LEFT_OUT,
                Statistic.of(difference),
                Statistic.of(low),
                Statistic.of(high),
                0,
                0,
                0));
        return this;
    }

    /** The experiment's analysis, with the task analysis on its metric {@code return}. */
    public ExperimentAnalysis build() {
        List<TrialResult> all = new ArrayList<>();
        List<TaskMetric> perTask = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (Map.Entry<String, double[]> task : taskMeans.entrySet()) {
            List<TrialResult> withoutTask = new ArrayList<>();
            for (int c = 0; c < configs.size(); c++) {
                for (int s = 0; s < SEEDS; s++) {
                    double value = task.getValue()[c] + SD * gaussian(random);
                    Map<String, Object> withTask = new LinkedHashMap<>(configs.get(c));
                    withTask.put("game", task.getKey());
                    withoutTask.add(trial(configs.get(c), s, value));
                    all.add(trial(withTask, s, value));
                }
            }
            perTask.add(new TaskMetric(task.getKey(), metric(Analyzer.analyze(withoutTask))));
        }
        List<AggregateScores> scores = new ArrayList<>();
        for (Map<String, Object> config : configs) {
            double[] iqm = iqms.get(config);
            scores.add(new AggregateScores(
                    config,
                    LEFT_OUT,
                    LEFT_OUT,
                    LEFT_OUT,
                    LEFT_OUT,
                    LEFT_OUT,
                    LEFT_OUT,
                    LEFT_OUT,
                    iqm == null ? LEFT_OUT : Statistic.of(iqm[0]),
                    iqm == null ? LEFT_OUT : Statistic.of(iqm[1]),
                    iqm == null ? LEFT_OUT : Statistic.of(iqm[2]),
                    LEFT_OUT,
                    LEFT_OUT,
                    LEFT_OUT));
        }
        TaskAggregate aggregate = new TaskAggregate(
                scores,
                new Friedman(LEFT_OUT, Statistic.undefined("left out"), LEFT_OUT),
                new ImanDavenport(LEFT_OUT, Statistic.undefined("left out"), Statistic.undefined("left out"), LEFT_OUT),
                new Nemenyi(LEFT_OUT, LEFT_OUT),
                pairs,
                List.of(),
                new StratifiedBootstrap(2000, 1));
        TaskAnalysis tasks =
                new TaskAnalysis("game", List.copyOf(taskMeans.keySet()), Normalization.MIN_MAX, perTask, aggregate);
        ExperimentAnalysis experiment = Analyzer.analyze(all).experiments().get(0);
        MetricAnalysis m = metric(Analyzer.analyze(all));
        MetricAnalysis withTasks = new MetricAnalysis(
                m.name(),
                m.goal(),
                m.groups(),
                m.anova(),
                m.levene(),
                m.factorial(),
                m.comparisons(),
                m.comparisonFamily(),
                m.reference(),
                m.bootstrapResamples(),
                tasks);
        return new ExperimentAnalysis(
                experiment.id(),
                experiment.parameters(),
                experiment.trials(),
                experiment.successful(),
                experiment.failures(),
                List.of(withTasks),
                experiment.curves(),
                experiment.coverage(),
                experiment.notRun(),
                experiment.stale(),
                experiment.confirmation());
    }

    private static MetricAnalysis metric(dev.cohort.analysis.StudyAnalysis study) {
        return study.experiments().get(0).metrics().get(0);
    }

    private TrialResult trial(Map<String, Object> config, int seed, double value) {
        return new TrialResult(
                ID,
                config,
                1000 + seed,
                seed,
                TrialStatus.SUCCESSFUL,
                Map.of("return", value),
                1.0,
                null,
                Map.of("return", goal),
                null,
                null,
                null,
                null);
    }

    private static Map<String, Object> config(String selector) {
        return new LinkedHashMap<>(ConfigSelector.parse(selector).values());
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}

package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.results.TaskDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The analysis of one metric of an experiment with a task parameter (SPEC section 5, {@code tasks}):
 * the complete analysis of each task's trials alone ({@link TaskAnalysis#perTask()}, configurations
 * named without the task parameter) and the comparison across tasks ({@link TaskAggregator}).
 *
 * <p>The metric's top-level block keeps what is sound over all trials: a group per (configuration,
 * task), the one-way ANOVA and Levene test over them, and the factorial ANOVA with the task as a factor
 * (its interaction terms say whether the configurations' differences depend on the task). It compares
 * no pairs: a comparison of one configuration on one task with another on another task answers no
 * question, and the within-task comparisons, with their own Holm families, are in {@code perTask}.
 */
final class TaskAnalyzer {

    private TaskAnalyzer() {}

    /**
     * The metric's analysis with its {@link MetricAnalysis#tasks()}.
     *
     * @param experiment the experiment id (with the metric, it seeds the stratified bootstrap)
     * @param metric the metric name
     * @param goal its goal
     * @param parameters the swept parameters, the task parameter among them
     * @param data one entry per configuration (with the task parameter), in configuration order
     * @param declaration the task parameter and its normalisation
     * @param options the analysis options
     */
    static MetricAnalysis analyze(
            String experiment,
            String metric,
            Goal goal,
            List<String> parameters,
            List<ConfigurationData> data,
            TaskDeclaration declaration,
            AnalysisOptions options) {
        MetricAnalysis all = MetricAnalyzer.analyze(metric, goal, parameters, data, options, false);
        TaskScores scores = TaskScores.of(experiment, data, declaration);
        List<String> others = new ArrayList<>(parameters);
        others.remove(declaration.parameter());
        // each task's analysis reads its own cells alone: the tasks are analysed on every core, in order
        List<MetricAnalysis> analyses = IntStream.range(0, scores.tasks().size())
                .parallel()
                .mapToObj(t -> analyzeTask(metric, goal, others, scores, t, all, options))
                .toList();
        List<TaskMetric> perTask = new ArrayList<>();
        for (int t = 0; t < analyses.size(); t++) {
            perTask.add(new TaskMetric(scores.tasks().get(t), analyses.get(t)));
        }
        TaskAggregate aggregate = TaskAggregator.aggregate(scores, analyses, goal, options, experiment, metric);
        TaskAnalysis tasks = new TaskAnalysis(
                declaration.parameter(), scores.tasks(), declaration.normalization(), perTask, aggregate);
        return new MetricAnalysis(
                all.name(),
                all.goal(),
                all.groups(),
                all.anova(),
                all.levene(),
                all.factorial(),
                all.comparisons(),
                all.comparisonFamily(),
                all.reference(),
                all.bootstrapResamples(),
                tasks);
    }

    /** The complete analysis of task {@code t}'s cells, reusing the groups of the analysis over all trials. */
    private static MetricAnalysis analyzeTask(
            String metric,
            Goal goal,
            List<String> others,
            TaskScores scores,
            int t,
            MetricAnalysis all,
            AnalysisOptions options) {
        List<ConfigurationData> taskData = new ArrayList<>();
        List<GroupSummary> known = new ArrayList<>();
        for (int c = 0; c < scores.configs().size(); c++) {
            ConfigurationData cell = scores.cell(c, t);
            taskData.add(cell);
            int source = scores.source(c, t);
            known.add(source < 0 ? null : all.groups().get(source).withConfig(cell.config()));
        }
        boolean sameResamples = all.bootstrapResamples() == options.bootstrapResamples()
                && options.resamplesFor(values(taskData)) == options.bootstrapResamples();
        return MetricAnalyzer.analyze(metric, goal, others, taskData, options, true, sameResamples ? known : null);
    }

    private static long values(List<ConfigurationData> data) {
        return data.stream().mapToLong(ConfigurationData::n).sum();
    }
}

package dev.cohort.report;

import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.results.ConfigId;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aggregate.csv}: every metric compared across tasks, one row per experiment, metric and
 * configuration (without the task parameter). Columns: {@code experiment, metric, goal, taskParameter,
 * tasks} (their number), {@code normalization, config}, one column per other swept parameter of any such
 * experiment, the statistics of {@link AggregateScores} (named as in {@code summary.json}), the
 * stratified bootstrap's {@code resamples} and {@code seed}, and {@code reasons}. An undefined statistic
 * is the empty field, its reason in {@code reasons}; numbers are in full precision. Only a header when
 * no metric has tasks.
 */
public final class AggregateCsvFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "aggregate.csv";

    /** One row: a configuration's standing across the tasks of one metric of one experiment. */
    record Row(ExperimentAnalysis experiment, MetricAnalysis metric, TaskAnalysis tasks, AggregateScores scores) {}

    private static final List<Column<Row>> LEADING = List.of(
            Column.text("experiment", r -> r.experiment().id()),
            Column.text("metric", r -> r.metric().name()),
            Column.text("goal", r -> r.metric().goal()),
            Column.text("taskParameter", r -> r.tasks().parameter()),
            Column.text("tasks", r -> r.tasks().tasks().size()),
            Column.text("normalization", r -> r.tasks().normalization()),
            Column.text("config", r -> ConfigId.of(r.scores().config())));

    private static final List<Column<Row>> STATISTICS = List.of(
            Column.statistic("meanRank", r -> r.scores().meanRank()),
            Column.statistic("mean", r -> r.scores().mean()),
            Column.statistic("meanLow", r -> r.scores().meanLow()),
            Column.statistic("meanHigh", r -> r.scores().meanHigh()),
            Column.statistic("median", r -> r.scores().median()),
            Column.statistic("medianLow", r -> r.scores().medianLow()),
            Column.statistic("medianHigh", r -> r.scores().medianHigh()),
            Column.statistic("iqm", r -> r.scores().iqm()),
            Column.statistic("iqmLow", r -> r.scores().iqmLow()),
            Column.statistic("iqmHigh", r -> r.scores().iqmHigh()),
            Column.statistic("optimalityGap", r -> r.scores().optimalityGap()),
            Column.statistic("optimalityGapLow", r -> r.scores().optimalityGapLow()),
            Column.statistic("optimalityGapHigh", r -> r.scores().optimalityGapHigh()),
            Column.text("resamples", r -> r.tasks().aggregate().bootstrap().resamples()),
            Column.text("seed", r -> r.tasks().aggregate().bootstrap().seed()),
            Column.text("reasons", r -> Csv.reasons(r.scores().reasons())));

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** The columns of a study's file: the fixed ones around one per swept parameter other than the task. */
    static List<Column<Row>> columns(StudyAnalysis study) {
        return Column.concat(
                LEADING,
                Column.parameters(
                        parametersWithoutTasks(study),
                        "",
                        r -> r.scores().config(),
                        Column.concat(LEADING, STATISTICS)),
                STATISTICS);
    }

    /** The swept parameters other than the task parameter of each metric compared across tasks. */
    static List<List<String>> parametersWithoutTasks(StudyAnalysis study) {
        List<List<String>> parameters = new ArrayList<>();
        for (ExperimentAnalysis experiment : study.experiments()) {
            for (MetricAnalysis metric : experiment.metrics()) {
                if (metric.tasks() != null) {
                    String task = metric.tasks().parameter();
                    parameters.add(experiment.parameters().stream()
                            .filter(p -> !p.equals(task))
                            .toList());
                }
            }
        }
        return parameters;
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (ExperimentAnalysis experiment : study.experiments()) {
            for (MetricAnalysis metric : experiment.metrics()) {
                TaskAnalysis tasks = metric.tasks();
                if (tasks != null) {
                    tasks.aggregate().configs().forEach(s -> rows.add(new Row(experiment, metric, tasks, s)));
                }
            }
        }
        Column.write(new Csv(out), columns(study), rows);
    }
}

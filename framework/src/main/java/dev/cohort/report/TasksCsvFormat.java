package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.analysis.TaskMetric;
import dev.cohort.results.ConfigId;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tasks.csv}: the within-task statistics of every metric compared across tasks, one row per
 * experiment, metric, task and configuration. Columns: {@code experiment, metric, goal, taskParameter,
 * task, config} (the configuration id without the task parameter), one column per other swept parameter
 * of any such experiment, then the statistics of the configuration's group in the task's own analysis,
 * as in {@code summary.csv} ({@link SummaryCsvFormat#statistics}). An undefined statistic is the empty
 * field, its reason in {@code reasons}; numbers are in full precision. Only a header when no metric has
 * tasks.
 */
public final class TasksCsvFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "tasks.csv";

    /** One row: a configuration's group on one task of one metric of one experiment. */
    record Row(
            ExperimentAnalysis experiment,
            MetricAnalysis metric,
            TaskAnalysis tasks,
            TaskMetric task,
            GroupSummary group) {}

    private static final List<Column<Row>> LEADING = List.of(
            Column.text("experiment", r -> r.experiment().id()),
            Column.text("metric", r -> r.metric().name()),
            Column.text("goal", r -> r.metric().goal()),
            Column.text("taskParameter", r -> r.tasks().parameter()),
            Column.text("task", r -> r.task().task()),
            Column.text("config", r -> ConfigId.of(r.group().config())));

    private static final List<Column<Row>> STATISTICS = SummaryCsvFormat.statistics(Row::group);

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** The columns of a study's file: the fixed ones around one per swept parameter other than the task. */
    static List<Column<Row>> columns(StudyAnalysis study) {
        return Column.concat(
                LEADING,
                Column.parameters(
                        AggregateCsvFormat.parametersWithoutTasks(study),
                        "",
                        r -> r.group().config(),
                        Column.concat(LEADING, STATISTICS)),
                STATISTICS);
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (ExperimentAnalysis experiment : study.experiments()) {
            for (MetricAnalysis metric : experiment.metrics()) {
                TaskAnalysis tasks = metric.tasks();
                if (tasks == null) {
                    continue;
                }
                for (TaskMetric task : tasks.perTask()) {
                    for (GroupSummary g : task.analysis().groups()) {
                        rows.add(new Row(experiment, metric, tasks, task, g));
                    }
                }
            }
        }
        Column.write(new Csv(out), columns(study), rows);
    }
}

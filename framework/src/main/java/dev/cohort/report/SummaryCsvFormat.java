package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ConfigId;
import dev.cohort.results.TrialStage;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code summary.csv}: the descriptive statistics in tidy long format, one row per experiment, metric and
 * configuration. Columns: {@code experiment, stage} ({@code confirmation} for the confirmation stage of an
 * experiment with {@code @Confirm}, whose rows come first, else {@code tuning}), {@code metric, goal,
 * config} (the configuration id), one column
 * per swept parameter of any experiment (its value in the configuration, empty where the experiment has
 * no such parameter), one column per statistic of {@link GroupSummary} (named as in {@code
 * summary.json}), and {@code reasons}: why statistics are undefined, as {@code field: reason} pairs
 * joined by {@code "; "}. An undefined statistic is the empty field; numbers are in full precision.
 */
public final class SummaryCsvFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "summary.csv";

    /** One row: a configuration's statistics on one metric of one experiment. */
    record Row(ExperimentAnalysis experiment, TrialStage stage, MetricAnalysis metric, GroupSummary group) {}

    private static final List<Column<Row>> LEADING = List.of(
            Column.text("experiment", r -> r.experiment().id()),
            Column.text("stage", r -> r.stage().label()),
            Column.text("metric", r -> r.metric().name()),
            Column.text("goal", r -> r.metric().goal()),
            Column.text("config", r -> ConfigId.of(r.group().config())));

    private static final List<Column<Row>> STATISTICS = statistics(Row::group);

    /**
     * The columns of a group's statistics, named as in {@code summary.json}, ending with {@code reasons}:
     * the one declaration of them for every CSV file with a row per group.
     */
    static <R> List<Column<R>> statistics(Function<R, GroupSummary> group) {
        return List.of(
                Column.text("n", r -> group.apply(r).n()),
                Column.statistic("mean", r -> group.apply(r).mean()),
                Column.statistic("sd", r -> group.apply(r).sd()),
                Column.statistic("se", r -> group.apply(r).se()),
                Column.statistic("ciLow", r -> group.apply(r).ciLow()),
                Column.statistic("ciHigh", r -> group.apply(r).ciHigh()),
                Column.statistic("median", r -> group.apply(r).median()),
                Column.statistic("min", r -> group.apply(r).min()),
                Column.statistic("max", r -> group.apply(r).max()),
                Column.statistic("iqm", r -> group.apply(r).iqm()),
                Column.statistic("shapiroW", r -> group.apply(r).shapiroW()),
                Column.statistic("shapiroP", r -> group.apply(r).shapiroP()),
                Column.statistic("q25", r -> group.apply(r).q25()),
                Column.statistic("q75", r -> group.apply(r).q75()),
                Column.statistic("meanBootLow", r -> group.apply(r).meanBootLow()),
                Column.statistic("meanBootHigh", r -> group.apply(r).meanBootHigh()),
                Column.statistic("iqmBootLow", r -> group.apply(r).iqmBootLow()),
                Column.statistic("iqmBootHigh", r -> group.apply(r).iqmBootHigh()),
                Column.text("nonFinite", r -> group.apply(r).nonFinite()),
                Column.text("unrecorded", r -> group.apply(r).unrecorded()),
                Column.text("reasons", r -> Csv.reasons(group.apply(r).reasons())));
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** The columns of a study's file: the fixed ones around one per swept parameter. */
    static List<Column<Row>> columns(StudyAnalysis study) {
        List<Column<Row>> fixed = Column.concat(LEADING, STATISTICS);
        List<List<String>> parameters = study.experiments().stream()
                .filter(e -> !e.metrics().isEmpty())
                .map(ExperimentAnalysis::parameters)
                .toList();
        return Column.concat(
                LEADING, Column.parameters(parameters, "", r -> r.group().config(), fixed), STATISTICS);
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (ExperimentAnalysis experiment : study.experiments()) {
            for (StageMetrics metric : StageMetrics.of(experiment)) {
                for (GroupSummary g : metric.metric().groups()) {
                    rows.add(new Row(experiment, metric.stage(), metric.metric(), g));
                }
            }
        }
        Column.write(new Csv(out), columns(study), rows);
    }
}

package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ConfigId;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summary.csv}: the descriptive statistics in tidy long format, one row per experiment, metric and
 * configuration. Columns: {@code experiment, metric, goal, config} (the configuration id), one column
 * per swept parameter of any experiment (its value in the configuration, empty where the experiment has
 * no such parameter), one column per statistic of {@link GroupSummary} (named as in {@code
 * summary.json}), and {@code reasons}: why statistics are undefined, as {@code field: reason} pairs
 * joined by {@code "; "}. An undefined statistic is the empty field; numbers are in full precision.
 */
public final class SummaryCsvFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "summary.csv";

    /** One row: a configuration's statistics on one metric of one experiment. */
    record Row(ExperimentAnalysis experiment, MetricAnalysis metric, GroupSummary group) {}

    private static final List<Column<Row>> LEADING = List.of(
            Column.text("experiment", r -> r.experiment().id()),
            Column.text("metric", r -> r.metric().name()),
            Column.text("goal", r -> r.metric().goal()),
            Column.text("config", r -> ConfigId.of(r.group().config())));

    private static final List<Column<Row>> STATISTICS = List.of(
            Column.text("n", r -> r.group().n()),
            Column.statistic("mean", r -> r.group().mean()),
            Column.statistic("sd", r -> r.group().sd()),
            Column.statistic("se", r -> r.group().se()),
            Column.statistic("ciLow", r -> r.group().ciLow()),
            Column.statistic("ciHigh", r -> r.group().ciHigh()),
            Column.statistic("median", r -> r.group().median()),
            Column.statistic("min", r -> r.group().min()),
            Column.statistic("max", r -> r.group().max()),
            Column.statistic("iqm", r -> r.group().iqm()),
            Column.statistic("shapiroW", r -> r.group().shapiroW()),
            Column.statistic("shapiroP", r -> r.group().shapiroP()),
            Column.statistic("q25", r -> r.group().q25()),
            Column.statistic("q75", r -> r.group().q75()),
            Column.statistic("meanBootLow", r -> r.group().meanBootLow()),
            Column.statistic("meanBootHigh", r -> r.group().meanBootHigh()),
            Column.statistic("iqmBootLow", r -> r.group().iqmBootLow()),
            Column.statistic("iqmBootHigh", r -> r.group().iqmBootHigh()),
            Column.text("nonFinite", r -> r.group().nonFinite()),
            Column.text("unrecorded", r -> r.group().unrecorded()),
            Column.text("reasons", r -> Csv.reasons(r.group().reasons())));

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
            for (MetricAnalysis metric : experiment.metrics()) {
                for (GroupSummary g : metric.groups()) {
                    rows.add(new Row(experiment, metric, g));
                }
            }
        }
        Column.write(new Csv(out), columns(study), rows);
    }
}

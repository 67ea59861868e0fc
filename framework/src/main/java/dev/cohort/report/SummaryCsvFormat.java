package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ConfigId;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code summary.csv}: the descriptive statistics in tidy long format, one row per experiment, metric and
 * configuration. Columns: {@code experiment, metric, goal, config} (the configuration id), one column
 * per statistic of {@link GroupSummary} (named as in {@code summary.json}), and {@code reasons}: why
 * statistics are missing, as {@code field: reason} pairs joined by {@code "; "}. A {@code null}
 * statistic is the empty field; numbers are in full precision.
 */
public final class SummaryCsvFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "summary.csv";

    /** The header row. */
    public static final List<String> HEADER = List.of(
            "experiment",
            "metric",
            "goal",
            "config",
            "n",
            "mean",
            "sd",
            "se",
            "ciLow",
            "ciHigh",
            "median",
            "min",
            "max",
            "iqm",
            "shapiroW",
            "shapiroP",
            "q25",
            "q75",
            "meanBootLow",
            "meanBootHigh",
            "iqmBootLow",
            "iqmBootHigh",
            "nonFinite",
            "reasons");

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        Csv csv = new Csv(out);
        csv.row(HEADER);
        for (ExperimentAnalysis experiment : study.experiments()) {
            for (MetricAnalysis metric : experiment.metrics()) {
                for (GroupSummary g : metric.groups()) {
                    csv.row(List.of(
                            experiment.id(),
                            metric.name(),
                            metric.goal() == null ? "" : metric.goal().name(),
                            ConfigId.of(g.config()),
                            Integer.toString(g.n()),
                            field(g.mean()),
                            field(g.sd()),
                            field(g.se()),
                            field(g.ciLow()),
                            field(g.ciHigh()),
                            field(g.median()),
                            field(g.min()),
                            field(g.max()),
                            field(g.iqm()),
                            field(g.shapiroW()),
                            field(g.shapiroP()),
                            field(g.q25()),
                            field(g.q75()),
                            field(g.meanBootLow()),
                            field(g.meanBootHigh()),
                            field(g.iqmBootLow()),
                            field(g.iqmBootHigh()),
                            Integer.toString(g.nonFinite()),
                            Csv.reasons(g.reasons())));
                }
            }
        }
    }

    private static String field(Double value) {
        return Csv.number(value);
    }
}

package dev.cohort.report;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ConfigId;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code comparisons.csv}: one row per pair of configurations of a metric. Columns: {@code experiment,
 * metric, a, b} (configuration ids), {@code test}, the chosen test's {@code p} with its Bonferroni and
 * Holm adjustments, then every statistic of {@link Comparison} (named as in {@code summary.json}), and
 * {@code reasons}: why statistics are missing, as {@code field: reason} pairs joined by {@code "; "}. A
 * {@code null} statistic is the empty field; numbers are in full precision.
 */
public final class ComparisonsCsvFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "comparisons.csv";

    /** The header row. */
    public static final List<String> HEADER = List.of(
            "experiment",
            "metric",
            "a",
            "b",
            "test",
            "p",
            "pBonferroni",
            "pHolm",
            "studentT",
            "studentP",
            "welchT",
            "welchDf",
            "welchP",
            "mannWhitneyU",
            "mannWhitneyP",
            "pairedT",
            "pairedP",
            "wilcoxonV",
            "wilcoxonP",
            "cohensD",
            "hedgesG",
            "pairs",
            "pairedCorrelation",
            "probabilityOfImprovement",
            "seedsForPowerBonferroni",
            "seedsForPowerHolm",
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
                for (Comparison c : metric.comparisons()) {
                    csv.row(List.of(
                            experiment.id(),
                            metric.name(),
                            ConfigId.of(c.a()),
                            ConfigId.of(c.b()),
                            c.test() == null ? "" : c.test().name(),
                            field(c.p()),
                            field(c.pBonferroni()),
                            field(c.pHolm()),
                            field(c.studentT()),
                            field(c.studentP()),
                            field(c.welchT()),
                            field(c.welchDf()),
                            field(c.welchP()),
                            field(c.mannWhitneyU()),
                            field(c.mannWhitneyP()),
                            field(c.pairedT()),
                            field(c.pairedP()),
                            field(c.wilcoxonV()),
                            field(c.wilcoxonP()),
                            field(c.cohensD()),
                            field(c.hedgesG()),
                            count(c.pairs()),
                            field(c.pairedCorrelation()),
                            field(c.probabilityOfImprovement()),
                            count(c.seedsForPowerBonferroni()),
                            count(c.seedsForPowerHolm()),
                            Csv.reasons(c.reasons())));
                }
            }
        }
    }

    private static String field(Double value) {
        return Csv.number(value);
    }

    private static String count(Integer value) {
        return value == null ? "" : value.toString();
    }
}

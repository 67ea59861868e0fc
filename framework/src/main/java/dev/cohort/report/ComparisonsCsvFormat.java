package dev.cohort.report;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ConfigId;
import dev.cohort.results.TrialStage;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code comparisons.csv}: one row per pair of configurations of a metric. Columns: {@code experiment,
 * stage} ({@code confirmation} for the comparisons among the configurations that an experiment with
 * {@code @Confirm} selected, on its fresh seeds, whose rows come first; else {@code tuning}), {@code
 * metric, a, b} (configuration ids), one column {@code a.NAME} and one {@code b.NAME} per swept parameter
 * of any experiment (its value in a's and in b's configuration), {@code test}, the chosen test's {@code
 * p} with its Bonferroni and Holm adjustments, then every statistic of {@link Comparison} (named as in
 * {@code summary.json}), and {@code reasons}: why statistics are undefined, as {@code field: reason}
 * pairs joined by {@code "; "}. An undefined statistic is the empty field; numbers are in full precision.
 */
public final class ComparisonsCsvFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "comparisons.csv";

    /** One row: a comparison on one metric of one experiment. */
    record Row(ExperimentAnalysis experiment, TrialStage stage, MetricAnalysis metric, Comparison comparison) {}

    private static final List<Column<Row>> LEADING = List.of(
            Column.text("experiment", r -> r.experiment().id()),
            Column.text("stage", r -> r.stage().label()),
            Column.text("metric", r -> r.metric().name()),
            Column.text("a", r -> ConfigId.of(r.comparison().a())),
            Column.text("b", r -> ConfigId.of(r.comparison().b())));

    private static final List<Column<Row>> STATISTICS = List.of(
            Column.text(
                    "test",
                    r -> r.comparison().test() == null
                            ? ""
                            : r.comparison().test().name()),
            Column.statistic("p", r -> r.comparison().p()),
            Column.statistic("pBonferroni", r -> r.comparison().pBonferroni()),
            Column.statistic("pHolm", r -> r.comparison().pHolm()),
            Column.statistic("studentT", r -> r.comparison().studentT()),
            Column.statistic("studentP", r -> r.comparison().studentP()),
            Column.statistic("welchT", r -> r.comparison().welchT()),
            Column.statistic("welchDf", r -> r.comparison().welchDf()),
            Column.statistic("welchP", r -> r.comparison().welchP()),
            Column.statistic("mannWhitneyU", r -> r.comparison().mannWhitneyU()),
            Column.statistic("mannWhitneyP", r -> r.comparison().mannWhitneyP()),
            Column.statistic("pairedT", r -> r.comparison().pairedT()),
            Column.statistic("pairedP", r -> r.comparison().pairedP()),
            Column.statistic("wilcoxonV", r -> r.comparison().wilcoxonV()),
            Column.statistic("wilcoxonP", r -> r.comparison().wilcoxonP()),
            Column.statistic("cohensD", r -> r.comparison().cohensD()),
            Column.statistic("hedgesG", r -> r.comparison().hedgesG()),
            Column.statistic("pairs", r -> r.comparison().pairs()),
            Column.statistic("pairedCorrelation", r -> r.comparison().pairedCorrelation()),
            Column.statistic("probabilityOfImprovement", r -> r.comparison().probabilityOfImprovement()),
            Column.statistic("seedsForPowerBonferroni", r -> r.comparison().seedsForPowerBonferroni()),
            Column.statistic("seedsForPowerHolm", r -> r.comparison().seedsForPowerHolm()),
            Column.text("reasons", r -> Csv.reasons(r.comparison().reasons())));

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** The columns of a study's file: the fixed ones around one per swept parameter of a and of b. */
    static List<Column<Row>> columns(StudyAnalysis study) {
        List<Column<Row>> fixed = Column.concat(LEADING, STATISTICS);
        List<List<String>> parameters = study.experiments().stream()
                .filter(e -> StageMetrics.of(e).stream()
                        .anyMatch(m -> !m.metric().comparisons().isEmpty()))
                .map(ExperimentAnalysis::parameters)
                .toList();
        return Column.concat(
                LEADING,
                Column.parameters(parameters, "a.", r -> r.comparison().a(), fixed),
                Column.parameters(parameters, "b.", r -> r.comparison().b(), fixed),
                STATISTICS);
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (ExperimentAnalysis experiment : study.experiments()) {
            for (StageMetrics metric : StageMetrics.of(experiment)) {
                for (Comparison c : metric.metric().comparisons()) {
                    rows.add(new Row(experiment, metric.stage(), metric.metric(), c));
                }
            }
        }
        Column.write(new Csv(out), columns(study), rows);
    }
}

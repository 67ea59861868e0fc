package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ConfigurationCurve;
import dev.cohort.analysis.CurveAnalysis;
import dev.cohort.analysis.CurvePoint;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TestKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Renders a hand-made report in headless Chromium and checks that every chart draws (see .ci/run). */
class HtmlReportBrowserTest {

    static final String EXPERIMENT = "org.acme.Study#tracking<a&b>_50%{k}\\";
    static final String METRIC = "loss_<%>#{m}\\&";
    static final String CURVE = "reward & <return>_#{c}%\\";
    static final String ACTIVATION = "act<&>";
    static final List<Object> ACTIVATIONS = List.of("relu_#1", "tanh{x}\\<&>%");
    static final List<Object> RATES = List.of(0.001, 0.01, 0.1);

    /** A made-up but plausible study: 2 x 3 configurations, 20 seeds, one metric, one learning curve. */
    static StudyAnalysis study() {
        SplittableRandom random = new SplittableRandom(7);
        List<Map<String, Object>> configs = new ArrayList<>();
        for (Object activation : ACTIVATIONS) {
            for (Object rate : RATES) {
                configs.add(Fixtures.config(ACTIVATION, activation, "lr", rate));
            }
        }
        List<GroupSummary> groups = new ArrayList<>();
        List<ConfigurationCurve> curves = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            double centre = 1 + 0.4 * i - 0.06 * i * i;
            List<Double> values = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                values.add(centre + 0.3 * random.nextGaussian());
            }
            List<Double> sorted = values.stream().sorted().toList();
            double mean =
                    values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            groups.add(Records.make(
                    GroupSummary.class,
                    Records.values(
                            "config", configs.get(i),
                            "n", values.size(),
                            "mean", mean,
                            "ciLow", mean - 0.14,
                            "ciHigh", mean + 0.14,
                            "median", (sorted.get(9) + sorted.get(10)) / 2,
                            "q25", sorted.get(5),
                            "q75", sorted.get(14),
                            "min", sorted.get(0),
                            "max", sorted.get(19),
                            "values", values)));
            List<CurvePoint> points = new ArrayList<>();
            for (int step = 0; step <= 1000; step += 20) {
                double m = centre * (1 - Math.exp(-step / 200.0)) + 0.05 * random.nextGaussian();
                Statistic<Double> low = step == 0 ? Statistic.undefined("one seed") : Statistic.of(m - 0.1);
                Statistic<Double> high = step == 0 ? Statistic.undefined("one seed") : Statistic.of(m + 0.1);
                points.add(new CurvePoint(step, 20, m, low, high, m - 0.25, m + 0.25));
            }
            curves.add(new ConfigurationCurve(configs.get(i), 20, points, 0));
        }
        List<Comparison> comparisons = new ArrayList<>();
        double[] ps = {1e-20, 0.0004, 0.003, 0.02, 0.2, 0.7};
        int k = 0;
        for (int i = 0; i < configs.size(); i++) {
            for (int j = i + 1; j < configs.size(); j++) {
                Comparison c =
                        Fixtures.comparison(configs.get(i), configs.get(j), TestKind.WELCH_T, ps[k++ % ps.length]);
                if (k == 4) {
                    c = Fixtures.comparison(configs.get(i), configs.get(j), TestKind.MANN_WHITNEY, null);
                }
                comparisons.add(c);
            }
        }
        MetricAnalysis metric = Fixtures.metric(METRIC, Goal.MINIMIZE, groups, comparisons);
        ExperimentAnalysis experiment = new ExperimentAnalysis(
                EXPERIMENT,
                List.of(ACTIVATION, "lr"),
                120,
                120,
                List.of(),
                List.of(metric),
                List.of(new CurveAnalysis(CURVE, Goal.MAXIMIZE, curves)));
        return new StudyAnalysis(List.of(experiment));
    }

    @Test
    void everyChartRendersWithoutConsoleProblems() throws Exception {
        ReportBrowserCheck.requireChromium();
        Path dir = Path.of("target", "browser-report");
        Files.createDirectories(dir);
        Path index = dir.resolve("index.html");
        Files.writeString(index, new HtmlReportFormat().render(study(), Fixtures.context()), StandardCharsets.UTF_8);

        ReportBrowserCheck.Rendered rendered =
                ReportBrowserCheck.check(index.toAbsolutePath(), Path.of("target", "report-screenshot.png"));
        ReportBrowserCheck.assertNoOverlappingLabels(rendered);

        // means, box plot, 2 sensitivity plots, pairwise heat map, learning curve
        assertThat(rendered.containers()).isEqualTo(6);
        assertThat(rendered.text()).contains(EXPERIMENT, METRIC, CURVE).doesNotContain("&amp;", "&lt;");
        String svgText = rendered.perChart().stream()
                .flatMap(c -> ((List<?>) c.get("texts")).stream())
                .map(String::valueOf)
                .collect(Collectors.joining("\n"));
        assertThat(svgText)
                .contains(ACTIVATION + "=tanh{x}\\<&>%, lr=0.1")
                .contains("lr")
                .doesNotContain("&amp;", "&lt;");
    }

    /**
     * An experiment with {@code @Confirm}: the shrinkage chart (tuning and confirmed means, the interval
     * and the line between them for each of the two selected configurations) draws its data, with the
     * confirmation's own comparison heat map and the tuning stage's charts.
     */
    @Test
    void theShrinkageChartOfAConfirmedStudyRenders() throws Exception {
        ReportBrowserCheck.requireChromium();
        Path dir = Path.of("target", "browser-confirmation-report");
        Files.createDirectories(dir);
        Path index = dir.resolve("index.html");
        Files.writeString(
                index,
                new HtmlReportFormat().render(ConfirmationFixtures.study(), Fixtures.context()),
                StandardCharsets.UTF_8);

        ReportBrowserCheck.Rendered rendered = ReportBrowserCheck.check(
                index.toAbsolutePath(), Path.of("target", "confirmation-report-screenshot.png"));
        ReportBrowserCheck.assertNoOverlappingLabels(rendered);

        List<Map<String, Object>> shrinkage = rendered.perChart().stream()
                .filter(c -> ((String) c.get("id")).startsWith("chart-shrinkage-"))
                .toList();
        assertThat(shrinkage).hasSize(1);
        assertThat(((Number) shrinkage.get(0).get("values")).intValue()).isEqualTo(4 * 2);
        assertThat(((List<?>) shrinkage.get(0).get("texts")).stream().map(String::valueOf))
                .contains(
                        "algorithm=LMS, stepSize=0.01",
                        "algorithm=IDBD, stepSize=0.01",
                        HtmlConfirmationSections.ShrinkageChart.TUNING,
                        HtmlConfirmationSections.ShrinkageChart.CONFIRMED);
        // two pairwise heat maps: the confirmation's and the tuning stage's
        assertThat(rendered.perChart().stream().filter(c -> ((String) c.get("id")).startsWith("chart-pairs-")))
                .hasSize(2 * 2);
        assertThat(rendered.text())
                .contains("Confirmation on 30 fresh seeds", "Tuning (exploratory)")
                .doesNotContain("NaN");
    }
}

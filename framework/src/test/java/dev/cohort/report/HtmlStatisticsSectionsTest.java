package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TestChoice;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics beyond the main tables, the test policy and the warnings, over a real analysis. */
class HtmlStatisticsSectionsTest {

    private final HtmlReportFormat format = new HtmlReportFormat();

    /**
     * Three configurations of one parameter and a factorial second one: {@code skewed} fails
     * Shapiro-Wilk, {@code wide} has a much larger variance, {@code close} differs from {@code base} by
     * a tiny effect, and one trial of {@code base} recorded NaN.
     */
    private static List<TrialResult> trials() {
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("base", new double[] {1.0, 1.2, 0.9, 1.1, 1.05, 0.95, 1.15, 0.85, Double.NaN, 1.0});
        values.put("close", new double[] {1.01, 1.21, 0.91, 1.11, 1.06, 0.96, 1.16, 0.86, 1.0, 1.02});
        values.put("skewed", new double[] {1.0, 1.0, 1.01, 1.02, 1.0, 1.01, 1.0, 9.0, 1.0, 1.03});
        values.put("wide", new double[] {-4.0, 6.0, 2.0, -3.0, 5.0, 0.0, 8.0, -6.0, 3.0, 1.0});
        List<TrialResult> trials = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            for (int seed = 0; seed < e.getValue().length; seed++) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("kind", e.getKey());
                config.put("size", seed % 2 == 0 ? "s" : "l");
                trials.add(trial(config, seed, e.getValue()[seed], index));
            }
            index++;
        }
        return trials;
    }

    private static TrialResult trial(Map<String, Object> config, int seed, double value, int configIndex) {
        return new TrialResult(
                "org.acme.E#run",
                config,
                seed,
                seed,
                TrialStatus.SUCCESSFUL,
                Map.of("loss", value),
                1.0,
                null,
                Map.of("loss", Goal.MINIMIZE),
                null,
                null,
                configIndex,
                null);
    }

    private String render(TestChoice choice) {
        AnalysisOptions options =
                AnalysisOptions.defaults().withTestChoice(choice).withBootstrap(500, 1L);
        StudyAnalysis study = Analyzer.analyze(trials(), options);
        return format.render(study, Fixtures.context(options));
    }

    @Test
    void showsEveryGroupStatisticInDetails() {
        String html = render(TestChoice.AUTO);

        assertThat(html).contains("<details class=\"more\">\n<summary>All statistics per configuration</summary>");
        assertThat(html)
                .contains(
                        "<th>IQM</th>",
                        "<th>Q25</th>",
                        "<th>Q75</th>",
                        "<th>Min</th>",
                        "<th>Max</th>",
                        "<th>Bootstrap 95% CI of the mean</th>",
                        "<th>Bootstrap 95% CI of the IQM</th>",
                        "<th>Shapiro-Wilk W</th>",
                        "<th>Non-finite excluded</th>");
        assertThat(html).contains("500 resamples (seed 1)");
    }

    @Test
    void showsEveryPairStatisticInDetails() {
        String html = render(TestChoice.AUTO);

        assertThat(html)
                .contains(
                        "<th>Student t</th>",
                        "<th>Mann-Whitney U</th>",
                        "<th>Paired t</th>",
                        "<th>Wilcoxon V</th>",
                        "<th>Hedges&#39; g</th>",
                        "<th>P(a better than b)</th>",
                        "<th>Seeds for 80% power (Bonferroni)</th>",
                        "<th>Seeds for 80% power (Holm)</th>");
    }

    @Test
    void showsSequentialAndTypeIISumsOfSquares() {
        String html = render(TestChoice.AUTO);

        assertThat(html).contains("<th>Sum Sq (sequential)</th>", "<th>Sum Sq (type II)</th>", "car::Anova(type = 2)");
    }

    @Test
    void statesHowEachPairsTestWasChosen() {
        assertThat(render(TestChoice.AUTO))
                .contains("Test per pair: chosen per pair (policy AUTO): for two configurations that ran the same"
                        + " seeds (common random numbers), paired t when Shapiro-Wilk on the paired differences gives"
                        + " p &gt; 0.05, else Wilcoxon signed-rank; for others, when Shapiro-Wilk gives p &gt; 0.05"
                        + " for both configurations, a two-group Brown-Forsythe test decides")
                .contains("Used here: ");
        assertThat(render(TestChoice.WELCH_T))
                .contains("Test per pair: Welch&#39;s t for every pair (policy WELCH_T, set with cohort.test;"
                        + " the automatic choice is off). Used here: Welch&#39;s t for 28 pairs.");
    }

    @Test
    void warnsAboutNormalityVariancesPowerAndExcludedValues() {
        String html = render(TestChoice.AUTO);

        assertThat(html).contains("Warnings a careful reader needs:");
        assertThat(html)
                .containsPattern("configurations? fails? the Shapiro-Wilk normality test \\(p &lt;= 0.05\\):"
                        + "[^<]*kind=skewed, size=");
        assertThat(html).contains("The variances differ between configurations (Brown-Forsythe p = ");
        assertThat(html)
                .contains("1 non-finite value (not a number, or infinite) was excluded from the statistics: kind=base");
        assertThat(html).containsPattern("\\d+ of \\d+ comparisons would need more seeds than were run");
    }

    @Test
    void explainsEveryMissingStatistic() {
        String html = render(TestChoice.AUTO);

        String markup = HtmlReportFormatTest.markup(html);
        assertThat(markup).doesNotContain(Labels.NO_REASON);
        assertThat(markup).doesNotContain("null");
    }
}

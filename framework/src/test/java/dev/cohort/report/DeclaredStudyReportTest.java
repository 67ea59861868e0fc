package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.StalePolicy;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the report says of an experiment whose results do not match its latest declaration: coverage in
 * {@code summary.json}, the missing-trials banners, the stale trials' list, the provisional best.
 */
class DeclaredStudyReportTest {

    private static final String ID = "org.acme.KnapsackTuning#knapsack";

    /** Populations 100 and 200 (no longer declared) and 10 ran seeds 1..4; 10 scores best of what ran. */
    private static List<TrialResult> trials() {
        List<TrialResult> trials = new ArrayList<>();
        for (int population : new int[] {100, 200, 10}) {
            for (long seed = 1; seed <= 4; seed++) {
                trials.add(new TrialResult(
                        ID,
                        Map.of("population", population),
                        seed,
                        (int) seed - 1,
                        TrialStatus.SUCCESSFUL,
                        Map.of("value", (population == 10 ? 50.0 : 90.0) + seed),
                        1.0,
                        null,
                        Map.of("value", Goal.MAXIMIZE),
                        null,
                        null,
                        null,
                        null));
            }
        }
        return trials;
    }

    /** The latest declaration: populations 10 and 20, seeds 1..4; population 20 has not run. */
    private static ExperimentManifest declaration() {
        return new ExperimentManifest(
                ID,
                "",
                "org.acme.KnapsackTuning",
                "knapsack",
                Map.of("population", List.of(10, 20)),
                List.of(Map.of("population", 10), Map.of("population", 20)),
                List.of(1L, 2L, 3L, 4L),
                Map.of("value", Goal.MAXIMIZE),
                List.of(),
                "2026-01-01T00:00:00Z",
                null,
                null);
    }

    private static StudyAnalysis study(StalePolicy policy) {
        AnalysisOptions options = AnalysisOptions.defaults().withBootstrap(0, 1).withStale(policy);
        return Analyzer.analyze(trials(), List.of(declaration()), options);
    }

    private static ReportContext context(StalePolicy policy) {
        return Fixtures.context(AnalysisOptions.defaults().withStale(policy));
    }

    @Test
    void summaryJsonHasTheCoverageAndEveryDeclaredConfiguration() throws Exception {
        JsonNode experiment = new ObjectMapper()
                .readTree(new SummaryJsonFormat().render(study(StalePolicy.EXCLUDE), context(StalePolicy.EXCLUDE)))
                .get("experiments")
                .get(0);

        JsonNode coverage = experiment.get("coverage");
        assertThat(coverage.get("declared").asInt()).isEqualTo(8);
        assertThat(coverage.get("successful").asInt()).isEqualTo(4);
        assertThat(coverage.get("failed").asInt()).isZero();
        assertThat(coverage.get("missing").asInt()).isEqualTo(4);
        assertThat(coverage.get("stale").asInt()).isEqualTo(8);
        JsonNode groups = experiment.get("metrics").get(0).get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(1).get("config").get("population").asInt()).isEqualTo(20);
        assertThat(groups.get(1).get("n").asInt()).isZero();
        assertThat(groups.get(1).get("mean").isNull()).isTrue();
        assertThat(groups.get(1).get("reasons").get("mean").asText())
                .isEqualTo("no trial of this configuration has run (0 of 4 declared seeds)");
        assertThat(experiment
                        .get("stale")
                        .get(0)
                        .get("config")
                        .get("population")
                        .asInt())
                .isEqualTo(100);
    }

    @Test
    void summaryJsonOfResultsWithoutADeclarationSaysWhyTheCoverageIsUnknown() throws Exception {
        StudyAnalysis undeclared =
                Analyzer.analyze(trials(), AnalysisOptions.defaults().withBootstrap(0, 1));
        JsonNode coverage = new ObjectMapper()
                .readTree(new SummaryJsonFormat().render(undeclared, context(StalePolicy.EXCLUDE)))
                .get("experiments")
                .get(0)
                .get("coverage");

        assertThat(coverage.get("declared").isNull()).isTrue();
        assertThat(coverage.get("missing").isNull()).isTrue();
        assertThat(coverage.get("successful").asInt()).isEqualTo(12);
        assertThat(coverage.get("reasons").get("declared").asText()).contains("no recorded declaration");
    }

    @Test
    void theHtmlReportWarnsOfTheMissingTrialsListsTheStaleOnesAndCallsTheBestProvisional() throws Exception {
        String html = new HtmlReportFormat().render(study(StalePolicy.EXCLUDE), context(StalePolicy.EXCLUDE));

        String banner = "4 of 8 declared trials have results; 4 missing; 1 configuration has no result: population=20.";
        assertThat(html).contains("The study is incomplete");
        assertThat(html.indexOf(banner)).isPositive().isLessThan(html.indexOf("<section class=\"experiment\""));
        assertThat(html.indexOf(banner, html.indexOf("<section class=\"experiment\"")))
                .isPositive();
        assertThat(html)
                .contains("Stale trials (8)")
                .contains("8 trials of 2 configurations that KnapsackTuning#knapsack no longer declares were left out:"
                        + " population=100; population=200.")
                .contains("<td>population=100</td><td>no</td><td class=\"num\">4</td><td>1, 2, 3, 4</td>")
                .contains("Declared trials: 8 (configurations x seeds of the latest declaration); successful: 4,"
                        + " failed or aborted: 0, missing: 4, stale: 8.")
                .contains("best (provisional)")
                .contains("provisional: 1 declared configuration has no result yet");
    }

    @Test
    void anIncompleteStudyRendersInTheBrowserWithoutConsoleProblems() throws Exception {
        ReportBrowserCheck.requireChromium();
        Path dir = Path.of("target", "browser-report-incomplete");
        Files.createDirectories(dir);
        Path index = dir.resolve("index.html");
        Files.writeString(
                index,
                new HtmlReportFormat().render(study(StalePolicy.EXCLUDE), context(StalePolicy.EXCLUDE)),
                StandardCharsets.UTF_8);

        ReportBrowserCheck.Rendered rendered =
                ReportBrowserCheck.check(index.toAbsolutePath(), Path.of("target", "report-incomplete-screenshot.png"));

        assertThat(rendered.text())
                .contains("The study is incomplete")
                .contains("population=20")
                .contains("best (provisional)");
    }

    @Test
    void aCompleteStudyHasNoBannerAndACertainBest() throws Exception {
        ExperimentManifest complete = new ExperimentManifest(
                ID,
                "",
                "org.acme.KnapsackTuning",
                "knapsack",
                Map.of("population", List.of(10, 100)),
                List.of(Map.of("population", 10), Map.of("population", 100)),
                List.of(1L, 2L, 3L, 4L),
                Map.of(),
                List.of(),
                "2026-01-01T00:00:00Z",
                null,
                null);
        StudyAnalysis study = Analyzer.analyze(
                trials(), List.of(complete), AnalysisOptions.defaults().withBootstrap(0, 1));

        String html = new HtmlReportFormat().render(study, context(StalePolicy.EXCLUDE));

        assertThat(html).doesNotContain("The study is incomplete").doesNotContain("provisional");
        assertThat(html).contains("<span class=\"badge\">best</span>").contains("Stale trials (4)");
    }

    @Test
    void theLatexCaptionNotesTheMissingAndStaleTrials() throws Exception {
        String tex = new LatexReportFormat().render(study(StalePolicy.EXCLUDE), context(StalePolicy.EXCLUDE));

        assertThat(tex)
                .contains("Best in bold (provisional: 1 declared configuration has no result yet).")
                .contains("Incomplete: 4 of 8 declared trials have results; 4 missing;"
                        + " 1 configuration has no result: population=20")
                .contains("8 trials of 2 configurations that KnapsackTuning\\#knapsack no longer declares were left"
                        + " out");
    }

    @Test
    void theLogNamesTheStaleTrialsAndWhetherTheyWereKept() {
        assertThat(StudyNotes.log(study(StalePolicy.EXCLUDE), StalePolicy.EXCLUDE))
                .containsExactly(
                        "8 trials of 2 configurations that KnapsackTuning#knapsack no longer declares were left out:"
                                + " population=100; population=200.",
                        "KnapsackTuning#knapsack: 4 of 8 declared trials have results; 4 missing;"
                                + " 1 configuration has no result: population=20.");
        StudyAnalysis kept = study(StalePolicy.INCLUDE);
        assertThat(StudyNotes.log(kept, StalePolicy.INCLUDE).get(0))
                .endsWith("were kept (cohort.stale=include): population=100; population=200.");
        assertThat(kept.experiments().get(0).metrics().get(0).groups()).hasSize(4);
    }
}

package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The headline of an experiment: the sentence, its expectations and warnings, and where the report shows it. */
class HeadlineTest {

    private static final String ID = "org.acme.Tracking#tracking";
    private static final String QUESTION = "Does IDBD track a drifting target better than LMS?";
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withBootstrap(0, 1);
    private static final Map<String, Double> MEANS =
            Map.of("LMS/0.01", 3.7, "LMS/0.1", 3.9, "IDBD/0.01", 1.9, "IDBD/0.1", 2.4);

    /** algorithm x stepSize, 12 common seeds, a minimized final_error with IDBD clearly lower. */
    private static List<TrialResult> trials(String metric, Goal goal, int seeds) {
        SplittableRandom random = new SplittableRandom(3);
        List<TrialResult> trials = new ArrayList<>();
        int configIndex = 0;
        for (String algorithm : List.of("LMS", "IDBD")) {
            for (double stepSize : List.of(0.01, 0.1)) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("algorithm", algorithm);
                config.put("stepSize", stepSize);
                for (int seed = 0; seed < seeds; seed++) {
                    double value = MEANS.get(algorithm + "/" + stepSize) + random.nextGaussian() * 0.2;
                    trials.add(trial(config, configIndex, seed, metric, value, goal));
                }
                configIndex++;
            }
        }
        return trials;
    }

    private static TrialResult trial(
            Map<String, Object> config, int configIndex, int seed, String metric, double value, Goal goal) {
        return new TrialResult(
                ID,
                config,
                seed,
                seed,
                TrialStatus.SUCCESSFUL,
                Map.of(metric, value),
                1.0,
                null,
                Map.of(metric, goal),
                null,
                null,
                configIndex,
                null);
    }

    private static ExperimentManifest declaration(List<Expectation> expectations, int seeds) {
        List<Map<String, Object>> configurations = new ArrayList<>();
        for (String algorithm : List.of("LMS", "IDBD")) {
            for (double stepSize : List.of(0.01, 0.1)) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("algorithm", algorithm);
                config.put("stepSize", stepSize);
                configurations.add(config);
            }
        }
        List<Long> declaredSeeds = new ArrayList<>();
        for (long seed = 0; seed < seeds; seed++) {
            declaredSeeds.add(seed);
        }
        Map<String, List<Object>> parameters = new LinkedHashMap<>();
        parameters.put("algorithm", List.of("LMS", "IDBD"));
        parameters.put("stepSize", List.of(0.01, 0.1));
        return new ExperimentManifest(
                ID,
                QUESTION,
                "org.acme.Tracking",
                "tracking",
                parameters,
                configurations,
                declaredSeeds,
                Map.of("final_error", Goal.MINIMIZE),
                expectations,
                "2026-01-01T00:00:00Z",
                null,
                null);
    }

    private static ReportContext context(ExperimentManifest declaration) {
        return new ReportContext(
                "Cohort report",
                Fixtures.NOW,
                "/tmp/results",
                List.of(),
                0.05,
                OPTIONS,
                Map.of(),
                Map.of(declaration.experiment(), declaration));
    }

    private static final List<Expectation> EXPECTATIONS = List.of(
            new Expectation(ID, "final_error", "algorithm=IDBD", "algorithm=LMS", 0.05),
            new Expectation(ID, "final_error", "algorithm=LMS", "algorithm=IDBD", 0.05));

    private static StudyAnalysis twoLevel(int declaredSeeds) {
        return Analyzer.analyze(
                trials("final_error", Goal.MINIMIZE, 12), List.of(declaration(EXPECTATIONS, declaredSeeds)), OPTIONS);
    }

    private static GroupSummary group(MetricAnalysis metric, String algorithm, double stepSize) {
        return metric.groups().stream()
                .filter(g -> g.config().get("algorithm").equals(algorithm)
                        && g.config().get("stepSize").equals(stepSize))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aTwoLevelStudyComparesTheBestWithTheBestOfTheOtherLevel() {
        ExperimentAnalysis experiment = twoLevel(12).experiments().get(0);
        MetricAnalysis metric = experiment.metrics().get(0);
        GroupSummary idbd = group(metric, "IDBD", 0.01);
        GroupSummary lms = group(metric, "LMS", 0.01);
        Comparison pair = metric.comparison(idbd.config(), lms.config()).orElseThrow();
        long percent = Math.round(
                (lms.mean().value() - idbd.mean().value()) / lms.mean().value() * 100);

        Headline headline = Headline.of(experiment, context(declaration(EXPECTATIONS, 12)));

        assertThat(headline.description()).isEqualTo(QUESTION);
        assertThat(headline.answer())
                .isEqualTo("IDBD (stepSize=0.01) has the lowest final_error, "
                        + Numbers.readable(idbd.mean().value())
                        + " [" + Numbers.readable(idbd.ciLow().value()) + ", "
                        + Numbers.readable(idbd.ciHigh().value()) + "], " + percent + "% below the best LMS"
                        + " (stepSize=0.01), " + Numbers.readable(lms.mean().value()) + "; paired t, Holm p = "
                        + Numbers.pValue(pair.pHolm().value()) + ", 12 seeds.");
        assertThat(percent).isBetween(40L, 60L);
        assertThat(headline.expectations()).hasSize(2);
        assertThat(headline.expectations().get(0))
                .startsWith(
                        "Expected final_error: algorithm=IDBD better than algorithm=LMS (alpha 0.05): holds: algorithm=IDBD, stepSize=0.01 (");
        assertThat(headline.expectations().get(1))
                .startsWith(
                        "Expected final_error: algorithm=LMS better than algorithm=IDBD (alpha 0.05): fails: algorithm=LMS, stepSize=0.01 (");
        assertThat(headline.text()).startsWith(QUESTION + " IDBD (stepSize=0.01) has the lowest");
    }

    @Test
    void missingTrialsQualifyTheAnswer() {
        ExperimentAnalysis experiment = twoLevel(15).experiments().get(0);

        Headline headline = Headline.of(experiment, context(declaration(EXPECTATIONS, 15)));

        assertThat(headline.warnings()).contains("48 of 60 declared trials have results; 12 missing.");
    }

    @Test
    void aConfirmedStudyAnswersFromItsFreshSeeds() {
        ExperimentAnalysis experiment =
                ConfirmationFixtures.study().experiments().get(0);

        Headline headline = Headline.of(experiment, Fixtures.context());

        assertThat(headline.description()).isEmpty();
        assertThat(headline.answer())
                .startsWith("IDBD (stepSize=")
                .contains("has the lowest final_error, ", "% below the best LMS (stepSize=", "; paired t, Holm p")
                .doesNotContain("30 seeds")
                .endsWith("; confirmed on 30 fresh seeds.");
    }

    @Test
    void aConfirmationOfOneConfigurationGivesItsFreshSeedsResultAndWhyNothingIsCompared() {
        ExperimentAnalysis experiment =
                ConfirmationFixtures.study(List.of(), 30).experiments().get(0);

        Headline headline = Headline.of(experiment, Fixtures.context());

        assertThat(headline.answer())
                .startsWith("algorithm=IDBD, stepSize=")
                .contains(
                        " has final_error ",
                        ", on the 30 fresh seeds; no comparison: one configuration is selected"
                                + " (per is empty), so the confirmation compares none");
    }

    @Test
    void aPendingConfirmationIsNotAnsweredYet() {
        ExperimentAnalysis experiment = ConfirmationFixtures.study(List.of("algorithm"), 0)
                .experiments()
                .get(0);

        Headline headline = Headline.of(experiment, Fixtures.context());

        assertThat(headline.answer())
                .startsWith("Not answered yet: the confirmation stage has no successful trial yet");
    }

    @Test
    void aStudyWithoutGoalsSaysWhatWasMeasured() {
        StudyAnalysis study = Analyzer.analyze(trials("time_s", Goal.NONE, 5), List.of(), OPTIONS);

        Headline headline = Headline.of(study.experiments().get(0), Fixtures.context());

        assertThat(headline.answer())
                .isEqualTo("Measured time_s in 4 configurations (20 successful trials); no metric declares a goal, so"
                        + " no configuration is best: declare @Metric(goal = ...) for a verdict.");
        assertThat(headline.expectations()).isEmpty();
    }

    @Test
    void oneConfigurationHasNoComparisonAndSaysWhy() {
        Map<String, Object> config = Map.of("stepSize", 0.01);
        List<TrialResult> trials = new ArrayList<>();
        for (int seed = 0; seed < 6; seed++) {
            trials.add(trial(config, 0, seed, "final_error", 2 + seed * 0.1, Goal.MINIMIZE));
        }
        ExperimentAnalysis experiment =
                Analyzer.analyze(trials, List.of(), OPTIONS).experiments().get(0);
        GroupSummary only = experiment.metrics().get(0).groups().get(0);

        Headline headline = Headline.of(experiment, Fixtures.context());

        assertThat(headline.answer())
                .isEqualTo("stepSize=0.01 has final_error "
                        + Numbers.readable(only.mean().value()) + " ["
                        + Numbers.readable(only.ciLow().value()) + ", "
                        + Numbers.readable(only.ciHigh().value())
                        + "], over 6 seeds; no comparison: the experiment has one configuration.");
    }

    @Test
    void theHeadlineIsOnThePageInSummaryJsonAndInReportTex() throws Exception {
        StudyAnalysis study = twoLevel(12);
        ReportContext context = context(declaration(EXPECTATIONS, 12));
        Headline headline = Headline.of(study.experiments().get(0), context);

        StringWriter html = new StringWriter();
        new HtmlReportFormat().write(study, context, html);
        StringWriter json = new StringWriter();
        new SummaryJsonFormat().write(study, context, json);
        StringWriter tex = new StringWriter();
        new LatexReportFormat().write(study, context, tex);

        String page = html.toString();
        String escapedAnswer = headline.answer().replace("<", "&lt;");
        // the navigation, placed at the top of the page by its style (HtmlPageNavigationBrowserTest), and the section
        assertThat(page).contains("<p class=\"nav-answer\">" + escapedAnswer + "</p>");
        assertThat(page.split(java.util.regex.Pattern.quote(escapedAnswer), -1)).hasSize(3);
        assertThat(page).contains("<p class=\"description\">" + QUESTION + "</p>", "holds: ", "fails: ");
        JsonNode experiment =
                new ObjectMapper().readTree(json.toString()).get("experiments").get(0);
        assertThat(experiment.get("headline").asText()).isEqualTo(headline.text());
        assertThat(experiment.get("headlineParts").get("answer").asText()).isEqualTo(headline.answer());
        assertThat(experiment.get("headlineParts").get("expectations")).hasSize(2);
        assertThat(tex.toString())
                .contains("% Question: " + QUESTION, "\\providecommand{\\cohortHeadlineTrackingTracking}{IDBD");
    }

    @Test
    void macroNamesAreLettersOnlyAndDistinct() {
        StudyAnalysis study = new StudyAnalysis(List.of(
                new ExperimentAnalysis("org.acme.Bandit2#run_a", List.of(), 0, 0, List.of(), List.of()),
                new ExperimentAnalysis("org.other.Bandit2#run_a", List.of(), 0, 0, List.of(), List.of())));

        assertThat(LatexHeadlines.macroNames(study).values())
                .containsExactly("cohortHeadlineBanditTwoRunA", "cohortHeadlineBanditTwoRunAB");
    }
}

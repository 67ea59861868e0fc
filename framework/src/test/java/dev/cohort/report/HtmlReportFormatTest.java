package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.FailedTrial;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TestKind;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportFormatTest {

    private static final String HOSTILE = "<script>alert(1)</script>&\"'";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&#39;";

    private final HtmlReportFormat format = new HtmlReportFormat();

    private static StudyAnalysis study(String id, List<MetricAnalysis> metrics, List<FailedTrial> failures) {
        return new StudyAnalysis(List.of(new ExperimentAnalysis(id, List.of("x"), 4, 3, failures, metrics)));
    }

    private static MetricAnalysis metric(Goal goal) {
        return Fixtures.metric(
                "m",
                goal,
                List.of(
                        Fixtures.group(Fixtures.config("x", "low"), 10, 1.0, 0.1),
                        Fixtures.group(Fixtures.config("x", "high"), 10, 3.0, 0.1),
                        Fixtures.group(Fixtures.config("x", "mid"), 10, 2.0, 0.1)));
    }

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*>.*?</script>", Pattern.DOTALL);

    /** The page without its script elements (the inlined chart library and the charts' JSON). */
    static String markup(String html) {
        return SCRIPT.matcher(html).replaceAll("");
    }

    /** The configurations of the rows marked best. */
    private static List<String> bestRows(String html) {
        Matcher rows = Pattern.compile("<tr class=\"best\"><td>([^<]*)<").matcher(html);
        return rows.results().map(m -> m.group(1)).toList();
    }

    @Test
    void isSelfContained() {
        String html = format.render(Fixtures.study(), Fixtures.context());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("<meta charset=\"utf-8\">");
        assertThat(markup(html)).doesNotContain("<script", "<link", "src=", "http://", "https://");
        assertThat(Pattern.compile("<script[^>]*>").matcher(html).results().map(m -> m.group()))
                .isNotEmpty()
                .noneMatch(tag -> tag.contains("src"));
    }

    @Test
    void escapesEveryNameAndValue() {
        Map<String, Object> config = Fixtures.config("x", HOSTILE);
        MetricAnalysis metric = Fixtures.metric(HOSTILE, Goal.MINIMIZE, List.of(Fixtures.group(config, 3, 1.0, 0.5)));
        FailedTrial failure = new FailedTrial(
                config,
                7,
                "FAILED",
                HOSTILE,
                "boom " + HOSTILE,
                "java.lang.IllegalStateException: " + HOSTILE + "\n\tat org.acme.Study.run(Study.java:42)");
        StudyAnalysis study = study(HOSTILE, List.of(metric), List.of(failure));

        String html = format.render(study, Fixtures.context("results.jsonl:3: " + HOSTILE));

        assertThat(markup(html)).doesNotContain("<script", "alert(1)</");
        assertThat(html).doesNotContain("alert(1)</");
        assertThat(html).contains("<h2>" + HOSTILE_ESCAPED + "</h2>");
        assertThat(html).contains("x=" + HOSTILE_ESCAPED);
        assertThat(html).contains("boom " + HOSTILE_ESCAPED);
        assertThat(html)
                .contains("<summary>stack trace</summary><pre class=\"message\">java.lang.IllegalStateException: "
                        + HOSTILE_ESCAPED + "\n\tat org.acme.Study.run(Study.java:42)</pre>");
        assertThat(html).contains("results.jsonl:3: " + HOSTILE_ESCAPED);
        assertThat(html).contains("<title>Cohort report</title>");
    }

    @Test
    void escapesReasonsInTooltips() {
        GroupSummary group = Fixtures.groupOf(
                "config", Map.of(), "n", 1, "mean", 1.0, "median", 1.0, "reasons", Map.of("sd", HOSTILE));
        StudyAnalysis study = study("e", List.of(Fixtures.metric("m", Goal.NONE, List.of(group))), List.of());

        String html = format.render(study, Fixtures.context());

        assertThat(html).contains("<span class=\"na\" title=\"" + HOSTILE_ESCAPED + "\">—<sup>1</sup></span>");
        assertThat(html).contains("<li value=\"1\">— " + HOSTILE_ESCAPED + "</li>");
    }

    @Test
    void highlightsTheSmallestMeanWhenMinimizing() {
        assertThat(bestRows(format.render(study("e", List.of(metric(Goal.MINIMIZE)), List.of()), Fixtures.context())))
                .containsExactly("x=low");
    }

    @Test
    void highlightsTheLargestMeanWhenMaximizing() {
        assertThat(bestRows(format.render(study("e", List.of(metric(Goal.MAXIMIZE)), List.of()), Fixtures.context())))
                .containsExactly("x=high");
    }

    @Test
    void highlightsNothingWithoutAGoal() {
        String html = format.render(study("e", List.of(metric(Goal.NONE)), List.of()), Fixtures.context());

        assertThat(bestRows(html)).isEmpty();
        assertThat(html).doesNotContain("class=\"badge\"");
    }

    @Test
    void showsEveryStatisticAndExplainsTheMissingOnes() {
        String html = format.render(Fixtures.study(), Fixtures.context());

        assertThat(html).contains("org.acme.StepSize#tracking", "final_error", "accuracy");
        assertThat(bestRows(html)).containsExactly("alpha=0.01, algorithm=IDBD", "alpha=0.1, algorithm=IDBD");
        assertThat(html).contains("0.50 ± 0.10", "[0.40, 0.60]");
        assertThat(html).contains("F(2, 87) = 12.50, p = 1.2e-5, η² = 0.2200, ω² = 0.2000");
        assertThat(html).contains("title=\"all groups have zero spread around their medians\"");
        assertThat(html).contains("title=\"fewer than two groups with variance\"");
        assertThat(html).contains("title=\"needs 3 to 5000 values, got 2\"");
        assertThat(html).contains("<td>alpha*algorithm</td>", "<td>Residuals</td>");
        assertThat(html).contains("Welch&#39;s t", "Mann-Whitney U", "Student&#39;s t");
        assertThat(html).contains("< 1e-16".replace("<", "&lt;"));
        assertThat(html).contains("<tr class=\"sig\">", "Holm p &lt; α = 0.05.");
        assertThat(html).contains("java.lang.IllegalStateException", "diverged", "<td class=\"num\">42</td>");
    }

    @Test
    void listsReadProblems() {
        String html = format.render(Fixtures.study(), Fixtures.context("run.jsonl:7: unexpected end of input"));

        assertThat(html).contains("Results that could not be read (1)", "run.jsonl:7: unexpected end of input");
    }

    @Test
    void saysSoWhenThereAreNoExperiments() {
        String html = format.render(new StudyAnalysis(List.of()), Fixtures.context());

        assertThat(html).contains("No experiments were found in the results.");
    }

    @Test
    void comparesTheBestConfigurationAtEachValueOfAParameter() {
        Map<String, Object> lmsSlow = Fixtures.config("algorithm", "LMS", "step", 0.01);
        Map<String, Object> lmsFast = Fixtures.config("algorithm", "LMS", "step", 0.1);
        Map<String, Object> idbdSlow = Fixtures.config("algorithm", "IDBD", "step", 0.01);
        Map<String, Object> idbdFast = Fixtures.config("algorithm", "IDBD", "step", 0.1);
        MetricAnalysis metric = Fixtures.metric(
                "final_error",
                Goal.MINIMIZE,
                List.of(
                        Fixtures.group(lmsSlow, 30, 4.2, 0.3),
                        Fixtures.group(lmsFast, 30, 3.6, 0.2),
                        Fixtures.group(idbdSlow, 30, 1.9, 0.1),
                        Fixtures.group(idbdFast, 30, 2.2, 0.1)),
                List.of(
                        Fixtures.comparison(lmsSlow, lmsFast, TestKind.WELCH_T, 0.01),
                        Fixtures.comparison(lmsFast, idbdSlow, TestKind.WELCH_T, 1e-20),
                        Fixtures.comparison(lmsFast, idbdFast, TestKind.WELCH_T, 1e-10)));
        StudyAnalysis study = new StudyAnalysis(List.of(
                new ExperimentAnalysis("e", List.of("algorithm", "step"), 120, 120, List.of(), List.of(metric))));

        String html = format.render(study, Fixtures.context());

        List<List<String>> algorithm = table(html, "best-per-level", 0);
        // the best of the bests against the runner-up, the other value's best against the best of the bests
        assertThat(algorithm)
                .containsExactly(
                        List.of(
                                "LMS",
                                "step=0.1",
                                "30",
                                "3.60",
                                "[3.50, 3.70]",
                                "algorithm=IDBD",
                                "Welch's t",
                                "< 1e-16"),
                        List.of(
                                "IDBD",
                                "step=0.01",
                                "30",
                                "1.90",
                                "[1.80, 2.00]",
                                "algorithm=LMS",
                                "Welch's t",
                                "< 1e-16"));
        assertThat(html).contains("<tr class=\"top\"><td>IDBD</td>");
        List<List<String>> step = table(html, "best-per-level", 1);
        assertThat(step)
                .extracting(row -> row.subList(0, 2))
                .containsExactly(List.of("0.01", "algorithm=IDBD"), List.of("0.1", "algorithm=IDBD"));
        // IDBD at 0.01 and 0.1 were not compared: no comparison, and the reason
        assertThat(step.get(1).subList(5, 6)).containsExactly("step=0.01");
        assertThat(html).contains("title=\"the analysis holds no comparison of the two configurations\"");
        assertThat(html).doesNotContain("Best per algorithm: ");
    }

    @Test
    void aValueOfAParameterWithoutResultsIsARowThatSaysWhy() {
        Map<String, Object> lms = Fixtures.config("algorithm", "LMS", "step", 0.1);
        Map<String, Object> idbd = Fixtures.config("algorithm", "IDBD", "step", 0.1);
        Map<String, Object> autostep = Fixtures.config("algorithm", "Autostep", "step", 0.1);
        Map<String, Object> slowLms = Fixtures.config("algorithm", "LMS", "step", 0.01);
        Map<String, Object> adam = Fixtures.config("algorithm", "Adam", "step", 0.1);
        String notRunYet = "no trial of this configuration has run (0 of 30 declared seeds)";
        MetricAnalysis metric = Fixtures.metric(
                "final_error",
                Goal.MINIMIZE,
                List.of(
                        Fixtures.group(lms, 30, 3.6, 0.2),
                        Fixtures.group(idbd, 30, 1.9, 0.1),
                        // a declared configuration without a trial is a group of n = 0, its mean undefined
                        Fixtures.groupOf("config", adam, "mean", Statistic.undefined(notRunYet))),
                List.of(Fixtures.comparison(lms, idbd, TestKind.WELCH_T, 1e-5)));
        ExperimentAnalysis experiment = new ExperimentAnalysis(
                "e",
                List.of("algorithm", "step"),
                62,
                60,
                List.of(
                        new FailedTrial(autostep, 1, "FAILED", "java.lang.IllegalStateException", "diverged", null),
                        new FailedTrial(autostep, 2, "FAILED", "java.lang.IllegalStateException", "diverged", null)),
                List.of(metric));
        experiment = experiment.withCoverage(experiment.coverage(), List.of(slowLms), List.of());

        String html = format.render(new StudyAnalysis(List.of(experiment)), Fixtures.context());

        assertThat(table(html, "best-per-level", 0))
                .containsExactly(
                        List.of(
                                "LMS",
                                "step=0.1",
                                "30",
                                "3.60",
                                "[3.50, 3.70]",
                                "algorithm=IDBD",
                                "Welch's t",
                                "2.0e-5"),
                        List.of(
                                "IDBD",
                                "step=0.1",
                                "30",
                                "1.90",
                                "[1.80, 2.00]",
                                "algorithm=LMS",
                                "Welch's t",
                                "2.0e-5"),
                        List.of("Adam", notRunYet),
                        List.of("Autostep", "no successful trial: 2 trials failed or aborted"));
        // step=0.01 was declared for LMS, which has not run it yet
        assertThat(table(html, "best-per-level", 1))
                .contains(List.of("0.01", "no successful trial: 1 declared configuration not run yet"));
    }

    /** The cells of the {@code index}-th table of {@code cssClass}, tags removed, entities decoded. */
    static List<List<String>> table(String html, String cssClass, int index) {
        Matcher tables = Pattern.compile("<table class=\"" + cssClass + "\">(.*?)</tbody>\n</table>", Pattern.DOTALL)
                .matcher(html);
        for (int i = 0; i < index; i++) {
            assertThat(tables.find()).as("table %d of class %s", i, cssClass).isTrue();
        }
        assertThat(tables.find()).as("table %d of class %s", index, cssClass).isTrue();
        String body = tables.group(1).substring(tables.group(1).indexOf("<tbody>"));
        return Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL)
                .matcher(body)
                .results()
                .map(row -> Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL)
                        .matcher(row.group(1))
                        .results()
                        .map(cell -> cell.group(1)
                                .replaceAll("<sup>.*?</sup>", "")
                                .replaceAll("<[^>]+>", "")
                                .replace("&lt;", "<")
                                .replace("&gt;", ">")
                                .replace("&#39;", "'")
                                .replace("&amp;", "&"))
                        .toList())
                .toList();
    }
}

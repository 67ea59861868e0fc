package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.SelectedConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of an experiment with {@code @Confirm}: the confirmation block before the tuning
 * analysis, its selection rule, the selected configurations' tuning and confirmed means with the
 * shrinkage, the chart's data, the comparisons among the selected only, and the degenerate stages (one
 * selected configuration, confirmation trials missing or not run at all).
 */
class HtmlConfirmationReportTest {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    /** The collapsed row under each pair of the comparisons table, with its own table. */
    private static final Pattern PAIR_DETAILS =
            Pattern.compile("<tr class=\"pair-details\">.*?</details></td></tr>\n", Pattern.DOTALL);

    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String render(StudyAnalysis study) {
        return new HtmlReportFormat().render(study, Fixtures.context());
    }

    @Test
    void theConfirmationComesFirstAndTheTuningIsLabelledExploratory() {
        String html = render(ConfirmationFixtures.study());
        String markup = HtmlReportFormatTest.markup(html);

        int confirmation = markup.indexOf("<h3 class=\"stage confirmation\">Confirmation on 30 fresh seeds</h3>");
        int selected = markup.indexOf("<table class=\"confirmation\">");
        int chart = markup.indexOf("final_error: tuning mean against confirmed mean");
        int comparisons = markup.indexOf("final_error: comparisons among the selected configurations");
        int tuning = markup.indexOf("<h3 class=\"stage exploratory\">Tuning (exploratory): the selection&#39;s seeds;"
                + " not a test of the winners</h3>");
        int tuningSummary = markup.indexOf("<h3>final_error</h3>");
        int anova = markup.indexOf("One-way ANOVA");
        assertThat(List.of(confirmation, selected, chart, comparisons, tuning, tuningSummary))
                .doesNotContain(-1)
                .isSorted();
        assertThat(anova).as("the tuning ANOVA after the exploratory heading").isGreaterThan(tuning);
        assertThat(markup.substring(confirmation, tuning))
                .contains("Selected: per algorithm, the configuration with the best mean of final_error (lower is"
                        + " better) over the 30 tuning seeds, a tie to the first in declared order; each selected"
                        + " configuration then ran on 30 fresh seeds, disjoint from the tuning seeds.")
                .contains("Confirmation trials: 60 of 60 declared (2 selected configurations x 30 seeds);"
                        + " successful: 60, failed or aborted: 0, missing: 0.")
                .doesNotContain("missing-banner", "Best per");
        assertThat(html.replaceAll("(?s)<script>.*?</script>", "")).doesNotContain("NaN");
    }

    @Test
    void theSelectedTableHoldsTheTuningAndConfirmedMeansAndTheirShrinkage() {
        ExperimentAnalysis experiment = ConfirmationFixtures.experiment(List.of("algorithm"), 30);
        ConfirmationAnalysis confirmation = experiment.confirmation();
        List<List<String>> rows = rows(render(new StudyAnalysis(List.of(experiment))), "confirmation");

        List<SelectedConfiguration> selected = confirmation.selection().selected();
        assertThat(rows).hasSameSizeAs(ConfirmationFixtures.ALGORITHMS);
        MetricAnalysis tuning = metric(experiment.metrics());
        MetricAnalysis confirmed = metric(confirmation.metrics());
        for (int i = 0; i < rows.size(); i++) {
            SelectedConfiguration s = selected.get(i);
            String algorithm = ConfirmationFixtures.ALGORITHMS.get(i);
            // the best of its algorithm by the tuning analysis's own means
            GroupSummary best = tuning.groups().stream()
                    .filter(g -> g.config().get("algorithm").equals(algorithm))
                    .min((a, b) -> Double.compare(a.mean().value(), b.mean().value()))
                    .orElseThrow();
            assertThat(s.config()).isEqualTo(best.config());
            assertThat(s.tuningMean()).isCloseTo(best.mean().value(), within(1e-12));
            GroupSummary fresh = group(confirmed, s.config());
            double mean = fresh.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow();
            double shrinkage = mean - s.tuningMean();
            IntervalDigits digits = IntervalDigits.of(fresh.ciLow(), fresh.ciHigh());
            assertThat(rows.get(i))
                    .containsExactly(
                            "algorithm=" + algorithm,
                            Labels.config(s.config()),
                            Numbers.readable(s.tuningMean()),
                            digits.text(mean),
                            "[" + digits.text(fresh.ciLow().value()) + ", "
                                    + digits.text(fresh.ciHigh().value()) + "]",
                            Numbers.signed(shrinkage),
                            Numbers.signed(100 * shrinkage / Math.abs(s.tuningMean())) + "%",
                            "30");
        }
        // the fixture's winners shrink, as winners of many near-equal configurations do
        assertThat(ConfirmedSelection.of(confirmation))
                .allSatisfy(row -> assertThat(row.shrinkage().value()).isPositive());
    }

    @Test
    void theShrinkageChartHoldsTheValuesOfEverySelectedConfiguration() throws Exception {
        ExperimentAnalysis experiment = ConfirmationFixtures.experiment(List.of("algorithm"), 30);
        JsonNode option = chartOption(render(new StudyAnalysis(List.of(experiment))), "shrinkage");
        List<ConfirmedSelection> rows = ConfirmedSelection.of(experiment.confirmation());

        List<String> labels = new ArrayList<>();
        option.get("yAxis").get("data").forEach(label -> labels.add(label.asText()));
        assertThat(labels).containsExactly("algorithm=LMS, stepSize=0.01", "algorithm=IDBD, stepSize=0.01");
        Map<String, JsonNode> series = new HashMap<>();
        option.get("series").forEach(s -> series.put(s.get("name").asText(), s.get("data")));
        assertThat(series)
                .containsOnlyKeys(
                        HtmlConfirmationSections.ShrinkageChart.TUNING,
                        HtmlConfirmationSections.ShrinkageChart.CONFIRMED,
                        HtmlConfirmationSections.ShrinkageChart.INTERVAL,
                        HtmlConfirmationSections.ShrinkageChart.SHRINKAGE);
        series.values().forEach(data -> assertThat(data).hasSize(rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            ConfirmedSelection row = rows.get(i);
            assertThat(row.label()).isEqualTo(labels.get(i));
            double tuning = row.selected().tuningMean();
            double confirmed = row.confirmedMean().value();
            assertThat(values(series.get(HtmlConfirmationSections.ShrinkageChart.TUNING)
                            .get(i)))
                    .containsExactly(tuning, (double) i);
            assertThat(values(series.get(HtmlConfirmationSections.ShrinkageChart.CONFIRMED)
                            .get(i)))
                    .containsExactly(confirmed, (double) i);
            assertThat(values(series.get(HtmlConfirmationSections.ShrinkageChart.INTERVAL)
                            .get(i)))
                    .containsExactly(
                            (double) i, row.ciLow().value(), row.ciHigh().value());
            assertThat(values(series.get(HtmlConfirmationSections.ShrinkageChart.SHRINKAGE)
                            .get(i)))
                    .containsExactly(tuning, (double) i, confirmed, (double) i, 2.0);
            assertThat(series.get(HtmlConfirmationSections.ShrinkageChart.TUNING)
                            .get(i)
                            .get("tip")
                            .asText())
                    .contains("shrinkage " + Numbers.signed(confirmed - tuning));
        }
    }

    @Test
    void theComparisonsAreAmongTheSelectedOnlyOneSmallFamily() {
        String markup = HtmlReportFormatTest.markup(render(ConfirmationFixtures.study()));
        String block = markup.substring(0, markup.indexOf("<h3 class=\"stage exploratory\">"));

        assertThat(block)
                .contains("Pairwise comparisons (1): all 1 pair of the 2 configurations; Holm and Bonferroni"
                        + " adjust over this family.");
        List<List<String>> comparisons = rows(block, "comparisons");
        assertThat(comparisons).hasSize(2); // final_error and time_s, one pair each
        assertThat(comparisons.get(0).subList(0, 2))
                .containsExactly("algorithm=LMS, stepSize=0.01", "algorithm=IDBD, stepSize=0.01");
        // Holm over a family of one leaves the p-value as it is: the Holm p of the row, the raw p of its details
        String details = block.substring(block.indexOf("<tr class=\"pair-details\">"));
        assertThat(comparisons.get(0).get(4)).isNotEmpty();
        assertThat(details)
                .contains("<th>p (chosen test, unadjusted)</th><td class=\"num\">"
                        + Html.escape(comparisons.get(0).get(4)) + "</td>");
        assertThat(markup.substring(markup.indexOf("<h3 class=\"stage exploratory\">")))
                .contains("Pairwise comparisons (45): all 45 pairs of the 10 configurations");
    }

    @Test
    void oneSelectedConfigurationHasNoComparisonAndSaysWhy() {
        StudyAnalysis study = ConfirmationFixtures.study(List.of(), 30);
        String markup = HtmlReportFormatTest.markup(render(study));
        String block = markup.substring(0, markup.indexOf("<h3 class=\"stage exploratory\">"));

        assertThat(block)
                .contains("Selected: of all configurations, the configuration with the best mean of final_error")
                .contains("<p class=\"stat no-comparison\">"
                        + Html.escape(ConfirmationStage.sentence(study.experiments()
                                .get(0)
                                .confirmation()
                                .reasons()
                                .get("comparisons")))
                        + "</p>")
                .doesNotContain("<table class=\"comparisons\">", "Pairwise comparisons (");
        List<List<String>> rows = rows(block, "confirmation");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).hasSize(7).first().isEqualTo("algorithm=IDBD, stepSize=0.01");
        assertThat(block).contains("<thead><tr><th>Configuration</th><th>Tuning mean</th>");
    }

    @Test
    void missingConfirmationTrialsAreBannered() {
        String markup = HtmlReportFormatTest.markup(render(ConfirmationFixtures.study(List.of("algorithm"), 12)));
        String note = "onfirmation stage: 24 of 60 declared trials have results; 36 missing.";

        int page = markup.indexOf("<strong>The study is incomplete: declared trials have no results.</strong>");
        int experiment = markup.indexOf("<div class=\"warnings missing-banner confirmation-banner\">");
        assertThat(page).isNotNegative().isLessThan(experiment);
        assertThat(markup.substring(page, experiment)).contains("StepSize#tracking</a>: c" + note);
        assertThat(markup.substring(experiment))
                .startsWith("<div class=\"warnings missing-banner confirmation-banner\">\n<p>C" + note);
        assertThat(rows(markup, "confirmation"))
                .allSatisfy(row -> assertThat(row).last().isEqualTo("12"));
    }

    @Test
    void withoutConfirmationTrialsTheTuningMeansStandAndTheRestSaysWhy() throws Exception {
        String html = render(ConfirmationFixtures.study(List.of("algorithm"), 0));
        String markup = HtmlReportFormatTest.markup(html);

        List<List<String>> rows = rows(markup, "confirmation");
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.get(2)).matches("\\d\\.\\d{3}");
            assertThat(row.subList(3, 7)).allSatisfy(cell -> assertThat(cell).startsWith(Html.MISSING));
        });
        assertThat(markup)
                .contains("title=\"no confirmation trial has run yet\"")
                .contains("<li value=\"1\">— no confirmation trial has run yet</li>");
        JsonNode option = chartOption(html, "shrinkage");
        Map<String, Integer> sizes = new HashMap<>();
        option.get("series")
                .forEach(s -> sizes.put(s.get("name").asText(), s.get("data").size()));
        assertThat(sizes)
                .containsEntry(HtmlConfirmationSections.ShrinkageChart.TUNING, 2)
                .containsEntry(HtmlConfirmationSections.ShrinkageChart.CONFIRMED, 0);
        assertThat(html.replaceAll("(?s)<script>.*?</script>", "")).doesNotContain("NaN");
    }

    @Test
    void theTuningHeadlineSaysItIsExploratoryAndTheBuildLogNamesMissingConfirmationTrials() {
        StudyAnalysis study = ConfirmationFixtures.study(List.of("algorithm"), 12);
        String markup = HtmlReportFormatTest.markup(render(study));

        assertThat(markup.substring(markup.indexOf("<h3 class=\"stage exploratory\">")))
                .contains("<strong>Best per algorithm (exploratory: on the seeds that chose it)</strong>");
        assertThat(StudyNotes.log(study, dev.cohort.analysis.StalePolicy.EXCLUDE))
                .containsExactly("StepSize#tracking: confirmation stage: 24 of 60 declared trials have results; 36"
                        + " missing.");
    }

    @Test
    void anExperimentWithoutConfirmationHasNoStageHeadings() {
        String markup = HtmlReportFormatTest.markup(render(Fixtures.study()));

        assertThat(markup.substring(markup.indexOf("<main>")))
                .doesNotContain("class=\"stage", "Confirmation on", "exploratory");
    }

    private static MetricAnalysis metric(List<MetricAnalysis> metrics) {
        return metrics.stream()
                .filter(m -> m.name().equals(ConfirmationFixtures.METRIC))
                .findFirst()
                .orElseThrow();
    }

    private static GroupSummary group(MetricAnalysis metric, Map<String, Object> config) {
        assertThat(metric.goal()).isEqualTo(Goal.MINIMIZE);
        return metric.groups().stream()
                .filter(g -> g.config().equals(config))
                .findFirst()
                .orElseThrow();
    }

    /** The body rows of every table of {@code cssClass}, each as its cells' text. */
    private static List<List<String>> rows(String html, String cssClass) {
        List<List<String>> rows = new ArrayList<>();
        Matcher table = Pattern.compile("<table class=\"" + cssClass + "\">(.*?)</tbody>\n</table>", Pattern.DOTALL)
                .matcher(html);
        while (table.find()) {
            String body = table.group(1).substring(table.group(1).indexOf("<tbody>"));
            body = PAIR_DETAILS.matcher(body).replaceAll("");
            Matcher row = ROW.matcher(body);
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(row.group(1));
                while (cell.find()) {
                    cells.add(TAG.matcher(cell.group(1))
                            .replaceAll("")
                            .replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&amp;", "&"));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The option of the page's chart of {@code kind}, parsed from its JSON script element. */
    static JsonNode chartOption(String html, String kind) throws Exception {
        Matcher m = Pattern.compile(
                        "<script type=\"application/json\" id=\"chart-" + kind + "-[^\"]+-option\">(.*?)</script>",
                        Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("a chart of kind " + kind).isTrue();
        return JSON.readTree(m.group(1));
    }

    private static List<Double> values(JsonNode item) {
        List<Double> values = new ArrayList<>();
        item.get("value").forEach(v -> values.add(v.asDouble()));
        return values;
    }
}

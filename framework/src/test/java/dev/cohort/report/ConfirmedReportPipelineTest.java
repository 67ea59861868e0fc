package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.results.ConfirmationSelection;
import dev.cohort.results.SelectedConfiguration;
import dev.cohort.results.TrialResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of a study with {@code @Confirm} from the real path: results written by the runtime, read and
 * analysed by the report pipeline; the HTML table and chart and the LaTeX table show the selection the
 * confirmation ran and the means of its stored trials.
 */
class ConfirmedReportPipelineTest {

    @TempDir
    Path temp;

    @Test
    void thePagesShowTheSelectionAndTheMeansOfTheStoredConfirmationTrials() throws Exception {
        Path results = temp.resolve("results");
        ConfirmationSelection selection = ConfirmedResults.write(results, 8);
        List<TrialResult> trials = ConfirmedResults.trials(results);

        new ReportPipeline().run(results, temp.resolve("report"));

        String html = Files.readString(temp.resolve("report/index.html"));
        String markup = HtmlReportFormatTest.markup(html);
        int exploratory = markup.indexOf("<h3 class=\"stage exploratory\">");
        assertThat(markup.indexOf("Confirmation on 8 fresh seeds"))
                .isNotNegative()
                .isLessThan(exploratory);
        JsonNode chart = HtmlConfirmationReportTest.chartOption(html, "shrinkage");
        JsonNode tuningPoints = series(chart, HtmlConfirmationSections.ShrinkageChart.TUNING);
        JsonNode confirmedPoints = series(chart, HtmlConfirmationSections.ShrinkageChart.CONFIRMED);
        String tex = Files.readString(temp.resolve("report/report.tex"));
        assertThat(selection.selected()).hasSize(2);
        for (int i = 0; i < selection.selected().size(); i++) {
            SelectedConfiguration selected = selection.selected().get(i);
            double[] values = trials.stream()
                    .filter(t -> t.isConfirmation() && t.config().equals(selected.config()))
                    .mapToDouble(t -> t.metrics().get("final_error"))
                    .toArray();
            double confirmed = Arrays.stream(values).average().orElseThrow();
            double halfWidth = TDistribution.of(values.length - 1).inverseCumulativeProbability(0.975)
                    * Math.sqrt(Arrays.stream(values)
                                    .map(v -> (v - confirmed) * (v - confirmed))
                                    .sum()
                            / (values.length - 1)
                            / values.length);
            IntervalDigits digits =
                    new IntervalDigits(Numbers.decimalsFor(confirmed - halfWidth, confirmed + halfWidth));
            String row = "<tr><td>" + Html.escape(Labels.config(selected.group())) + "</td><td>"
                    + Html.escape(selected.configId()) + "</td><td class=\"num\">"
                    + Numbers.readable(selected.tuningMean()) + "</td><td class=\"num\">"
                    + digits.text(confirmed) + "</td>";
            assertThat(markup.substring(0, exploratory)).contains(row);
            assertThat(tuningPoints.get(i).get("value").get(0).asDouble()).isEqualTo(selected.tuningMean());
            assertThat(confirmedPoints.get(i).get("value").get(0).asDouble())
                    .isCloseTo(confirmed, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(tex)
                    .containsPattern(Pattern.quote(Latex.escape(selected.configId())) + " & "
                            + Pattern.quote("$" + Numbers.latex(selected.tuningMean()) + "$ & $"
                                    + digits.latex(confirmed) + "$ & $["));
        }
        assertThat(markup.substring(exploratory)).contains("Pairwise comparisons (28): all 28 pairs of the 8");
        assertThat(markup.replaceAll("(?s)<script>.*?</script>", "")).doesNotContain("NaN");
        assertThat(tex).doesNotContain("NaN");
    }

    @Test
    void anUnfinishedConfirmationIsBanneredAtTheTopAndInTheBlock() throws Exception {
        Path results = temp.resolve("results");
        ConfirmedResults.write(results, 3);

        new ReportPipeline().run(results, temp.resolve("report"));

        String markup = HtmlReportFormatTest.markup(Files.readString(temp.resolve("report/index.html")));
        String note = "onfirmation stage: 6 of 16 declared trials have results; 10 missing.";
        assertThat(markup).contains("Tracking#run</a>: c" + note, "<p>C" + note);
        assertThat(Files.readString(temp.resolve("report/report.tex")))
                .contains("; confirmation stage: 6 of 16 declared trials have results; 10 missing");
    }

    private static JsonNode series(JsonNode option, String name) {
        for (JsonNode s : option.get("series")) {
            if (s.get("name").asText().equals(name)) {
                return s.get("data");
            }
        }
        throw new AssertionError("no series " + name + " in " + option);
    }
}

package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How the report shows a paired comparison: the paired test and its statistic in the comparisons table,
 * and the correlation of the paired values (what pairing bought) in the HTML, {@code comparisons.csv}
 * and {@code summary.json}; a configuration with seeds of its own is compared unpaired, with the
 * reason. R 4.2's values in the comments.
 */
class PairedComparisonReportTest {

    private static final double[] BASE = {10.2, 7.9, 12.4, 9.1, 11.7, 8.3, 10.9, 13.0, 9.6, 11.1};
    private static final double[] STEP = {0.4, 0.6, 0.3, 0.5, 0.7, 0.2, 0.6, 0.4, 0.5, 0.3};

    private final AnalysisOptions options = AnalysisOptions.defaults().withBootstrap(0, 1);

    /** k=1 and k=2 ran seeds 1..10 (k=2 is k=1 plus a small step); k=3 ran seeds 101..110. */
    private StudyAnalysis study() {
        List<TrialResult> trials = new ArrayList<>();
        for (int i = 0; i < BASE.length; i++) {
            trials.add(trial(1, i + 1, BASE[i]));
            trials.add(trial(2, i + 1, BASE[i] + STEP[i]));
            trials.add(trial(3, i + 101, BASE[BASE.length - 1 - i]));
        }
        return Analyzer.analyze(trials, options);
    }

    private static TrialResult trial(int k, long seed, double value) {
        return new TrialResult(
                "org.acme.Crn#run",
                Map.of("k", k),
                seed,
                (int) (seed % 100) - 1,
                TrialStatus.SUCCESSFUL,
                Map.of("score", value),
                1,
                null,
                Map.of("score", Goal.MAXIMIZE),
                null,
                null,
                k - 1,
                null);
    }

    /** The row of the comparisons table for {@code a} vs {@code b}, with the details row under it. */
    private static String tableRow(String html, String a, String b) {
        String table = html.substring(html.indexOf("<table class=\"comparisons\">"));
        table = table.substring(0, table.indexOf("</tbody>\n</table>"));
        Matcher row = Pattern.compile(
                        "<tr[^>]*><td>" + Pattern.quote(a) + "</td><td>" + Pattern.quote(b)
                                + "</td>.*?</tr>\n<tr class=\"pair-details\">.*?</details></td></tr>",
                        Pattern.DOTALL)
                .matcher(table);
        assertThat(row.find()).as("row %s vs %s", a, b).isTrue();
        return row.group();
    }

    @Test
    void theComparisonsTableShowsThePairedTestItsStatisticAndThePairedCorrelation() {
        String html = new HtmlReportFormat().render(study(), Fixtures.context(options));

        assertThat(html)
                .contains("<th>Test</th><th>Statistic</th><th>Holm p</th><th>Cohen&#39;s d</th>", "<th>Paired r</th>");
        // t.test(base, base + step, paired = TRUE)$statistic = -9, cor(base, base + step) = 0.99571
        assertThat(tableRow(html, "k=1", "k=2"))
                .contains(
                        "<td>paired t (10 paired seeds)</td>",
                        "<td class=\"num\">t = -9.000</td>",
                        "<th>Paired r</th><td class=\"num\">0.9957</td>");
        assertThat(tableRow(html, "k=1", "k=3"))
                .containsPattern("<td>(Student&#39;s t|Welch&#39;s t|Mann-Whitney U)</td>")
                .contains("title=\"the configurations did not run the same seeds\"");
        assertThat(html).contains("Paired r: Pearson&#39;s correlation of the two configurations&#39; values");
    }

    @Test
    void comparisonsCsvAndSummaryJsonCarryThePairedCorrelation() throws Exception {
        StudyAnalysis study = study();
        String[] lines = new ComparisonsCsvFormat()
                .render(study, Fixtures.context(options))
                .split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        String[] paired = lines[1].split(",");
        assertThat(paired[header.indexOf("a")] + " " + paired[header.indexOf("b")])
                .isEqualTo("k=1 k=2");
        assertThat(paired[header.indexOf("test")]).isEqualTo("PAIRED_T");
        assertThat(Double.parseDouble(paired[header.indexOf("pairedCorrelation")]))
                .isCloseTo(0.99571480404541346, within(1e-12));
        assertThat(lines[2].split(",")[header.indexOf("pairedCorrelation")]).isEmpty();

        JsonNode comparisons = new ObjectMapper()
                .readTree(new SummaryJsonFormat().render(study, Fixtures.context(options)))
                .at("/experiments/0/metrics/0/comparisons");
        assertThat(comparisons.get(0).get("test").asText()).isEqualTo("PAIRED_T");
        assertThat(comparisons.get(0).get("pairedCorrelation").asDouble())
                .isCloseTo(0.99571480404541346, within(1e-12));
        assertThat(comparisons.get(1).get("pairedCorrelation").isNull()).isTrue();
        assertThat(comparisons.get(1).at("/reasons/pairedCorrelation").asText())
                .isEqualTo("the configurations did not run the same seeds");
    }
}

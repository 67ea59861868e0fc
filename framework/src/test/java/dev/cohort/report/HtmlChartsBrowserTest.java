package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.analysis.StudyAnalysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The charts of studies that are hard to lay out ({@link ChartStudies}: 20 configurations as a 5 x 4 grid
 * and as a 20 x 1 sweep, a 10 x 10 grid, a categorical sweep) drawn in headless Chromium: every series
 * has the points of its configurations and no text label overlaps another. The screenshots are {@code
 * target/charts-20-configurations.png} (the 5 x 4 grid) and {@code target/charts-20x1-10x10-categories.png}.
 */
class HtmlChartsBrowserTest {

    @Test
    void everySeriesHasItsPointsAndNoLabelOverlapsAnother() throws Exception {
        ReportBrowserCheck.requireChromium();
        StudyAnalysis study = ChartStudies.study();
        // the 20-configuration grid alone, so that its screenshot shows the whole page
        ReportBrowserCheck.Rendered grid = render(
                ChartStudies.only(study, ChartStudies.GRID), "browser-charts-20", "charts-20-configurations.png");
        ReportBrowserCheck.assertNoOverlappingLabels(grid);
        ReportBrowserCheck.Rendered rendered = render(
                ChartStudies.only(study, ChartStudies.SWEEP, ChartStudies.SQUARE, ChartStudies.CATEGORIES),
                "browser-charts-layouts",
                "charts-20x1-10x10-categories.png");
        ReportBrowserCheck.assertNoOverlappingLabels(rendered);
        assertThat(ReportBrowserCheck.labelCounts(grid).values())
                .as("labels measured in every chart")
                .allSatisfy(count -> assertThat(count).isGreaterThan(3));
        // The 20-configuration grid: means (20 means, 20 intervals, 200 seed dots), 190 pairs in the heat map.
        Map<String, Object> means = chart(grid, HtmlCharts.id("means", ChartStudies.GRID, ChartStudies.ERROR));
        assertThat(counts(means)).containsExactly(200, 20, 20);
        Map<String, Object> pairs = chart(grid, HtmlCharts.id("pairs", ChartStudies.GRID, ChartStudies.ERROR));
        assertThat(counts(pairs).stream().mapToInt(Integer::intValue).sum()).isEqualTo(20 * 19 / 2);
        // one curve (and its band) per configuration, 21 steps each
        Map<String, Object> curve = chart(grid, HtmlCharts.id("curve", ChartStudies.GRID, ChartStudies.ACCURACY));
        assertThat(counts(curve)).hasSize(2 * 20).containsOnly(21);
        // the 10 x 10 grid compares the 99 others with the best
        assertThat(counts(chart(rendered, HtmlCharts.id("versus-best", ChartStudies.SQUARE, ChartStudies.ERROR))))
                .containsExactly(99);
        // the 20 x 1 sweep: 190 pairs, and the 20 means on one line against the parameter
        assertThat(counts(chart(rendered, HtmlCharts.id("pairs", ChartStudies.SWEEP, ChartStudies.ERROR))).stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(190);
        assertThat(counts(chart(
                        rendered,
                        HtmlCharts.id(
                                "sensitivity", ChartStudies.SWEEP, ChartStudies.ERROR, "regularisationStrength"))))
                .containsExactly(20, 20);
        // the categorical sweep: against algorithm, one dot series and one error-bar series per step size
        Map<String, Object> algorithms = rendered.perChart().stream()
                .filter(c -> ((String) c.get("id")).startsWith("chart-sensitivity-"))
                .filter(c -> ((List<?>) c.get("texts")).contains("Autostep"))
                .findFirst()
                .orElseThrow();
        assertThat(series(algorithms))
                .extracting(s -> s.get("type") + " " + s.get("count"))
                .containsExactly("scatter 3", "custom 3", "scatter 3", "custom 3");
    }

    private static ReportBrowserCheck.Rendered render(StudyAnalysis study, String directory, String screenshot)
            throws Exception {
        Path dir = Path.of("target", directory);
        Files.createDirectories(dir);
        Path index = dir.resolve("index.html");
        Files.writeString(
                index,
                new HtmlReportFormat().render(study, Fixtures.context(ChartStudies.OPTIONS)),
                StandardCharsets.UTF_8);
        return ReportBrowserCheck.check(index.toAbsolutePath(), Path.of("target", screenshot));
    }

    /** The chart with this id. */
    private static Map<String, Object> chart(ReportBrowserCheck.Rendered rendered, String id) {
        return rendered.perChart().stream()
                .filter(c -> c.get("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + id));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(Map<String, Object> chart) {
        return (List<Map<String, Object>>) chart.get("series");
    }

    private static List<Integer> counts(Map<String, Object> chart) {
        return series(chart).stream()
                .map(s -> ((Number) s.get("count")).intValue())
                .toList();
    }
}

package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Renders a study across tasks in headless Chromium: every across-task chart drawn, with data, no console problem. */
class TaskReportBrowserTest {

    @Test
    void everyAcrossTaskChartDrawsItsData() throws Exception {
        ReportBrowserCheck.requireChromium();
        Path dir = Path.of("target", "browser-task-report");
        Files.createDirectories(dir);
        Path index = dir.resolve("index.html");
        Files.writeString(
                index, new HtmlReportFormat().render(TaskFixtures.study(), Fixtures.context()), StandardCharsets.UTF_8);

        ReportBrowserCheck.Rendered rendered =
                ReportBrowserCheck.check(index.toAbsolutePath(), Path.of("target", "task-report-screenshot.png"));
        ReportBrowserCheck.assertNoOverlappingLabels(rendered);

        Map<String, Map<String, Object>> byKind = rendered.perChart().stream()
                .collect(Collectors.toMap(c -> kind((String) c.get("id")), c -> c, (x, y) -> x));
        assertThat(byKind).containsKeys("cd", "aggregates", "profiles", "improvement");
        // per chart: the configurations (CD diagram, 4 x 4 aggregate marks, profiles, 6 pairs)
        assertThat(values(byKind.get("cd"))).isGreaterThanOrEqualTo(4 + 4);
        assertThat(values(byKind.get("aggregates"))).isEqualTo(4 * 4 * 2);
        assertThat(values(byKind.get("profiles"))).isEqualTo(4 * 51 * 2);
        assertThat(values(byKind.get("improvement"))).isEqualTo(6 * 2);
        // every task's own means, box plot and pairwise heat map, drawn once its details open
        assertThat(rendered.perChart().stream()
                        .filter(c -> kind((String) c.get("id")).equals("means")))
                .hasSize(TaskFixtures.GAMES.size());
        String svgText = rendered.perChart().stream()
                .filter(c -> kind((String) c.get("id")).equals("cd"))
                .flatMap(c -> ((List<?>) c.get("texts")).stream())
                .map(String::valueOf)
                .collect(Collectors.joining("\n"));
        assertThat(svgText).contains("algorithm=Rainbow", "CD = ", "mean rank (1 = best)");
        assertThat(rendered.text())
                .contains("Friedman", "Iman-Davenport", "game = Pong")
                .doesNotContain("NaN");
    }

    private static String kind(String id) {
        return id.split("-")[1];
    }

    private static int values(Map<String, Object> chart) {
        return ((Number) chart.get("values")).intValue();
    }
}

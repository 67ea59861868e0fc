package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.report.ReportBrowserCheck;
import dev.cohort.testing.RReference;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every across-task reference case (the shared ones and the degenerate ones: one task, ties, a
 * configuration missing on a task, unequal seeds without a goal) through the real pipeline with {@code
 * -Dcohort.task=task}, its {@code index.html} opened in headless Chromium: no console error or warning,
 * every chart drawn with data (those of each task's collapsed section once opened), every across-task
 * chart the analysis has data for present, no NaN on the page. A screenshot of each page is kept in
 * {@code target/task-report-<case>.png}.
 */
class TaskReportRenderingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException, URISyntaxException {
        return TaskCases.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theReportOfATaskStudyRendersEveryChart(Path file) throws Exception {
        ReportBrowserCheck.requireChromium();
        JsonNode reference = RReference.read(file);
        String name = reference.get("name").asText();
        Path dir = Path.of("target", "task-reports", name);
        Path results = dir.resolve("results");
        TaskCases.writeTrialLines(reference, results.resolve("tasks.jsonl"));
        ReportOutcome outcome = new ReportPipeline(TaskCases.options(reference)).run(results, dir.resolve("report"));

        assertThat(outcome.problems()).isEmpty();
        ReportBrowserCheck.Rendered rendered = ReportBrowserCheck.check(
                outcome.index().toAbsolutePath(), Path.of("target", "task-report-" + name + ".png"));
        List<String> kinds = rendered.perChart().stream()
                .map(c -> ((String) c.get("id")).split("-")[1])
                .distinct()
                .toList();
        JsonNode aggregate = JSON.readTree(dir.resolve("report/summary.json").toFile())
                .get("experiments")
                .get(0)
                .get("metrics")
                .get(0)
                .get("tasks")
                .get("aggregate");
        assertThat(kinds).contains("aggregates", "profiles");
        if (aggregate.get("configs").findValues("meanRank").stream().anyMatch(JsonNode::isNumber)) {
            assertThat(kinds).contains("cd");
        }
        if (!aggregate.get("pairs").isEmpty()) {
            assertThat(kinds).contains("improvement");
        }
        assertThat(rendered.text()).contains("Each task on its own").doesNotContain("NaN");
        String csv = Files.readString(dir.resolve("report/aggregate.csv"));
        assertThat(csv.lines().count()).isEqualTo(1 + aggregate.get("configs").size());
        Map<String, Long> rows = Files.readAllLines(dir.resolve("report/tasks.csv")).stream()
                .skip(1)
                .collect(Collectors.groupingBy(line -> line.split(",")[4], Collectors.counting()));
        assertThat(rows).hasSize(reference.get("tasks").size());
    }
}

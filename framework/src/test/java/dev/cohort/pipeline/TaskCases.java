package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.results.TaskDeclaration;
import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The across-task reference cases computed by R (the shared {@code stats-reference/tasks} and the
 * degenerate {@code stats-reference-tasks}: one task, ties, a configuration missing on a task, unequal
 * seeds without a goal), as the report tests feed them through the pipeline.
 */
final class TaskCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskCases() {}

    /** Every case file, sorted by name within its directory. */
    static Stream<Path> files() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("/stats-reference/tasks", "/stats-reference-tasks")) {
            var url = TaskCases.class.getResource(dir);
            if (url != null) {
                try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                    list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        return files.stream();
    }

    /** The options of {@code cohort:report -Dcohort.task=NAME} for the case, with a small bootstrap. */
    static AnalysisOptions options(JsonNode reference) {
        return AnalysisOptions.defaults()
                .withTask(TaskDeclaration.minMax(reference.get("task").asText()), 500);
    }

    /** The case's trials as the JSON lines a run writes (SPEC section 4). */
    static void writeTrialLines(JsonNode reference, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String metric = reference.get("metric").asText();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (JsonNode t : reference.get("trials")) {
                ObjectNode line = JSON.createObjectNode();
                line.put("experiment", reference.get("name").asText());
                line.set("config", t.get("config"));
                line.set("seed", t.get("seed"));
                line.set("seedIndex", t.get("seedIndex"));
                line.put("status", "SUCCESSFUL");
                ObjectNode metrics = line.putObject("metrics");
                if (t.get("value").isNull()) {
                    metrics.putNull(metric);
                } else {
                    metrics.set(metric, t.get("value"));
                }
                line.putObject("goals").put(metric, reference.get("goal").asText());
                line.put("durationMs", 1.0);
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
        }
    }
}

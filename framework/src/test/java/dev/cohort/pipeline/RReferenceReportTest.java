package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.results.TrialResult;
import dev.cohort.results.store.JsonLinesResultWriter;
import dev.cohort.testing.RReference;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference case computed by R, through the user's path: the case's values written as trial
 * lines by the real {@link JsonLinesResultWriter}, the real {@link ReportPipeline} run on the results
 * directory, and {@code summary.json} read back; every field of the case's {@code expected} block must
 * match (relative tolerance 1e-9, absolute 1e-12 near zero), with nulls exactly where R has them.
 */
class RReferenceReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    static Stream<Path> cases() throws IOException, URISyntaxException {
        return RReference.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void summaryJsonMatchesR(Path file) throws IOException {
        JsonNode reference = RReference.read(file);
        Path results = temp.resolve("results");
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("trials.jsonl"))) {
            for (TrialResult trial : RReference.trials(reference)) {
                writer.append(trial);
            }
        }

        ReportOutcome outcome = new ReportPipeline().run(results, temp.resolve("report"));

        assertThat(outcome.problems()).isEmpty();
        JsonNode summary = JSON.readTree(temp.resolve("report/summary.json").toFile());
        JsonNode experiments = summary.get("experiments");
        assertThat(experiments).hasSize(1);
        assertThat(experiments.get(0).get("id").asText()).isEqualTo(RReference.experimentId(reference));
        JsonNode metrics = experiments.get(0).get("metrics");
        assertThat(metrics).hasSize(1);
        assertThat(metrics.get(0).get("name").asText())
                .isEqualTo(reference.get("metric").asText());
        assertThat(RReference.mismatches(reference, metrics.get(0)))
                .as("fields of summary.json for %s that differ from R", file.getFileName())
                .isEmpty();
    }
}

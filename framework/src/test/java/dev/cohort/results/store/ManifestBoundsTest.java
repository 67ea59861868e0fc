package dev.cohort.results.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.MetricBounds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code @Metric(min, max)} ranges in the manifest: written as plain JSON, read back, absent from old manifests. */
class ManifestBoundsTest {

    @TempDir
    Path results;

    private static ExperimentManifest manifest(Map<String, MetricBounds> bounds) {
        return new ExperimentManifest(
                "org.acme.E#run",
                "",
                "org.acme.E",
                "run",
                Map.of("k", List.of(1, 2)),
                List.of(Map.of("k", 1), Map.of("k", 2)),
                List.of(1L),
                Map.of("accuracy", Goal.MAXIMIZE),
                List.of(),
                "2026-01-01T00:00:00Z",
                null,
                null,
                null,
                bounds);
    }

    @Test
    void rangesWithAnInfiniteEndAreWrittenAsPlainJsonAndReadBack() throws Exception {
        Map<String, MetricBounds> bounds = new LinkedHashMap<>();
        bounds.put("accuracy", new MetricBounds(0, 100));
        bounds.put("error", new MetricBounds(0, Double.POSITIVE_INFINITY));
        bounds.put("log_likelihood", new MetricBounds(Double.NEGATIVE_INFINITY, 0));
        Path file = ManifestStore.write(results, manifest(bounds));

        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(json).get("bounds"))
                .isEqualTo(new ObjectMapper()
                        .readTree("{\"accuracy\": {\"min\": 0.0, \"max\": 100.0}, \"error\": {\"min\": 0.0},"
                                + " \"log_likelihood\": {\"max\": 0.0}}"));
        assertThat(json).doesNotContain("Infinity");
        var read = ManifestStore.read(results);
        assertThat(read.problems()).isEmpty();
        assertThat(read.manifests().get(0).bounds()).containsExactlyEntriesOf(bounds);
    }

    @Test
    void aManifestWrittenBeforeBoundsWereRecordedReadsWithoutBounds() throws Exception {
        Path file = ManifestStore.write(results, manifest(Map.of()));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("bounds");

        var read = ManifestStore.read(results);
        assertThat(read.problems()).isEmpty();
        assertThat(read.manifests().get(0).bounds()).isEmpty();
    }

    @Test
    void aRangeWhoseMinIsNotBelowItsMaxIsAReadProblemOfItsFile() throws Exception {
        Path file = ManifestStore.write(results, manifest(Map.of("accuracy", new MetricBounds(0, 100))));
        Files.writeString(
                file,
                Files.readString(file, StandardCharsets.UTF_8).replace("\"max\" : 100.0", "\"max\" : -1.0"),
                StandardCharsets.UTF_8);

        var read = ManifestStore.read(results);
        assertThat(read.manifests()).isEmpty();
        assertThat(read.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .contains(file.getFileName().toString(), "min 0.0 must be less than max -1.0"));
    }
}

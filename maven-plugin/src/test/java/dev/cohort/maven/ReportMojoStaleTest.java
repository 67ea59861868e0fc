package dev.cohort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.store.ManifestStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report goal measures the results against the latest declaration and says what it left out. */
class ReportMojoStaleTest {

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();
    private ReportMojo mojo;
    private Path results;

    @BeforeEach
    void aRunOfTwoConfigurationsOfWhichOneIsStillDeclared() throws Exception {
        Path build = temp.resolve("target");
        results = build.resolve("cohort/results");
        mojo = new ReportMojo();
        mojo.setLog(log);
        mojo.projectFile = temp.resolve("pom.xml").toFile();
        mojo.buildDirectory = build.toFile();
        mojo.results = results.toFile();
        mojo.reports = build.resolve("cohort/report").toFile();
        mojo.pipeline = ReportPipeline::new;
        List<String> lines = new ArrayList<>();
        for (int x = 0; x <= 1; x++) {
            for (int seed = 0; seed < 4; seed++) {
                lines.add("{\"experiment\":\"org.acme.E#run\",\"config\":{\"x\":" + x + "},\"seed\":" + seed
                        + ",\"seedIndex\":" + seed + ",\"status\":\"SUCCESSFUL\",\"metrics\":{\"m\":"
                        + (x + seed * 0.1) + "},\"durationMs\":1.0}");
            }
        }
        Files.createDirectories(results);
        Files.writeString(results.resolve("trials.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        ManifestStore.write(
                results,
                new ExperimentManifest(
                        "org.acme.E#run",
                        "",
                        "org.acme.E",
                        "run",
                        Map.of("x", List.of(0, 2)),
                        List.of(Map.of("x", 0), Map.of("x", 2)),
                        List.of(0L, 1L, 2L, 3L),
                        Map.of(),
                        List.of(),
                        "2026-01-01T00:00:00Z",
                        null,
                        null));
    }

    @Test
    void warnsOfTheStaleTrialsLeftOutAndOfTheMissingOnes() throws Exception {
        mojo.execute();

        assertThat(log.at("WARN"))
                .containsExactly(
                        "4 trials of 1 configuration that E#run no longer declares were left out: x=1.",
                        "E#run: 4 of 8 declared trials have results; 4 missing; 1 configuration has no result: x=2.");
        String json = Files.readString(temp.resolve("target/cohort/report/summary.json"));
        assertThat(json).contains("\"stale\" : 4").contains("\"missing\" : 4");
    }

    @Test
    void keepsTheStaleTrialsWhenAsked() throws Exception {
        mojo.stale = "include";

        mojo.execute();

        assertThat(log.at("WARN"))
                .first()
                .isEqualTo("4 trials of 1 configuration that E#run no longer declares were kept"
                        + " (cohort.stale=include): x=1.");
    }

    @Test
    void rejectsAnUnknownStalePolicyListingTheAllowedOnes() {
        mojo.stale = "drop";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Invalid value 'drop' of the Cohort report parameter 'stale' (property cohort.stale);"
                        + " allowed: EXCLUDE, INCLUDE.");
    }
}

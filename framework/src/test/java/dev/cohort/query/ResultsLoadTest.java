package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.results.Expectation;
import dev.cohort.results.store.JsonLinesResultWriter;
import dev.cohort.results.store.ManifestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsLoadTest {

    @Test
    void loadsTrialsAndDeclarationsButNotDeclarationsAsTrials(@TempDir Path directory) throws Exception {
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(directory.resolve("run-1.jsonl"))) {
            Studies.trials(3, 0.1, 1, 2, 3, 4).forEach(writer::append);
        }
        Expectation expectation = new Expectation(Studies.ID, "final_error", "algorithm=IDBD", "algorithm=LMS", 0.01);
        Path manifest = ManifestStore.write(directory, Studies.manifest(3, expectation));
        ManifestStore.write(directory, Studies.manifest(3, expectation));

        Results results = Results.load(directory);

        assertThat(manifest.getParent().getFileName()).hasToString("experiments");
        assertThat(manifest.getFileName().toString()).matches("[0-9a-f]{16}\\.json");
        assertThat(Files.list(manifest.getParent())).hasSize(1);
        assertThat(results.problems()).isEmpty();
        assertThat(results.trials()).hasSize(12);
        assertThat(results.manifests()).singleElement().satisfies(m -> {
            assertThat(m.expectations()).containsExactly(expectation);
            assertThat(m.expectedTrials()).isEqualTo(12);
            assertThat(m.configurations().get(0)).containsEntry("stepSize", 0.01);
        });
        assertThat(results.resolveExperiment("StepSizeExperiments#tracking")).isEqualTo(Studies.ID);
    }

    @Test
    void aMissingDirectoryIsNamed(@TempDir Path directory) {
        assertThatThrownBy(() -> Results.load(directory.resolve("nope")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }
}

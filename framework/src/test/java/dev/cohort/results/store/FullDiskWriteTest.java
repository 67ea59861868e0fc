package dev.cohort.results.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullDiskWriteTest {

    @TempDir
    Path dir;

    private static TrialResult trial(long seed) {
        return new TrialResult(
                "x#y",
                Map.of("lr", 1),
                seed,
                (int) seed,
                TrialStatus.SUCCESSFUL,
                Map.of("score", 1.0),
                1.0,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private FullDiskChannel channel(Path file) throws IOException {
        return new FullDiskChannel(
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    @Test
    void aFailedWriteIsTruncatedBackToTheLastWholeLineAndTheNextLineIsWhole() throws IOException {
        Path file = dir.resolve("run.jsonl");
        FullDiskChannel disk = channel(file);
        try (JsonLinesResultWriter writer = new JsonLinesResultWriter(file, disk)) {
            writer.append(trial(1));
            long whole = Files.size(file);
            disk.fill(25);

            assertThatThrownBy(() -> writer.append(trial(2)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("No space left on device")
                    .hasMessageContaining("truncated back to its last whole line");
            assertThat(Files.size(file)).isEqualTo(whole);

            disk.free();
            writer.append(trial(3));
        }

        LoadedResults loaded = JsonLinesResultReader.read(dir);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.trials()).extracting(TrialResult::seed).containsExactly(1L, 3L);
    }

    @Test
    void whenTruncatingFailsTooTheNextLineStartsOnALineOfItsOwn() throws IOException {
        Path file = dir.resolve("run.jsonl");
        FullDiskChannel disk = channel(file);
        try (JsonLinesResultWriter writer = new JsonLinesResultWriter(file, disk)) {
            writer.append(trial(1));
            disk.fill(25);
            disk.failTruncating(true);

            assertThatThrownBy(() -> writer.append(trial(2)))
                    .hasMessageContaining("could not be truncated")
                    .hasMessageContaining("Input/output error");

            disk.free();
            writer.append(trial(3));
        }

        LoadedResults loaded = JsonLinesResultReader.read(dir);
        assertThat(loaded.trials()).extracting(TrialResult::seed).containsExactly(1L, 3L);
        assertThat(loaded.problems()).extracting(ReadProblem::line).containsExactly(2);
    }
}

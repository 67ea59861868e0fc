package dev.cohort.results.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Goal;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.TrialError;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesResultStoreTest {

    @TempDir
    Path dir;

    private static TrialResult trial(long seed, double alpha, String algorithm, double error) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("alpha", alpha);
        config.put("algorithm", algorithm);
        return new TrialResult(
                "org.acme.StepSizeExperiments#tracking",
                config,
                seed,
                (int) seed % 100,
                TrialStatus.SUCCESSFUL,
                Map.of("final_error", error),
                812.4,
                null,
                Map.of("final_error", Goal.MINIMIZE),
                null,
                "2026-11-26T18:00:00Z",
                algorithm.length(),
                null);
    }

    @Test
    void writesTheSpecifiedLineFormat() throws IOException {
        Path file = dir.resolve("run.jsonl");
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(file)) {
            writer.append(trial(130479, 0.01, "IDBD", 0.0123));
        }

        String line = Files.readString(file);
        assertThat(line)
                .startsWith("{\"experiment\":\"org.acme.StepSizeExperiments#tracking\","
                        + "\"config\":{\"alpha\":0.01,\"algorithm\":\"IDBD\"},"
                        + "\"seed\":130479,\"seedIndex\":79,\"status\":\"SUCCESSFUL\","
                        + "\"metrics\":{\"final_error\":0.0123},\"durationMs\":812.4")
                .endsWith("}\n")
                .doesNotContain("\"error\"");
    }

    @Test
    void readsBackWhatItWroteKeepingJsonTypesAndOrder() throws IOException {
        TrialResult failed = new TrialResult(
                "x#y",
                Map.of("k", 3),
                7,
                0,
                TrialStatus.FAILED,
                Map.of(),
                1.5,
                TrialError.of(new IllegalStateException("diverged")),
                Map.of(),
                null,
                null,
                null,
                null);
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(dir.resolve("a/run.jsonl"))) {
            writer.append(trial(1, 0.1, "LMS", 0.5));
            writer.append(failed);
        }

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.trials()).hasSize(2);
        TrialResult first = loaded.trials().get(0);
        assertThat(first).isEqualTo(trial(1, 0.1, "LMS", 0.5));
        assertThat(first.config().keySet()).containsExactly("alpha", "algorithm");
        assertThat(first.configId()).isEqualTo("alpha=0.1, algorithm=LMS");
        TrialResult second = loaded.trials().get(1);
        assertThat(second.config()).containsEntry("k", 3);
        assertThat(second.error().type()).isEqualTo("java.lang.IllegalStateException");
        assertThat(second.error().message()).isEqualTo("diverged");
        assertThat(second.error().stackTrace()).contains("JsonLinesResultStoreTest");
    }

    @Test
    void appendsAndNeverOverwrites() throws IOException {
        Path file = dir.resolve("run.jsonl");
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(file)) {
            writer.append(trial(1, 0.1, "LMS", 0.5));
        }
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(file)) {
            writer.append(trial(2, 0.1, "LMS", 0.6));
        }

        assertThat(JsonLinesResultReader.read(dir).trials())
                .extracting(TrialResult::seed)
                .containsExactly(1L, 2L);
    }

    @Test
    void parallelAppendsNeverInterleave() throws Exception {
        Path file = dir.resolve("run.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(file)) {
            IntStream.range(0, 2_000)
                    .forEach(i -> pool.execute(() -> writer.append(trial(i, 0.1, "A".repeat(i % 50), i))));
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        LoadedResults loaded = JsonLinesResultReader.read(dir);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.trials()).extracting(TrialResult::seed).hasSize(2_000).doesNotHaveDuplicates();
    }

    @Test
    void reportsMalformedAndTruncatedLinesWithFileAndLineAndKeepsTheRest() throws IOException {
        Path file = dir.resolve("run.jsonl");
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(file)) {
            writer.append(trial(1, 0.1, "LMS", 0.5));
        }
        Files.writeString(file, "not json\n", StandardOpenOption.APPEND);
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(file)) {
            writer.append(trial(2, 0.1, "LMS", 0.6));
        }
        Files.writeString(file, "{\"experiment\":\"x#y\",\"conf", StandardOpenOption.APPEND);

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.trials()).extracting(TrialResult::seed).containsExactly(1L, 2L);
        assertThat(loaded.problems()).hasSize(2);
        assertThat(loaded.problems().get(0).file()).isEqualTo(file);
        assertThat(loaded.problems().get(0).line()).isEqualTo(2);
        assertThat(loaded.problems().get(1).line()).isEqualTo(4);
        assertThat(loaded.problems().get(1).toString()).startsWith(file + ":4: ");
    }

    @Test
    void ignoresFieldsItDoesNotKnowAndFilesThatAreNotJsonLines() throws IOException {
        Files.writeString(
                dir.resolve("future.jsonl"),
                "{\"experiment\":\"x#y\",\"config\":{},\"seed\":5,\"seedIndex\":0,\"status\":\"ABORTED\","
                        + "\"metrics\":{},\"durationMs\":0,\"host\":\"node7\",\"codeVersion\":{\"git\":\"abc\"}}\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not results");

        List<TrialResult> trials = JsonLinesResultReader.read(dir).trials();

        assertThat(trials).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(TrialStatus.ABORTED);
            assertThat(t.configId()).isEmpty();
        });
    }

    @Test
    void aMissingDirectoryIsAClearError() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> JsonLinesResultReader.read(missing)).hasMessageContaining(missing.toString());
    }
}

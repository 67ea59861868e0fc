package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.results.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stopping logic of a failed results store, without a file system: who reports it, who skips, what is counted. */
class StoreFailureTest {

    private static StoreException noSpace(String file) {
        return new StoreException(
                "cannot store the result in", Path.of(file), new IOException("No space left on device"), null);
    }

    @Test
    void theFirstFailureWinsAndTheTrialThatMetItReportsIt() {
        StoreFailure failure = new StoreFailure();
        assertThat(failure.skipReason()).isEmpty();
        assertThat(failure.claim())
                .as("nothing to report while the store works")
                .isFalse();

        StoreException first = noSpace("results/run-1.jsonl");
        assertThat(failure.failed(first, true)).isSameAs(first);
        assertThat(failure.failed(noSpace("results/run-1.started"), true)).isSameAs(first);

        assertThat(failure.first()).containsSame(first);
        assertThat(failure.claim()).as("reported by the trial that met it").isFalse();
        assertThat(failure.skipReason())
                .contains("the results store failed: cannot store the result in results/run-1.jsonl:"
                        + " No space left on device");
    }

    @Test
    void aFailureNoTrialMetIsReportedByExactlyOneTrialThenTheOthersSkip() {
        StoreFailure failure = new StoreFailure();
        failure.failed(noSpace("results/experiments/a.json"), false);

        assertThat(failure.skipReason())
                .as("the first trial to start runs into it")
                .isEmpty();
        assertThat(failure.claim()).isTrue();
        assertThat(failure.claim()).isFalse();
        assertThat(failure.skipReason())
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("the results store failed: cannot store the result in results/experiments/a.json"));
    }

    @Test
    void theFinalLineCountsWhatWasAndWasNotStored() {
        StoreFailure failure = new StoreFailure();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress(200, new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> 0L, failure);
        for (int i = 0; i < 74; i++) {
            progress.trialEnded(false);
        }
        assertThat(progress.finalLine()).startsWith("[cohort] done: 74/200 trials, 0 failed");

        failure.failed(noSpace("target/cohort/results/run-1.jsonl\u001b[2K"), true);
        failure.resultLost();

        assertThat(progress.finalLine())
                .isEqualTo("[cohort] done: 74 of 200 trials stored; 1 not stored and 125 not run: the results store"
                        + " failed: cannot store the result in target/cohort/results/run-1.jsonl: No space left on"
                        + " device");
        progress.trialEnded(true);
        assertThat(progress.finalLine()).startsWith("[cohort] done: 75 of 200 trials stored (1 of them failed);");
    }
}

package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cohort.results.TrialStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal of trial starts: a start withdrawn after its result could not be stored is no crash. */
class StartJournalTest {

    @TempDir
    Path results;

    @Test
    void aWithdrawnStartIsOverwrittenInPlaceAndReadersPassItOver() throws IOException {
        String tricky = "org.acme.E#run \"started\":\"2025";
        Path file = results.resolve("run-1" + StartJournal.EXTENSION);
        long size;
        try (StartJournal journal = StartJournal.open(file)) {
            journal.started(tricky, TrialStage.TUNING, "a=1", 1);
            journal.started("e", TrialStage.TUNING, "a=2", 2);
            journal.started("e", TrialStage.TUNING, "a=3", 3);
            size = Files.size(file);
            journal.answered("e", "a=2", 2);

            journal.withdraw(tricky, "a=1", 1);
            journal.withdraw("e", "a=2", 2);
            journal.withdraw("e", "a=9", 9);
        }

        assertThat(StartJournal.read(results))
                .extracting(StartJournal.Start::configId)
                .as("the withdrawn start is gone; an answered one is not withdrawn")
                .containsExactly("a=2", "a=3");
        assertThat(Files.size(file))
                .as("no byte is added: a full disk allows it")
                .isEqualTo(size);
        String text = Files.readString(file);
        assertThat(text).contains("org.acme.E#run \\\"started\\\":\\\"2025").containsOnlyOnce("\"stopped\"");
    }

    @Test
    void eachStartIsOneJsonLineOfExperimentConfigurationSeedAndStartThenTheStageWhenNotTuning() throws IOException {
        Path file = results.resolve("run-2" + StartJournal.EXTENSION);
        Instant first;
        Instant second;
        try (StartJournal journal = StartJournal.open(file)) {
            first = journal.started("org.acme.E#run", TrialStage.TUNING, "name=\"a\\b\"\n\u0001", -7);
            second = journal.started("org.acme.E#run", TrialStage.CONFIRMATION, "é=1", 3);
        }

        assertThat(Files.readString(file))
                .isEqualTo(
                        "{\"experiment\":\"org.acme.E#run\",\"configId\":\"name=\\\"a\\\\b\\\"\\n\\u0001\",\"seed\":-7,"
                                + "\"started\":\"" + first + "\"}\n"
                                + "{\"experiment\":\"org.acme.E#run\",\"configId\":\"é=1\",\"seed\":3,\"started\":\""
                                + second + "\",\"stage\":\"confirmation\"}\n");
        assertThat(StartJournal.read(results))
                .extracting(StartJournal.Start::configId, StartJournal.Start::seed, StartJournal.Start::stage)
                .containsExactly(
                        tuple("name=\"a\\b\"\n\u0001", -7L, TrialStage.TUNING),
                        tuple("é=1", 3L, TrialStage.CONFIRMATION));
    }
}

package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cohort.engine.fixtures.InFlightExperiments;
import dev.cohort.engine.fixtures.ManyTrialsExperiments;
import dev.cohort.results.TrialResult;
import dev.cohort.results.store.StoreException;
import dev.cohort.runtime.CompletedTrials;
import dev.cohort.runtime.StartJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * The first failure to store stops the run, with failures a real file system gives without mounting
 * anything: a file where the curves directory belongs, and a results directory below a regular file.
 */
class StoreStopTest {

    @TempDir
    Path results;

    @Test
    void theFirstFailureToStoreFailsItsTrialFailsTheTrialsInFlightAndSkipsTheRest() throws IOException {
        Path blocker = results.resolve("curves");
        Files.writeString(blocker, "a file where the curves directory belongs");
        InFlightExperiments.reset();

        EngineExecutionResults execution = EngineRuns.engine(results)
                .selectors(selectClass(InFlightExperiments.class))
                .execute();

        List<Throwable> failures = failures(execution);
        assertThat(failures).hasSize(2);
        assertThat(failures)
                .filteredOn(StoreException.class::isInstance)
                .singleElement()
                .satisfies(met -> assertThat(met.getMessage())
                        .startsWith("cannot store the curves of the trial in " + blocker)
                        .contains("Not a directory"));
        assertThat(failures)
                .filteredOn(StoreFailedException.class::isInstance)
                .singleElement()
                .satisfies(inFlight -> assertThat(inFlight.getMessage())
                        .startsWith("the result of this trial is not stored: the results store failed: cannot store"
                                + " the curves of the trial in " + blocker));
        List<String> skipped = skipReasons(execution);
        assertThat(skipped)
                .hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(
                        reason -> assertThat(reason).startsWith("the results store failed: cannot store the curves"));

        List<TrialResult> stored = EngineRuns.trials(results);
        long succeeded = execution.testEvents().succeeded().count();
        assertThat(stored).hasSize((int) succeeded).allMatch(TrialResult::isSuccessful);
        assertThat(succeeded
                        + failures.size()
                        + skipped.size()
                        + execution.testEvents().aborted().count())
                .isEqualTo(12);
        assertThat(CompletedTrials.read(results).inFlightCount())
                .as("the trials not stored are withdrawn from the journal, so no later run takes them for crashes")
                .isZero();
        assertThat(StartJournal.read(results)).hasSize((int) succeeded);
    }

    @Test
    void aResultsDirectoryThatCannotBeCreatedFailsTheFirstTrialNamingItAndRunsNone() throws IOException {
        Path file = results.resolve("not-a-directory");
        Files.writeString(file, "x");
        Path below = file.resolve("results");

        EngineExecutionResults execution = EngineRuns.engine(below)
                .selectors(selectClass(ManyTrialsExperiments.class))
                .execute();

        assertThat(failures(execution))
                .singleElement()
                .satisfies(first -> assertThat(first)
                        .isInstanceOf(StoreFailedException.class)
                        .hasMessageStartingWith(
                                "the run stops before this trial: the results store failed: cannot record"
                                        + " the declaration of many in " + below)
                        .hasMessageContaining("Not a directory"));
        assertThat(execution.testEvents().succeeded().count()).isZero();
        assertThat(skipReasons(execution).size()
                        + execution.testEvents().aborted().count())
                .isEqualTo(199);
        assertThat(skipReasons(execution))
                .allSatisfy(reason -> assertThat(reason)
                        .startsWith("the results store failed: cannot record the declaration of many in " + below));
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    static List<Throwable> failures(EngineExecutionResults execution) {
        return execution.testEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class)
                        .flatMap(TestExecutionResult::getThrowable)
                        .orElseThrow())
                .toList();
    }

    static List<String> skipReasons(EngineExecutionResults execution) {
        return execution.testEvents().skipped().stream()
                .map(Event::getPayload)
                .map(p -> p.map(String::valueOf))
                .map(Optional::orElseThrow)
                .toList();
    }
}

package dev.cohort.engine;

import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.Shard;
import dev.cohort.results.store.ManifestStore;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.RunRecorder;
import dev.cohort.runtime.TrialOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The results of one engine execution: opens the run's {@link RunRecorder} when the first trial starts (so
 * an execution without trials leaves no empty file), named after the execution's shard when the study is
 * split, and closes it when the execution ends. The run's journal of trial starts opens with it, at
 * the first trial start. Thread-safe.
 */
final class RunStore implements AutoCloseable {

    private final Path resultsDirectory;
    private final Shard shard;
    private RunRecorder recorder;
    private boolean closed;

    RunStore(Path resultsDirectory, Shard shard) {
        this.resultsDirectory = resultsDirectory;
        this.shard = shard;
    }

    /** Records an experiment's declaration next to the results, replacing an earlier one. */
    void declare(ExperimentManifest manifest) {
        try {
            ManifestStore.write(resultsDirectory, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot record the declaration of " + manifest.experiment() + " in " + resultsDirectory, e);
        }
    }

    /** Journals that the trial starts now, before its method is invoked ({@link RunRecorder#started}). */
    void started(ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        recorder().started(experiment, configuration, seedIndex);
    }

    /** Stores one trial. */
    void record(TrialOutcome outcome) {
        recorder().record(outcome);
    }

    private synchronized RunRecorder recorder() {
        if (closed) {
            throw new IllegalStateException("The run's results file is already closed");
        }
        if (recorder == null) {
            try {
                recorder = RunRecorder.open(resultsDirectory, shard);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a results file in " + resultsDirectory, e);
            }
        }
        return recorder;
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (recorder != null) {
            recorder.close();
        }
    }
}

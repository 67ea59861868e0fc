package dev.cohort.engine;

import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.Shard;
import dev.cohort.results.store.ManifestStore;
import dev.cohort.results.store.StoreException;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.RunRecorder;
import dev.cohort.runtime.TrialOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * The results of one engine execution: opens the run's {@link RunRecorder} when the first trial starts (so
 * an execution without trials leaves no empty file), named after the execution's shard when the study is
 * split, and closes it when the execution ends. The run's journal of trial starts opens with it, at
 * the first trial start.
 *
 * <p>The first failure to write (the results file, the journal, a curve file or a declaration) stops the
 * run ({@link StoreFailure}): nothing more is written, the trial that met it fails naming the file and
 * the cause, trials in flight fail as not stored, and the trials not yet started are skipped. The
 * journaled starts of the trials not stored are withdrawn, so the next run does not record them as
 * crashed. Thread-safe.
 */
final class RunStore implements AutoCloseable {

    private final Path resultsDirectory;
    private final Shard shard;
    private final StoreFailure failure = new StoreFailure();
    private RunRecorder recorder;
    private boolean closed;

    RunStore(Path resultsDirectory, Shard shard) {
        this.resultsDirectory = resultsDirectory;
        this.shard = shard;
    }

    /** The store's first failure and what it cost. */
    StoreFailure failure() {
        return failure;
    }

    /**
     * Records an experiment's declaration next to the results, replacing an earlier one; when it cannot be
     * written, the store has failed and the first trial to start reports it.
     */
    void declare(ExperimentManifest manifest) {
        if (failure.first().isPresent()) {
            return;
        }
        try {
            ManifestStore.write(resultsDirectory, manifest);
        } catch (IOException e) {
            failure.failed(
                    new StoreException(
                            "cannot record the declaration of " + manifest.experiment() + " in",
                            ManifestStore.file(resultsDirectory, manifest.experiment()),
                            e,
                            null),
                    false);
        }
    }

    /**
     * Stores the result of a trial an earlier run lost (a crash found in its journal); when it cannot be
     * written, the store has failed and the first trial to start reports it.
     *
     * @return whether it was stored
     */
    boolean recordCrash(TrialOutcome crash) {
        if (failure.first().isPresent()) {
            return false;
        }
        try {
            recorder().record(crash);
            return true;
        } catch (StoreException e) {
            failure.failed(e, false);
            return false;
        }
    }

    /**
     * Journals that the trial starts now, before its method is invoked ({@link RunRecorder#started}).
     *
     * @throws StoreException when the results file or the journal cannot be written: the trial fails
     * @throws StoreFailedException when the store failed before any trial ran: this trial reports it
     * @throws TestAbortedException when the store failed after the trial was found not to be skipped
     */
    void started(ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        Optional<StoreException> earlier = failure.first();
        if (earlier.isPresent()) {
            if (failure.claim()) {
                throw new StoreFailedException("the run stops before this trial", earlier.get());
            }
            throw new TestAbortedException(
                    StoreFailure.STORE_FAILED + earlier.get().getMessage());
        }
        try {
            recorder().started(experiment, configuration, seedIndex);
        } catch (StoreException e) {
            failure.failed(e, true);
            throw e;
        }
    }

    /**
     * Stores one trial, unless the store has failed.
     *
     * @throws StoreException when it cannot be written, naming the file and the cause
     * @throws StoreFailedException when the store failed while the trial ran
     */
    void record(TrialOutcome outcome) {
        Optional<StoreException> earlier = failure.first();
        RuntimeException lost = null;
        if (earlier.isPresent()) {
            lost = new StoreFailedException("the result of this trial is not stored", earlier.get());
        } else {
            try {
                recorder().record(outcome);
            } catch (StoreException e) {
                failure.failed(e, true);
                lost = e;
            }
        }
        if (lost != null) {
            failure.resultLost();
            withdraw(outcome, lost);
            if (outcome.failure() != null) {
                lost.addSuppressed(outcome.failure());
            }
            throw lost;
        }
    }

    /** Withdraws the journaled start of a trial not stored, so the next run does not take it for a crash. */
    private void withdraw(TrialOutcome outcome, RuntimeException lost) {
        RunRecorder opened;
        synchronized (this) {
            opened = recorder;
        }
        if (opened == null) {
            return;
        }
        try {
            opened.notStored(outcome);
        } catch (StoreException e) {
            lost.addSuppressed(e);
        }
    }

    private synchronized RunRecorder recorder() {
        if (closed) {
            throw new IllegalStateException("The run's results file is already closed");
        }
        if (recorder == null) {
            try {
                recorder = RunRecorder.open(resultsDirectory, shard);
            } catch (IOException e) {
                throw new StoreException("cannot create the results file in", resultsDirectory, e, null);
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

package dev.cohort.engine;

import dev.cohort.results.store.StoreException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The first failure of a run's results store, which stops the run, and what it cost. Once the store
 * failed (a full disk, a read-only directory), nothing more is written: the trial that met the failure
 * fails with it, trials in flight end {@linkplain #notStored() not stored}, and every trial not yet
 * started is skipped with {@link #skipReason()}. A failure met before any trial ran (recording the
 * declarations or earlier crashes) is reported by the first trial to start ({@link #claim()}), which
 * fails with it, so the run fails visibly in Surefire's reports. Thread-safe.
 */
final class StoreFailure {

    /** How the reason for skipping and the summary line introduce the failure. */
    static final String STORE_FAILED = "the results store failed: ";

    private final AtomicReference<StoreException> first = new AtomicReference<>();
    private final AtomicBoolean reported = new AtomicBoolean();
    private final AtomicInteger notStored = new AtomicInteger();

    /**
     * Remembers {@code failure} unless the store failed before.
     *
     * @param byTrial whether a trial fails with it (else the first trial to start reports it)
     * @return the first failure: {@code failure} or an earlier one
     */
    StoreException failed(StoreException failure, boolean byTrial) {
        if (first.compareAndSet(null, failure)) {
            reported.set(byTrial);
            return failure;
        }
        return first.get();
    }

    /** The first failure, or empty while the store works. */
    Optional<StoreException> first() {
        return Optional.ofNullable(first.get());
    }

    /**
     * Why a trial about to start is skipped: {@value #STORE_FAILED} and the failure once a trial reported
     * it; empty while the store works, and while the failure waits for a trial to report it.
     */
    Optional<String> skipReason() {
        StoreException failure = first.get();
        if (failure == null || !reported.get()) {
            return Optional.empty();
        }
        return Optional.of(STORE_FAILED + failure.getMessage());
    }

    /** Whether the calling trial is the one to report a failure that no trial met: true once. */
    boolean claim() {
        return first.get() != null && reported.compareAndSet(false, true);
    }

    /** Counts a trial that ran but whose result was not stored. */
    void resultLost() {
        notStored.incrementAndGet();
    }

    /** How many trials ran but their results were not stored. */
    int notStored() {
        return notStored.get();
    }
}

package dev.cohort.engine;

import dev.cohort.results.store.StoreException;

/**
 * Fails a trial because the run's results store failed earlier, while the trial ran (its result is not
 * stored) or before any trial ran (the first trial to start reports it). The cause is the store's first
 * failure, naming the file and the operating system's reason.
 */
final class StoreFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreFailedException(String what, StoreException first) {
        super(what + ": " + StoreFailure.STORE_FAILED + first.getMessage(), first);
    }
}

package dev.cohort.analysis;

import dev.cohort.results.TrialResult;
import java.util.Map;

/**
 * A trial that did not succeed, as the report lists it.
 *
 * @param config the configuration
 * @param seed the seed
 * @param status {@code FAILED} or {@code ABORTED}
 * @param errorType the exception's class name, or {@code null}
 * @param message the exception's message, or {@code null}
 * @param stackTrace where it happened, as printed by the JVM, or {@code null}
 */
public record FailedTrial(
        Map<String, Object> config, long seed, String status, String errorType, String message, String stackTrace) {

    /** A failed trial whose stack trace is unknown. */
    public FailedTrial(Map<String, Object> config, long seed, String status, String errorType, String message) {
        this(config, seed, status, errorType, message, null);
    }

    /** The failure of {@code trial}, a trial that did not succeed, with its recorded error if any. */
    static FailedTrial of(TrialResult trial) {
        return new FailedTrial(
                trial.config(),
                trial.seed(),
                trial.status() == null ? "UNKNOWN" : trial.status().name(),
                trial.error() == null ? null : trial.error().type(),
                trial.error() == null ? null : trial.error().message(),
                trial.error() == null ? null : trial.error().stackTrace());
    }
}

package dev.cohort.analysis;

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
}

package dev.cohort.runtime;

import java.time.Duration;

/**
 * Why a trial failed when it ran longer than its limit ({@code @Experiment(timeout)} or {@code
 * cohort.trial.timeout}). The trial's thread was interrupted and abandoned; its stack trace is where
 * that thread was at the moment the limit passed, so the report shows where the trial hung.
 */
public final class TrialTimeoutException extends RuntimeException {

    private final Duration limit;
    private final transient Thread thread;

    /**
     * A timeout of {@code limit}, declared by {@code source}.
     *
     * @param trial the trial, for example {@code tracking[alpha=0.01] seed #3 (130479)}
     * @param limit the limit that passed
     * @param source where the limit comes from, for example {@code @Experiment(timeout = "2s")}
     * @param stackTrace where the trial's thread was when the limit passed
     */
    public TrialTimeoutException(String trial, Duration limit, String source, StackTraceElement[] stackTrace) {
        this(trial, limit, source, stackTrace, null);
    }

    /**
     * A timeout of {@code limit}, declared by {@code source}, of the trial that runs on {@code thread}.
     *
     * @param trial the trial, for example {@code tracking[alpha=0.01] seed #3 (130479)}
     * @param limit the limit that passed
     * @param source where the limit comes from, for example {@code @Experiment(timeout = "2s")}
     * @param stackTrace where the trial's thread was when the limit passed
     * @param thread the interrupted and abandoned thread of the trial, or {@code null}
     */
    public TrialTimeoutException(
            String trial, Duration limit, String source, StackTraceElement[] stackTrace, Thread thread) {
        super("Trial " + trial + " ran longer than its timeout of " + TrialTimeout.describe(limit) + " (" + source
                + "); it was interrupted and abandoned, and its metrics and curves discarded. The stack trace"
                + " shows where it was running when the limit passed.");
        this.limit = limit;
        this.thread = thread;
        setStackTrace(stackTrace);
    }

    /**
     * Whether the abandoned trial's thread still runs: it ignored its interrupt and keeps a core busy until
     * it returns or the JVM ends.
     */
    public boolean stillRunning() {
        return thread != null && thread.isAlive();
    }

    /** The limit that passed. */
    public Duration limit() {
        return limit;
    }
}

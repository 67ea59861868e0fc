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
        this(
                "Trial " + trial + " ran longer than its timeout of " + TrialTimeout.describe(limit) + " (" + source
                        + "); it was interrupted and abandoned, and its metrics and curves discarded. The stack trace"
                        + " shows where it was running when the limit passed.",
                limit,
                stackTrace,
                thread);
    }

    private TrialTimeoutException(String message, Duration limit, StackTraceElement[] stackTrace, Thread thread) {
        super(message);
        this.limit = limit;
        this.thread = thread;
        setStackTrace(stackTrace);
    }

    /**
     * The timeout of a trial that ran in a worker JVM ({@code cohort.isolation=process}), which was killed
     * and replaced, so nothing of the trial runs on.
     *
     * @param trial the trial, for example {@code tracking[alpha=0.01] seed #3 (130479)}
     * @param limit the limit that passed
     * @param source where the limit comes from, for example {@code @Experiment(timeout = "2s")}
     * @param stackTrace where the trial was when the limit passed, empty when the worker did not say
     */
    public static TrialTimeoutException workerKilled(
            String trial, Duration limit, String source, StackTraceElement[] stackTrace) {
        return new TrialTimeoutException(
                "Trial " + trial + " ran longer than its timeout of " + TrialTimeout.describe(limit) + " (" + source
                        + "): the worker was killed and replaced, and the trial's metrics and curves discarded. "
                        + (stackTrace.length == 0
                                ? "The worker did not answer its interrupt, so where the trial was is unknown."
                                : "The stack trace shows where it was running when the limit passed."),
                limit,
                stackTrace,
                null);
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

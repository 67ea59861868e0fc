package dev.cohort.results;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Which of two results of one trial (experiment, configuration and seed) is its latest: the rule every
 * reader of a results directory shares, the analysis as much as the engine resuming a run.
 */
public final class LatestResult {

    private LatestResult() {}

    /**
     * Whether {@code later}, met after {@code earlier} in the results, replaces it as the result of the
     * same trial: unless it provably started before it (both have a parseable {@code startedAt}).
     */
    public static boolean supersedes(TrialResult later, TrialResult earlier) {
        return supersedes(startOf(later), startOf(earlier));
    }

    /**
     * Whether a result that started at {@code later}, met after one that started at {@code earlier}, replaces
     * it: {@link #supersedes(TrialResult, TrialResult)} on their start times ({@code null} when unknown).
     */
    public static boolean supersedes(Instant later, Instant earlier) {
        return later == null || earlier == null || !later.isBefore(earlier);
    }

    /** When the trial started, or {@code null} when its {@code startedAt} is missing or not an ISO-8601 instant. */
    public static Instant startOf(TrialResult trial) {
        return startOf(trial.startedAt());
    }

    /** The instant {@code text} writes, or {@code null} when it is missing or not an ISO-8601 instant. */
    public static Instant startOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

package dev.cohort;

/** How the scores of a {@link Task} are normalised before they are aggregated across tasks. */
public enum Normalization {
    /** {@code (x - min) / (max - min)} over all trials of the task, whatever their configuration. */
    MIN_MAX,
    /** {@code (x - low) / (high - low)} with the {@link TaskReference} the user declares for the task. */
    REFERENCE,
    /** The scores as recorded. */
    NONE
}

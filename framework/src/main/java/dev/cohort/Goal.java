package dev.cohort;

/** Which direction of a metric is better. */
public enum Goal {
    /** Larger values are better (accuracy, return). */
    MAXIMIZE,
    /** Smaller values are better (error, loss, time). */
    MINIMIZE,
    /** Neither direction is better: configurations are compared without naming a winner. */
    NONE
}

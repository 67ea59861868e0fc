package dev.cohort.results;

/** How a trial ended. */
public enum TrialStatus {
    /** The experiment method returned normally; its metrics count in the analysis. */
    SUCCESSFUL,
    /** The experiment method threw; the trial carries the {@link TrialError}. */
    FAILED,
    /** The trial was stopped before it completed (an assumption failed or the run was cancelled). */
    ABORTED
}

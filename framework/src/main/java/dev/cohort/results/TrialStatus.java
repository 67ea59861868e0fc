package dev.cohort.results;

/** How a trial ended. */
public enum TrialStatus {
    /** The experiment method returned normally; its metrics count in the analysis. */
    SUCCESSFUL,
    /** The experiment method threw; the trial carries the {@link TrialError}. */
    FAILED,
    /** The trial was stopped before it completed (an assumption failed or the run was cancelled). */
    ABORTED,
    /**
     * The JVM ended while the trial ran ({@code System.exit}, a kill, a crash): its start was journaled
     * and no result followed. Written by the next run that reads the stored trials; counts as failed.
     */
    CRASHED
}

package dev.cohort;

/**
 * How an {@link Expect} of an experiment with a {@link Task} is judged across tasks.
 */
public enum Across {
    /**
     * {@link #IQM} for an experiment with a task; for one without, the comparison of the experiment's
     * configurations as described on {@link Expect}.
     */
    AUTO,
    /**
     * Holds when the stratified-bootstrap 95% interval of the difference of interquartile means of
     * normalised scores (better minus than) lies wholly on the better side of zero, by the metric's goal.
     */
    IQM,
    /**
     * Holds when {@code better} is significantly better than {@code than} (within-task Holm-adjusted p
     * below alpha) on at least {@link Expect#minTasks()} tasks.
     */
    WINS
}

package dev.cohort.analysis;

import java.util.Objects;

/**
 * The analysis of one metric over one task's trials: the configurations named without the task parameter.
 * {@code summary.json} writes it as the metric block with a {@code task} field.
 *
 * @param task the task (the task parameter's value)
 * @param analysis the complete analysis of the task's trials
 */
public record TaskMetric(Object task, MetricAnalysis analysis) {

    /** Both parts are present. */
    public TaskMetric {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(analysis, "analysis");
    }
}

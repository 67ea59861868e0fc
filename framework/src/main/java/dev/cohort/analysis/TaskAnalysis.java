package dev.cohort.analysis;

import dev.cohort.Normalization;
import java.util.List;
import java.util.Objects;

/**
 * The analysis of one metric of an experiment with a task parameter ({@code summary.json}'s {@code tasks},
 * SPEC section 5): the configurations of the other parameters compared within each task, and aggregated
 * across tasks.
 *
 * @param parameter the task parameter's name
 * @param tasks the tasks, in declared order (the parameter's values as they appear in configurations)
 * @param normalization how scores were normalised per task before they were aggregated
 * @param perTask the analysis of each task's trials alone, in the order of {@code tasks}
 * @param aggregate the comparison across tasks
 */
public record TaskAnalysis(
        String parameter,
        List<Object> tasks,
        Normalization normalization,
        List<TaskMetric> perTask,
        TaskAggregate aggregate) {

    /** Copies the lists; every part is present. */
    public TaskAnalysis {
        Objects.requireNonNull(parameter, "parameter");
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(normalization, "normalization");
        perTask = List.copyOf(perTask);
        Objects.requireNonNull(aggregate, "aggregate");
    }
}

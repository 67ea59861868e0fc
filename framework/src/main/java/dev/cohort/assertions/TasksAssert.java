package dev.cohort.assertions;

import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.query.TaskView;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one metric of an experiment with a task parameter, across its tasks; {@link
 * #configuration(String)} narrows to one configuration of the other parameters.
 */
public final class TasksAssert extends AbstractAssert<TasksAssert, TaskAnalysis> {

    private final TaskView view;

    TasksAssert(TaskView view) {
        super(view.tasks(), TasksAssert.class);
        this.view = view;
    }

    /**
     * Narrows to the configuration {@code selector} stands for across tasks: the only configuration of
     * the non-task parameters matching it, or the best of several by the interquartile mean of normalised
     * scores. Fails when none matches or the selector names the task parameter.
     */
    public TaskConfigurationAssert configuration(String selector) {
        try {
            return new TaskConfigurationAssert(view, selector, view.select(selector));
        } catch (IllegalArgumentException e) {
            throw failure(e.getMessage());
        }
    }
}

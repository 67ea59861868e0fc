package dev.cohort.assertions;

import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.query.MetricView;
import dev.cohort.query.TaskView;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one metric of one experiment; {@link #config(String)} narrows to one configuration,
 * {@link #acrossTasks()} to the comparison across the tasks of an experiment with a task parameter.
 */
public final class MetricAssert extends AbstractAssert<MetricAssert, MetricAnalysis> {

    private final MetricView view;

    MetricAssert(MetricView view) {
        super(view.metric(), MetricAssert.class);
        this.view = view;
    }

    /**
     * Narrows to the configuration {@code selector} stands for: the only configuration matching it, or
     * the best of several by the metric's goal. Fails when none matches, or several match a metric
     * without a goal.
     */
    public ConfigurationAssert config(String selector) {
        try {
            return new ConfigurationAssert(view, selector, view.select(selector));
        } catch (IllegalArgumentException e) {
            throw failure(e.getMessage());
        }
    }

    /**
     * Narrows to the comparison of configurations across tasks (of the parameters other than the task).
     * Fails when the experiment has no task parameter.
     */
    public TasksAssert acrossTasks() {
        try {
            return new TasksAssert(TaskView.of(view));
        } catch (IllegalArgumentException e) {
            throw failure(e.getMessage());
        }
    }
}

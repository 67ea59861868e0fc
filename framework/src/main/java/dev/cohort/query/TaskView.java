package dev.cohort.query;

import dev.cohort.Goal;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.results.ConfigId;
import dev.cohort.results.ConfigSelector;
import java.util.List;

/**
 * One metric of an experiment with a task parameter, across its tasks: which configurations of the
 * other parameters a selector matches, which of them is best by the interquartile mean of normalised
 * scores, and how two of them compare across the tasks ({@link Significance#acrossTasks}).
 */
public final class TaskView {

    private final MetricView metric;
    private final TaskAnalysis tasks;

    private TaskView(MetricView metric, TaskAnalysis tasks) {
        this.metric = metric;
        this.tasks = tasks;
    }

    /**
     * The tasks of {@code metric}.
     *
     * @throws IllegalArgumentException when the experiment has no task parameter
     */
    public static TaskView of(MetricView metric) {
        TaskAnalysis tasks = metric.metric().tasks();
        if (tasks == null) {
            throw new IllegalArgumentException(
                    "Experiment " + metric.experiment().id()
                            + " has no task parameter, so it cannot be compared across tasks; declare @Task on the"
                            + " swept parameter whose values are tasks");
        }
        return new TaskView(metric, tasks);
    }

    /** The metric. */
    public MetricView metric() {
        return metric;
    }

    /** The analysis within and across the tasks. */
    public TaskAnalysis tasks() {
        return tasks;
    }

    /** The metric's declared direction. */
    public Goal goal() {
        return metric.goal();
    }

    /**
     * The configurations (without the task parameter) {@code selector} matches, in configuration order.
     *
     * @throws IllegalArgumentException when the selector names the task parameter
     */
    public List<AggregateScores> matching(String selector) {
        ConfigSelector parsed = ConfigSelector.parse(selector);
        if (parsed.values().containsKey(tasks.parameter())) {
            throw new IllegalArgumentException("\"" + selector + "\" names the task parameter " + tasks.parameter()
                    + "; across tasks, select configurations of the other parameters");
        }
        return tasks.aggregate().configs().stream()
                .filter(c -> parsed.matches(c.config()))
                .toList();
    }

    /**
     * The configuration {@code selector} stands for across tasks: the only match, or the best of several
     * by the interquartile mean of normalised scores in the metric's goal (configurations without one are
     * skipped).
     *
     * @throws IllegalArgumentException when nothing matches, the selector names the task parameter, or
     *     several match and none has an IQM or the metric has no goal
     */
    public AggregateScores select(String selector) {
        List<AggregateScores> matches = matching(selector);
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("\"" + selector + "\" matches no configuration of "
                    + metric.experiment().id() + " across tasks; configurations: "
                    + tasks.aggregate().configs().stream()
                            .map(c -> ConfigId.of(c.config()))
                            .toList());
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (!goal().hasDirection()) {
            throw new IllegalArgumentException("\"" + selector + "\" matches " + matches.size()
                    + " configurations and metric " + metric.metric().name()
                    + " has no goal to pick the best of them by IQM: "
                    + matches.stream().map(c -> ConfigId.of(c.config())).toList());
        }
        return goal().best(
                        matches.stream().filter(c -> c.iqm().isDefined()).toList(),
                        c -> c.iqm().value())
                .orElseThrow(() -> new IllegalArgumentException("No configuration matching \"" + selector
                        + "\" has an IQM of normalised " + metric.metric().name() + ": "
                        + matches.get(0).iqm().reason()));
    }

    /** How {@code a} compares with {@code b} across the tasks in the metric's goal at {@code alpha}. */
    public Significance.AcrossTasks significance(AggregateScores a, AggregateScores b, double alpha) {
        return Significance.acrossTasks(tasks, a, b, goal(), alpha);
    }
}

package dev.cohort.assertions;

import dev.cohort.Across;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.Significance;
import dev.cohort.query.Describe;
import dev.cohort.query.TaskView;
import dev.cohort.results.ConfigId;
import dev.cohort.results.Expectation;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one configuration across the tasks of an experiment, judged as {@code @Expect(across =
 * ...)} and {@code cohort:check} judge it ({@link Significance.AcrossTasks}):
 *
 * <pre>{@code
 * tasks.configuration("algorithm=Rainbow").isBetterThan("algorithm=DQN");              // by IQM
 * tasks.configuration("algorithm=Rainbow").onAtLeast(5).tasks().isBetterThan("algorithm=DQN");
 * tasks.configuration("algorithm=Rainbow").onMostTasks().isBetterThan("algorithm=DQN");
 * }</pre>
 *
 * <p>By default the rule is {@link Across#IQM}: the stratified-bootstrap interval of the difference of
 * interquartile means of normalised scores lies on the better side of zero. Failure messages show both
 * IQMs with their intervals and the difference's, or the tasks won, lost and tied.
 */
public final class TaskConfigurationAssert extends AbstractAssert<TaskConfigurationAssert, AggregateScores> {

    private final TaskView view;
    private final String selector;
    private final Across rule;
    private final int minTasks;
    private final double alpha;

    TaskConfigurationAssert(TaskView view, String selector, AggregateScores actual) {
        this(view, selector, actual, Across.IQM, 0, Expectation.DEFAULT_ALPHA);
    }

    private TaskConfigurationAssert(
            TaskView view, String selector, AggregateScores actual, Across rule, int minTasks, double alpha) {
        super(actual, TaskConfigurationAssert.class);
        this.view = view;
        this.selector = selector;
        this.rule = rule;
        this.minTasks = minTasks;
        this.alpha = alpha;
    }

    /** Judges by the interquartile mean of normalised scores ({@link Across#IQM}, the default). */
    public TaskConfigurationAssert byIqm() {
        return new TaskConfigurationAssert(view, selector, actual, Across.IQM, 0, alpha);
    }

    /** Judges by the tasks won: significantly better on more than half of them ({@link Across#WINS}). */
    public TaskConfigurationAssert onMostTasks() {
        return new TaskConfigurationAssert(view, selector, actual, Across.WINS, 0, alpha);
    }

    /** Judges by the tasks won: significantly better on at least {@code count} of them; then {@code .tasks()}. */
    public TaskCount onAtLeast(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("onAtLeast(count): count must be positive, was " + count);
        }
        return new TaskCount(count);
    }

    /** The significance level of the within-task comparisons behind the tasks won (default 0.05). */
    public TaskConfigurationAssert withAlpha(double newAlpha) {
        if (!(newAlpha > 0 && newAlpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + newAlpha);
        }
        return new TaskConfigurationAssert(view, selector, actual, rule, minTasks, newAlpha);
    }

    /**
     * Expects this configuration to be better than {@code other}'s configuration across the tasks, by the
     * chosen rule in the metric's goal.
     */
    public TaskConfigurationAssert isBetterThan(String other) {
        if (!view.goal().hasDirection()) {
            throw failure(
                    "Metric %s has no goal, so neither configuration can be better; declare"
                            + " @Metric(goal = Goal.MINIMIZE or Goal.MAXIMIZE)",
                    view.metric().metric().name());
        }
        AggregateScores b;
        try {
            b = view.select(other);
        } catch (IllegalArgumentException e) {
            throw failure(e.getMessage());
        }
        if (b.config().equals(actual.config())) {
            throw failure(
                    "%s and %s both stand for %s; compare two different configurations",
                    selector, other, ConfigId.of(actual.config()));
        }
        Significance.AcrossTasks across = view.significance(actual, b, alpha);
        if (rule == Across.WINS && minTasks > across.tasks()) {
            throw failure(
                    "onAtLeast(%d): %s has only %d tasks (%s)",
                    minTasks,
                    view.metric().experiment().id(),
                    across.tasks(),
                    view.tasks().parameter());
        }
        if (!across.isSignificantlyBetter(rule, minTasks)) {
            String judgement = rule == Across.WINS
                    ? Describe.winsAcrossTasks(ConfigId.of(actual.config()), ConfigId.of(b.config()), across, minTasks)
                    : Describe.iqmAcrossTasks(
                            view.metric().metric().name(), view.tasks().normalization(), selector, other, across);
            throw failure(
                    "Expected %s to be better than %s in %s across %d tasks (%s) %s, but it is not:%n  %s",
                    selector,
                    other,
                    view.metric().metric().name(),
                    across.tasks(),
                    view.tasks().parameter(),
                    rule == Across.WINS ? "on at least " + across.requiredWins(minTasks) + " tasks" : "by IQM",
                    judgement);
        }
        return this;
    }

    /** The number of tasks to win, completed by {@link #tasks()}. */
    public final class TaskCount {

        private final int count;

        private TaskCount(int count) {
            this.count = count;
        }

        /** The assertions judged by the tasks won: significantly better on at least the count of tasks. */
        public TaskConfigurationAssert tasks() {
            return new TaskConfigurationAssert(view, selector, actual, Across.WINS, count, alpha);
        }
    }
}

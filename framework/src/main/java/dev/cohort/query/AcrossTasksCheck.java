package dev.cohort.query;

import dev.cohort.Across;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.Significance;
import dev.cohort.query.ExpectationCheck.Outcome;
import dev.cohort.query.ExpectationCheck.Verdict;
import dev.cohort.results.ConfigLabel;
import dev.cohort.results.Expectation;

/**
 * {@link ExpectationCheck} for an experiment with a task parameter: {@code better} and {@code than}
 * select configurations of the other parameters (the best of several by IQM, {@link TaskView#select}),
 * judged across the tasks by {@link Significance.AcrossTasks} with the expectation's {@link Across} rule.
 */
final class AcrossTasksCheck {

    private AcrossTasksCheck() {}

    static Outcome check(TaskView view, Expectation expectation, String label) {
        Across rule = expectation.across();
        if (rule != Across.WINS && expectation.minTasks() != 0) {
            return ExpectationCheck.invalid(
                    expectation,
                    label + ": minTasks = " + expectation.minTasks() + " counts tasks won, which only across ="
                            + " WINS judges; this expectation is across = " + rule);
        }
        int tasks = view.tasks().tasks().size();
        if (expectation.minTasks() > tasks) {
            return ExpectationCheck.invalid(
                    expectation,
                    label + ": minTasks = " + expectation.minTasks() + " tasks to win, but the experiment has " + tasks
                            + " (" + view.tasks().parameter() + " = "
                            + view.tasks().tasks() + ")");
        }
        AggregateScores better;
        AggregateScores than;
        try {
            better = view.select(expectation.better());
            than = view.select(expectation.than());
        } catch (IllegalArgumentException e) {
            return ExpectationCheck.invalid(expectation, label + ": " + e.getMessage());
        }
        if (better.config().equals(than.config())) {
            return ExpectationCheck.invalid(
                    expectation,
                    label + ": " + expectation.better() + " and " + expectation.than()
                            + " stand for the same configuration across tasks (" + ConfigLabel.of(better.config())
                            + "); make the selectors disjoint");
        }
        Significance.AcrossTasks across = view.significance(better, than, expectation.alpha());
        String judgement = rule == Across.WINS
                ? Describe.winsAcrossTasks(
                        ConfigLabel.of(better.config()), ConfigLabel.of(than.config()), across, expectation.minTasks())
                : Describe.iqmAcrossTasks(
                        expectation.metric(),
                        view.tasks().normalization(),
                        expectation.better(),
                        expectation.than(),
                        across);
        String where = label + " across " + tasks + " tasks (" + view.tasks().parameter() + "): ";
        return across.isSignificantlyBetter(rule, expectation.minTasks())
                ? new Outcome(expectation, Verdict.HOLDS, "Expectation holds: " + where + judgement)
                : new Outcome(expectation, Verdict.FAILS, "Expectation failed: " + where + judgement);
    }
}

package dev.cohort.query;

import dev.cohort.Across;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Significance;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@link Expectation}s against loaded results: the best configuration matching {@code better}
 * must be significantly better than the best matching {@code than} in the metric's direction, by the
 * rule of {@link Significance} (its mean better, the comparison's Holm-adjusted p-value below alpha). In
 * an experiment with a task parameter the two sides are compared across the tasks instead, by the rule
 * the expectation's {@link Across} names ({@link Significance.AcrossTasks}).
 *
 * <p>An experiment with {@code @Confirm} is judged on its confirmation stage: the configurations its
 * tuning stage selected, on the fresh seeds, so the winner is not judged on the seeds that chose it; the
 * message says so ({@code confirmed on 30 fresh seeds}). Until a confirmation trial has succeeded, the
 * expectation is {@link Verdict#PENDING}, never judged on the tuning trials.
 */
public final class ExpectationCheck {

    private ExpectationCheck() {}

    /** How an expectation fared. */
    public enum Verdict {
        /** The data show it. */
        HOLDS,
        /** The data do not show it. */
        FAILS,
        /** It cannot be checked: no such experiment, metric or configuration, or a metric without a goal. */
        INVALID,
        /** It cannot be judged yet: the confirmation stage ({@code @Confirm}) it is judged on has no results. */
        PENDING
    }

    /**
     * The outcome of one expectation.
     *
     * @param expectation what was expected
     * @param verdict how it fared
     * @param message a sentence with the configurations, means, test and p-value, or why it cannot be
     *     checked
     */
    public record Outcome(Expectation expectation, Verdict verdict, String message) {

        /** Whether the expectation holds. */
        public boolean holds() {
            return verdict == Verdict.HOLDS;
        }
    }

    /** Every expectation the engine recorded in the results' declarations, in experiment order. */
    public static List<Expectation> declared(Results results) {
        List<Expectation> expectations = new ArrayList<>();
        for (ExperimentManifest manifest : results.manifests()) {
            expectations.addAll(manifest.expectations());
        }
        return expectations;
    }

    /** Checks one expectation. */
    public static Outcome check(Results results, Expectation expectation) {
        String id;
        try {
            id = results.resolveExperiment(expectation.experiment());
        } catch (IllegalArgumentException e) {
            return invalid(expectation, expectation.describe() + ": " + e.getMessage());
        }
        Optional<ExperimentAnalysis> experiment = results.experiment(id);
        if (experiment.isEmpty()) {
            return invalid(
                    expectation,
                    Results.shortName(id) + " " + expectation.metric() + ": no trials of " + id + " in the results");
        }
        return check(experiment.get(), expectation);
    }

    /**
     * Checks one expectation against the analysis of its experiment: within the experiment, or across the
     * tasks when the experiment has a task parameter.
     */
    public static Outcome check(ExperimentAnalysis experiment, Expectation expectation) {
        String name = Results.shortName(experiment.id()) + " " + expectation.metric();
        String stage = Describe.stage(experiment, experiment.concludingStage());
        String label = stage.isEmpty() ? name : name + " (" + stage + ")";
        if (experiment.hasConfirmation()) {
            Optional<String> pending = experiment.confirmation().pending();
            if (pending.isPresent()) {
                return new Outcome(
                        expectation,
                        Verdict.PENDING,
                        "Expectation not judged yet: " + Results.shortName(experiment.id()) + " "
                                + expectation.describe() + ": "
                                + pending.get() + "; it is judged on the confirmation stage, not on the tuning"
                                + " trials that selected the configurations");
            }
        }
        MetricView metric;
        try {
            metric = MetricView.of(experiment, expectation.metric());
        } catch (IllegalArgumentException e) {
            return invalid(expectation, label + ": " + e.getMessage());
        }
        if (!metric.goal().hasDirection()) {
            return invalid(
                    expectation,
                    label + ": metric " + expectation.metric()
                            + " has no goal, so neither side can be better; declare @Metric(name = \""
                            + expectation.metric() + "\", goal = Goal.MINIMIZE or Goal.MAXIMIZE)");
        }
        if (metric.metric().tasks() != null) {
            return AcrossTasksCheck.check(TaskView.of(metric), expectation, label);
        }
        if (expectation.across() != Across.AUTO || expectation.minTasks() != 0) {
            return invalid(
                    expectation,
                    label + ": across = " + expectation.across() + ", minTasks = " + expectation.minTasks()
                            + " judge an experiment across its tasks, and " + experiment.id()
                            + " has no task parameter; declare @Task on the swept parameter whose values are"
                            + " tasks, or leave across and minTasks at their defaults");
        }
        GroupSummary better;
        GroupSummary than;
        try {
            better = metric.select(expectation.better());
            than = metric.select(expectation.than());
        } catch (IllegalArgumentException e) {
            return invalid(expectation, label + ": " + e.getMessage());
        }
        if (better.config().equals(than.config())) {
            return invalid(
                    expectation,
                    label + ": the best of " + expectation.better() + " and the best of " + expectation.than()
                            + " are the same configuration (" + Describe.configuration(better)
                            + "); make the selectors disjoint");
        }
        String sides = "best of " + expectation.better() + " (" + Describe.groupWithMean(better) + ") is %s "
                + Describe.direction(metric.goal()) + " than best of " + expectation.than() + " ("
                + Describe.groupWithMean(than) + ")";
        Significance significance = metric.significance(better, than, expectation.alpha());
        if (significance.comparison().isEmpty()) {
            return new Outcome(
                    expectation,
                    Verdict.FAILS,
                    "Expectation failed: " + label + ": " + sides.formatted("not")
                            + ": the analysis holds no comparison of the two");
        }
        String test = Describe.significance(significance);
        if (significance.isSignificantlyBetter()) {
            return new Outcome(
                    expectation,
                    Verdict.HOLDS,
                    "Expectation holds: " + label + ": " + sides.formatted("significantly") + ": " + test);
        }
        String why = sides.formatted(significance.isBetterByMean() ? "not significantly" : "not");
        return new Outcome(expectation, Verdict.FAILS, "Expectation failed: " + label + ": " + why + ": " + test);
    }

    static Outcome invalid(Expectation expectation, String message) {
        return new Outcome(expectation, Verdict.INVALID, "Expectation cannot be checked: " + message);
    }
}

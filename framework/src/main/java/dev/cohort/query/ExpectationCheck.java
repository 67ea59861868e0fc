package dev.cohort.query;

import dev.cohort.Goal;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@link Expectation}s against loaded results: the best configuration matching {@code better}
 * must be better than the best matching {@code than} in the metric's direction, with the comparison's
 * Holm-adjusted p-value below alpha.
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
        INVALID
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
        String label = expectation.experiment() + " " + expectation.metric();
        String id;
        try {
            id = results.resolveExperiment(expectation.experiment());
        } catch (IllegalArgumentException e) {
            return invalid(expectation, expectation.describe() + ": " + e.getMessage());
        }
        label = Results.shortName(id) + " " + expectation.metric();
        Optional<ExperimentAnalysis> experiment = results.experiment(id);
        if (experiment.isEmpty()) {
            return invalid(expectation, label + ": no trials of " + id + " in the results");
        }
        MetricView metric;
        GroupSummary better;
        GroupSummary than;
        try {
            metric = MetricView.of(experiment.get(), expectation.metric());
            if (metric.goal() == Goal.NONE) {
                return invalid(
                        expectation,
                        label + ": metric " + expectation.metric()
                                + " has no goal, so neither side can be better; declare @Metric(name = \""
                                + expectation.metric() + "\", goal = Goal.MINIMIZE or Goal.MAXIMIZE)");
            }
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
        String direction = metric.goal() == Goal.MINIMIZE ? "lower" : "higher";
        String sides = "best of " + expectation.better() + " (" + Describe.groupWithMean(better) + ") is %s "
                + direction + " than best of " + expectation.than() + " (" + Describe.groupWithMean(than) + ")";
        Optional<Comparison> comparison = metric.comparison(better, than);
        if (comparison.isEmpty()) {
            return new Outcome(
                    expectation,
                    Verdict.FAILS,
                    "Expectation failed: " + label + ": " + sides.formatted("not")
                            + ": the analysis holds no comparison of the two");
        }
        Comparison c = comparison.get();
        boolean rightDirection = metric.goal() == Goal.MINIMIZE
                ? better.mean().value() < than.mean().value()
                : better.mean().value() > than.mean().value();
        Double p = c.pHolm().value();
        String test = Describe.test(c) + ", Holm p = " + Describe.number(p);
        if (rightDirection && p != null && p < expectation.alpha()) {
            return new Outcome(
                    expectation,
                    Verdict.HOLDS,
                    "Expectation holds: " + label + ": " + sides.formatted("significantly") + ": " + test + " < alpha "
                            + Describe.number(expectation.alpha()));
        }
        String why;
        if (!rightDirection) {
            why = sides.formatted("not");
        } else {
            why = sides.formatted("not significantly");
        }
        String pPart = p == null
                ? test + Describe.whyNoP(c)
                : test + (p < expectation.alpha() ? " < " : " >= ") + "alpha " + Describe.number(expectation.alpha());
        return new Outcome(expectation, Verdict.FAILS, "Expectation failed: " + label + ": " + why + ": " + pPart);
    }

    private static Outcome invalid(Expectation expectation, String message) {
        return new Outcome(expectation, Verdict.INVALID, "Expectation cannot be checked: " + message);
    }
}

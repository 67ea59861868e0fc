package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import dev.cohort.results.ConfigSelector;
import dev.cohort.results.Expectation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verdicts of an experiment's recorded {@code @Expect}s, one sentence each, for its headline: the best
 * configuration matching {@code better} against the best matching {@code than}, on the concluding stage
 * (the confirmation with {@code @Confirm}), by the rule of {@link Significance} that {@code cohort:check}
 * applies. The report may not reach the query layer's {@code ExpectationCheck}, so this applies the same
 * rule to the same analysis; expectations judged across tasks are left to {@code cohort:check}.
 */
final class HeadlineExpectations {

    private HeadlineExpectations() {}

    /** One sentence per expectation, in declaration order. */
    static List<String> verdicts(ExperimentAnalysis experiment, List<Expectation> expectations) {
        List<String> verdicts = new ArrayList<>();
        for (Expectation expectation : expectations) {
            verdicts.add("Expected " + expectation.describe() + ": " + verdict(experiment, expectation) + ".");
        }
        return verdicts;
    }

    private static String verdict(ExperimentAnalysis experiment, Expectation expectation) {
        if (experiment.hasConfirmation()) {
            Optional<String> pending = experiment.confirmation().pending();
            if (pending.isPresent()) {
                return "not judged yet, " + pending.get();
            }
        }
        ExperimentAnalysis stage = experiment.stage(experiment.concludingStage());
        MetricAnalysis metric = stage.metrics().stream()
                .filter(m -> m.name().equals(expectation.metric()))
                .findFirst()
                .orElse(null);
        if (metric == null) {
            return "cannot be checked, no trial recorded " + expectation.metric();
        }
        if (metric.goal() == null || !metric.goal().hasDirection()) {
            return "cannot be checked, " + expectation.metric() + " has no goal";
        }
        if (metric.tasks() != null) {
            return "judged across tasks by cohort:check";
        }
        Optional<GroupSummary> better;
        Optional<GroupSummary> than;
        try {
            better = best(metric, expectation.better());
            than = best(metric, expectation.than());
        } catch (IllegalArgumentException e) {
            return "cannot be checked, " + e.getMessage();
        }
        if (better.isEmpty() || than.isEmpty()) {
            return "cannot be checked, no configuration with a value matches "
                    + (better.isEmpty() ? expectation.better() : expectation.than());
        }
        if (better.get().config().equals(than.get().config())) {
            return "cannot be checked, both sides select "
                    + Labels.config(better.get().config());
        }
        Significance significance = Significance.of(metric, better.get(), than.get(), expectation.alpha());
        String stageNote = experiment.hasConfirmation()
                ? " on " + experiment.confirmation().seedCount() + " fresh seeds"
                : "";
        return (significance.isSignificantlyBetter() ? "holds" : "fails") + stageNote + ": "
                + Labels.config(better.get().config()) + " ("
                + Numbers.readable(better.get().mean().value())
                + ") vs " + Labels.config(than.get().config()) + " ("
                + Numbers.readable(than.get().mean().value())
                + "), " + HeadlineAnswer.holm(significance.pHolm());
    }

    /** The best configuration by the metric's goal among those the selector matches that have a mean. */
    private static Optional<GroupSummary> best(MetricAnalysis metric, String selector) {
        ConfigSelector parsed = ConfigSelector.parse(selector);
        List<GroupSummary> matching = metric.groups().stream()
                .filter(g -> g.mean().isDefined() && parsed.matches(g.config()))
                .toList();
        return metric.goal().best(matching, g -> g.mean().value());
    }
}

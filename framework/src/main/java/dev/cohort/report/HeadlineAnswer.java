package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.Statistic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of an experiment in one or two sentences, for example {@code IDBD (stepSize=0.01) has the
 * lowest final_error, 1.92 [1.89, 1.96], 48% below the best LMS, 3.68; paired t, Holm p = 3.9e-28, 30
 * seeds.}
 *
 * <p>The metric is the {@code @Confirm} metric, else the first metric with a goal; without one the
 * answer says what was measured. The best configuration ({@link Best}) is compared with the best
 * configuration at another value of the first {@code per} parameter (with {@code @Confirm}) or of the
 * first swept parameter (with two or more swept, as {@link BestPerLevel} does), else with the runner-up;
 * the test and its Holm-adjusted p-value are the analysis' own, judged by {@link Significance}. With
 * {@code @Confirm} the answer is drawn from the confirmation stage, on its fresh seeds.
 *
 * @param sentence the answer
 * @param metric the metric it is about, or {@code null} when none has a goal
 * @param comparison the comparison it quotes, or {@code null} when it compares none
 */
record HeadlineAnswer(String sentence, MetricAnalysis metric, Comparison comparison) {

    /** The answer of {@code experiment}, significance judged at {@code alpha}. */
    static HeadlineAnswer of(ExperimentAnalysis experiment, double alpha) {
        ConfirmationAnalysis confirmation = experiment.confirmation();
        if (confirmation != null) {
            Optional<String> pending = confirmation.pending();
            if (pending.isPresent()) {
                return new HeadlineAnswer("Not answered yet: " + pending.get() + ".", null, null);
            }
        }
        ExperimentAnalysis stage = experiment.stage(experiment.concludingStage());
        MetricAnalysis metric = chosen(stage, confirmation);
        if (metric == null) {
            return new HeadlineAnswer(measured(stage), null, null);
        }
        if (metric.tasks() != null) {
            return new HeadlineAnswer(
                    metric.name() + " is compared across "
                            + metric.tasks().perTask().size()
                            + " tasks: see the aggregate table (the headline does not summarise task studies).",
                    metric,
                    null);
        }
        List<GroupSummary> defined =
                metric.groups().stream().filter(g -> g.mean().isDefined()).toList();
        if (defined.isEmpty()) {
            return new HeadlineAnswer(
                    "No configuration has a value of " + metric.name() + ": no successful trial recorded a finite one.",
                    metric,
                    null);
        }
        GroupSummary best = metric.groups().get(Best.of(metric).iterator().next());
        String parameter = levelParameter(stage, confirmation);
        if (parameter != null && !hasOtherLevel(metric, best, parameter)) {
            parameter = null;
        }
        GroupSummary other = against(metric, best, parameter);
        if (other == null) {
            String why = confirmation != null
                    ? confirmation.reasons().getOrDefault("comparisons", "one configuration has a value")
                    : metric.groups().size() == 1
                            ? "the experiment has one configuration"
                            : "it is the only configuration with a value of " + metric.name();
            return new HeadlineAnswer(
                    name(best, null) + " has " + metric.name() + " " + interval(best) + ", " + seeds(best, confirmation)
                            + "; no comparison: " + why + ".",
                    metric,
                    null);
        }
        String extreme = metric.goal() == Goal.MINIMIZE ? "lowest" : "highest";
        String head = name(best, parameter) + " has the " + extreme + " " + metric.name() + ", " + interval(best);
        Significance significance = Significance.of(metric, best, other, alpha);
        String against = head + ", " + difference(best, other) + " "
                + (parameter == null
                        ? "the runner-up, " + Labels.config(other.config())
                        : "the best " + name(other, parameter))
                + ", " + Numbers.readable(other.mean().value());
        Comparison comparison = significance.comparison().orElse(null);
        if (comparison == null) {
            return new HeadlineAnswer(
                    against + "; the analysis holds no comparison of the two (" + Labels.family(metric) + ").",
                    metric,
                    null);
        }
        return new HeadlineAnswer(
                against + "; " + test(comparison, best, other, confirmation) + verdict(significance, confirmation)
                        + ".",
                metric,
                comparison);
    }

    /** The {@code @Confirm} metric, else the first metric with a goal, else {@code null}. */
    private static MetricAnalysis chosen(ExperimentAnalysis stage, ConfirmationAnalysis confirmation) {
        for (MetricAnalysis metric : stage.metrics()) {
            if (confirmation != null
                    ? metric.name().equals(confirmation.declaration().metric())
                    : metric.goal() != null && metric.goal().hasDirection()) {
                return metric.goal() != null && metric.goal().hasDirection() ? metric : null;
            }
        }
        return null;
    }

    /** What was measured, when no metric has a goal that makes a configuration best. */
    private static String measured(ExperimentAnalysis stage) {
        List<String> names = stage.metrics().stream().map(MetricAnalysis::name).toList();
        int configurations =
                stage.metrics().isEmpty() ? 0 : stage.metrics().get(0).groups().size();
        if (names.isEmpty()) {
            return "No metric was recorded (" + stage.successful() + " of " + stage.trials() + " trials succeeded).";
        }
        return "Measured " + String.join(", ", names) + " in " + StudyNotes.count(configurations, "configuration")
                + " (" + stage.successful() + " successful trials); no metric declares a goal, so no configuration is"
                + " best: declare @Metric(goal = ...) for a verdict.";
    }

    /** The parameter whose levels are compared: the first {@code per} one, or the first swept of two or more. */
    private static String levelParameter(ExperimentAnalysis stage, ConfirmationAnalysis confirmation) {
        if (confirmation != null) {
            return confirmation.declaration().per().isEmpty()
                    ? null
                    : confirmation.declaration().per().get(0);
        }
        return stage.parameters().size() >= 2 ? stage.parameters().get(0) : null;
    }

    /** Whether a configuration with a mean has another value of {@code parameter} than the best. */
    private static boolean hasOtherLevel(MetricAnalysis metric, GroupSummary best, String parameter) {
        Object level = best.config().get(parameter);
        return metric.groups().stream()
                .anyMatch(g -> g.mean().isDefined()
                        && g.config().containsKey(parameter)
                        && !Objects.equals(g.config().get(parameter), level));
    }

    /**
     * The best configuration at another value of {@code parameter} than the best's, or without a
     * parameter the runner-up; {@code null} when there is none.
     */
    private static GroupSummary against(MetricAnalysis metric, GroupSummary best, String parameter) {
        Object level = parameter == null ? null : best.config().get(parameter);
        List<GroupSummary> candidates = metric.groups().stream()
                .filter(g -> g != best && g.mean().isDefined())
                .filter(g -> parameter == null || !Objects.equals(g.config().get(parameter), level))
                .toList();
        return metric.goal().best(candidates, g -> g.mean().value()).orElse(null);
    }

    /**
     * {@code IDBD (stepSize=0.01)}: the value of the compared parameter (a categorical value alone, a
     * number or boolean with its name), the rest of the configuration after it.
     */
    private static String name(GroupSummary group, String parameter) {
        if (parameter == null || !group.config().containsKey(parameter)) {
            return Labels.config(group.config());
        }
        Map<String, Object> rest = new LinkedHashMap<>(group.config());
        Object level = rest.remove(parameter);
        String value = level instanceof Number || level instanceof Boolean
                ? Labels.config(Map.of(parameter, level))
                : String.valueOf(level);
        return rest.isEmpty() ? value : value + " (" + Labels.config(rest) + ")";
    }

    /** {@code 1.92 [1.89, 1.96]}: the mean and its 95% interval when it is defined. */
    private static String interval(GroupSummary group) {
        String mean = Numbers.readable(group.mean().value());
        if (!group.ciLow().isDefined() || !group.ciHigh().isDefined()) {
            return mean;
        }
        return mean + " [" + Numbers.readable(group.ciLow().value()) + ", "
                + Numbers.readable(group.ciHigh().value()) + "]";
    }

    /** {@code 48% below}, {@code 12% above}, or {@code 0.5 lower than} when the other mean is zero. */
    private static String difference(GroupSummary best, GroupSummary other) {
        double a = best.mean().value();
        double b = other.mean().value();
        boolean lower = a < b;
        if (b == 0) {
            return Numbers.readable(Math.abs(a - b)) + (lower ? " lower than" : " higher than");
        }
        double percent = Math.abs(a - b) / Math.abs(b) * 100;
        String shown = percent >= 10 ? Long.toString(Math.round(percent)) : Numbers.readable(percent);
        return a == b ? "equal to" : shown + "% " + (lower ? "below" : "above");
    }

    /**
     * {@code paired t, Holm p = 3.9e-28, 30 seeds}; with {@code @Confirm} the seeds are left to "confirmed
     * on 30 fresh seeds" when every one of them counted.
     */
    private static String test(
            Comparison comparison, GroupSummary best, GroupSummary other, ConfirmationAnalysis confirmation) {
        int n = comparison.test() != null
                        && comparison.test().isPaired()
                        && comparison.pairs().isDefined()
                ? comparison.pairs().value()
                : best.n() == other.n() ? best.n() : -1;
        String seeds = n < 0 ? best.n() + " and " + other.n() + " seeds" : seeds(n);
        boolean allFresh = confirmation != null && n == confirmation.seedCount();
        return Labels.test(comparison.test()) + ", " + holm(comparison.pHolm()) + (allFresh ? "" : ", " + seeds);
    }

    /** {@code Holm p = 3.9e-28}, {@code Holm p < 1e-16}, or why the p-value is undefined. */
    static String holm(Statistic<Double> p) {
        if (!p.isDefined()) {
            return "Holm p undefined (" + p.reason() + ")";
        }
        String shown = Numbers.pValue(p.value());
        return "Holm p " + (shown.startsWith("<") ? shown : "= " + shown);
    }

    /** How the significance qualifies the answer: nothing more when it is significant, else why not. */
    private static String verdict(Significance significance, ConfirmationAnalysis confirmation) {
        String fresh = confirmation == null ? "" : confirmation.seedCount() + " fresh seeds";
        return switch (significance.verdict()) {
            case BETTER -> confirmation == null ? "" : "; confirmed on " + fresh;
            case NOT_SIGNIFICANT ->
                "; not significant at alpha " + Numbers.plain(significance.alpha())
                        + (confirmation == null ? "" : " on " + fresh);
            case WORSE, DIFFERENT -> "; the difference is significant but not in the goal's direction";
            case UNDEFINED -> "";
        };
    }

    /** {@code over 30 seeds}, {@code on the 30 fresh seeds}, {@code over 28 of the 30 fresh seeds}. */
    private static String seeds(GroupSummary group, ConfirmationAnalysis confirmation) {
        if (confirmation == null) {
            return "over " + seeds(group.n());
        }
        int fresh = confirmation.seedCount();
        return group.n() == fresh
                ? "on the " + fresh + " fresh seeds"
                : "over " + group.n() + " of the " + fresh + " fresh seeds";
    }

    private static String seeds(int n) {
        return StudyNotes.count(n, "seed");
    }
}

package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.ComparisonFamily;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.TestChoice;
import dev.cohort.analysis.TestKind;
import dev.cohort.results.ConfigLabel;
import java.util.Map;

/** Names shown to readers: configurations, tests, goals and comparison families. */
final class Labels {

    /** Shown for a missing value that came without a reason (every undefined statistic has one). */
    static final String NO_REASON = "not available for these data";

    private Labels() {}

    /** The configuration's {@link ConfigLabel}, or {@code (no swept parameters)} for an experiment without sweeps. */
    static String config(Map<String, Object> config) {
        if (config == null || config.isEmpty()) {
            return "(no swept parameters)";
        }
        return ConfigLabel.of(config);
    }

    /** One parameter at one value, for example {@code theta=1e-4} ({@link ConfigLabel#assignment}). */
    static String assignment(String parameter, Object value) {
        return ConfigLabel.assignment(parameter, value);
    }

    /** A parameter value as {@link ConfigLabel#value} writes it. */
    static String value(Object value) {
        return ConfigLabel.value(value);
    }

    /** The readable name of a test, for example {@code Welch's t}; {@code null} for none. */
    static String test(TestKind test) {
        return test == null ? null : test.displayName();
    }

    /**
     * The family of a metric's comparisons in words, for example {@code all 15 pairs of the 6
     * configurations} or {@code each of the 999 other configurations against the best, lr=0.1 (all
     * pairs would be 499500)}.
     */
    static String family(MetricAnalysis metric) {
        int k = metric.groups().size();
        int m = metric.comparisons().size();
        if (metric.comparisonFamily() == ComparisonFamily.VERSUS_BEST) {
            String against = metric.goal() == Goal.NONE
                    ? "against the reference, the first configuration, " + config(metric.reference())
                    : "against the best, " + config(metric.reference());
            return "each of the " + m + " other configurations " + against + " (all pairs of the " + k
                    + " configurations would be " + (long) k * (k - 1) / 2 + ")";
        }
        return "all " + m + (m == 1 ? " pair" : " pairs") + " of the " + k + " configurations";
    }

    /** How a goal reads in a sentence. */
    static String goal(Goal goal) {
        if (goal == Goal.MINIMIZE) {
            return "lower is better";
        }
        if (goal == Goal.MAXIMIZE) {
            return "higher is better";
        }
        return "no preferred direction";
    }

    /**
     * How the test of each pair was chosen, as a sentence fragment naming the policy, for example
     * {@code Welch's t for every pair (policy WELCH_T, set with cohort.test)}.
     */
    static String policy(TestChoice choice, double alpha) {
        String level = Numbers.plain(alpha);
        return choice.kind()
                .map(kind -> kind.displayName() + " for every pair (policy " + choice.name()
                        + ", set with cohort.test; the automatic choice is off"
                        + (kind.isPaired() ? "; undefined for a pair that did not run the same seeds" : "")
                        + ")")
                .orElseGet(() -> "chosen per pair (policy AUTO): for two configurations that ran the same seeds"
                        + " (common random numbers), " + TestKind.PAIRED_T.displayName()
                        + " when Shapiro-Wilk on the paired differences gives p > " + level + ", else "
                        + TestKind.WILCOXON.displayName() + "; for others, when Shapiro-Wilk gives p > " + level
                        + " for both configurations, a two-group Brown-Forsythe test decides between Student's t (p > "
                        + level + ") and Welch's t, else Mann-Whitney U. Where normality cannot be tested, the rank"
                        + " test");
    }

    /** The policy in a few words, for example {@code the test chosen per pair by Shapiro-Wilk and Brown-Forsythe}. */
    static String policyName(TestChoice choice) {
        return choice.kind()
                .map(kind -> "policy " + choice.name() + ": " + kind.displayName() + " for every pair")
                .orElse("policy AUTO: paired t or Wilcoxon signed-rank for pairs that ran the same seeds, else"
                        + " Student's t, Welch's t or Mann-Whitney U, chosen per pair by Shapiro-Wilk and"
                        + " Brown-Forsythe");
    }
}

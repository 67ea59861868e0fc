package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.ComparisonFamily;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.TestChoice;
import dev.cohort.results.ConfigId;
import java.util.Map;

/** Names shown to readers: configurations, tests, goals and comparison families. */
final class Labels {

    /** Shown for a missing value that came without a reason (every undefined statistic has one). */
    static final String NO_REASON = "not available for these data";

    private Labels() {}

    /** The configuration id, or {@code (no swept parameters)} for an experiment without sweeps. */
    static String config(Map<String, Object> config) {
        if (config == null || config.isEmpty()) {
            return "(no swept parameters)";
        }
        return ConfigId.of(config);
    }

    /** The readable name of a test as the analysis names it, for example {@code Welch's t}. */
    static String test(String test) {
        if (test == null) {
            return null;
        }
        return switch (test) {
            case "STUDENT_T" -> "Student's t";
            case "WELCH_T" -> "Welch's t";
            case "MANN_WHITNEY" -> "Mann-Whitney U";
            default -> test;
        };
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
        if (choice == TestChoice.AUTO) {
            return "chosen per pair (policy AUTO): when Shapiro-Wilk gives p > " + level
                    + " for both configurations, a two-group Brown-Forsythe test decides between Student's t (p > "
                    + level + ") and Welch's t; otherwise, including when normality cannot be tested, Mann-Whitney U";
        }
        return test(choice.name()) + " for every pair (policy " + choice.name()
                + ", set with cohort.test; the automatic choice is off)";
    }

    /** The policy in a few words, for example {@code the test chosen per pair by Shapiro-Wilk and Brown-Forsythe}. */
    static String policyName(TestChoice choice) {
        if (choice == TestChoice.AUTO) {
            return "policy AUTO: Student's t, Welch's t or Mann-Whitney U per pair, chosen by Shapiro-Wilk and"
                    + " Brown-Forsythe";
        }
        return "policy " + choice.name() + ": " + test(choice.name()) + " for every pair";
    }
}

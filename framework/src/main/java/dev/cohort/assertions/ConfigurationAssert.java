package dev.cohort.assertions;

import dev.cohort.Goal;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Significance;
import dev.cohort.query.Describe;
import dev.cohort.query.MetricView;
import dev.cohort.results.Expectation;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one configuration's values of one metric, alone ({@link #hasMeanBetween}) or compared
 * with another configuration by the test the analysis chose for the pair and its Holm-adjusted p-value.
 * Failure messages show both configurations' means, 95% confidence intervals and sizes, the test, its
 * Holm p-value and alpha.
 */
public final class ConfigurationAssert extends AbstractAssert<ConfigurationAssert, GroupSummary> {

    private final MetricView view;
    private final String selector;
    private final double alpha;

    ConfigurationAssert(MetricView view, String selector, GroupSummary actual) {
        this(view, selector, actual, Expectation.DEFAULT_ALPHA);
    }

    private ConfigurationAssert(MetricView view, String selector, GroupSummary actual, double alpha) {
        super(actual, ConfigurationAssert.class);
        this.view = view;
        this.selector = selector;
        this.alpha = alpha;
    }

    /** The same assertions at significance level {@code newAlpha} (default 0.05). */
    public ConfigurationAssert withAlpha(double newAlpha) {
        if (!(newAlpha > 0 && newAlpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + newAlpha);
        }
        return new ConfigurationAssert(view, selector, actual, newAlpha);
    }

    /** Expects this configuration's mean to be significantly lower than that of {@code other}'s configuration. */
    public ConfigurationAssert isSignificantlyLowerThan(String other) {
        return significant(other, Goal.MINIMIZE);
    }

    /** Expects this configuration's mean to be significantly higher than that of {@code other}'s configuration. */
    public ConfigurationAssert isSignificantlyHigherThan(String other) {
        return significant(other, Goal.MAXIMIZE);
    }

    /** Expects no significant difference from {@code other}'s configuration: Holm p at least alpha. */
    public ConfigurationAssert isNotSignificantlyDifferentFrom(String other) {
        Significance s = significance(other, view.goal());
        if (s.verdict() != Significance.Verdict.NOT_SIGNIFICANT) {
            throw failure(
                    "Expected %s not to differ significantly from %s in %s, but %s:%n%s",
                    selector,
                    other,
                    metricLabel(),
                    s.isSignificant() ? "it does" : "the difference cannot be tested",
                    details(s));
        }
        return this;
    }

    /** Expects the mean to lie in {@code [low, high]}. */
    public ConfigurationAssert hasMeanBetween(double low, double high) {
        if (!actual.mean().isDefined()
                || actual.mean().value() < low
                || actual.mean().value() > high) {
            throw failure(
                    "Expected the mean %s of %s to be between %s and %s, but it is %s%n  %s",
                    metricLabel(),
                    selector,
                    Describe.number(low),
                    Describe.number(high),
                    Describe.value(actual.mean()),
                    Describe.group(actual));
        }
        return this;
    }

    /**
     * Expects {@code expected} successful trials of this configuration with a value of the metric (NaN
     * and infinite values included).
     */
    public ConfigurationAssert hasSuccessfulTrials(int expected) {
        int found = actual.n() + actual.nonFinite();
        if (found != expected) {
            throw failure(
                    "Expected %d successful trials of %s with %s, but found %d",
                    expected, Describe.configuration(actual), metricLabel(), found);
        }
        return this;
    }

    private ConfigurationAssert significant(String other, Goal direction) {
        Significance s = significance(other, direction);
        if (!s.isSignificantlyBetter()) {
            String lowerOrHigher = Describe.direction(direction);
            throw failure(
                    "Expected %s to be significantly %s than %s in %s, but it is %s:%n%s",
                    selector,
                    lowerOrHigher,
                    other,
                    metricLabel(),
                    s.isBetterByMean() ? "not significant" : "not " + lowerOrHigher,
                    details(s));
        }
        return this;
    }

    /** How this configuration compares with {@code other}'s in {@code direction}, by the shared rule. */
    private Significance significance(String other, Goal direction) {
        GroupSummary b;
        try {
            b = view.select(other);
        } catch (IllegalArgumentException e) {
            throw failure(e.getMessage());
        }
        if (b.config().equals(actual.config())) {
            throw failure(
                    "%s and %s both stand for %s; compare two different configurations",
                    selector, other, Describe.configuration(actual));
        }
        Significance s = view.significance(actual, b, direction, alpha);
        if (s.comparison().isEmpty()) {
            throw failure(
                    "The analysis holds no comparison of %s and %s",
                    Describe.configuration(actual), Describe.configuration(b));
        }
        return s;
    }

    /** The metric's name, with the stage it is judged on for an experiment with {@code @Confirm}. */
    private String metricLabel() {
        String stage = view.stageLabel();
        return stage.isEmpty() ? view.metric().name() : view.metric().name() + " (" + stage + ")";
    }

    private String details(Significance s) {
        Comparison c = s.comparison().orElseThrow();
        String p = !c.pHolm().isDefined()
                ? "undefined" + Describe.whyNoP(c)
                : Describe.number(c.pHolm().value())
                        + (s.isSignificant() ? " < " : " >= ")
                        + "alpha "
                        + Describe.number(alpha);
        return "  " + Describe.group(actual) + "\n  " + Describe.group(s.b()) + "\n  " + Describe.test(c)
                + ": Holm-adjusted p = " + p + " (unadjusted p = " + Describe.value(c.p()) + ")";
    }
}

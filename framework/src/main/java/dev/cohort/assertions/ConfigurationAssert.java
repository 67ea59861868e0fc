package dev.cohort.assertions;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.GroupSummary;
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
        return significant(other, true);
    }

    /** Expects this configuration's mean to be significantly higher than that of {@code other}'s configuration. */
    public ConfigurationAssert isSignificantlyHigherThan(String other) {
        return significant(other, false);
    }

    /** Expects no significant difference from {@code other}'s configuration: Holm p at least alpha. */
    public ConfigurationAssert isNotSignificantlyDifferentFrom(String other) {
        GroupSummary b = other(other);
        Comparison c = comparison(b);
        if (!c.pHolm().isDefined() || c.pHolm().value() < alpha) {
            throw failure(
                    "Expected %s not to differ significantly from %s in %s, but it does:%n%s",
                    selector, other, view.metric().name(), details(b, c));
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
                    view.metric().name(),
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
                    expected, Describe.configuration(actual), view.metric().name(), found);
        }
        return this;
    }

    private ConfigurationAssert significant(String other, boolean lower) {
        GroupSummary b = other(other);
        Comparison c = comparison(b);
        boolean direction = actual.mean().isDefined()
                && b.mean().isDefined()
                && (lower
                        ? actual.mean().value() < b.mean().value()
                        : actual.mean().value() > b.mean().value());
        if (!direction || !c.pHolm().isDefined() || c.pHolm().value() >= alpha) {
            throw failure(
                    "Expected %s to be significantly %s than %s in %s, but it is %s:%n%s",
                    selector,
                    lower ? "lower" : "higher",
                    other,
                    view.metric().name(),
                    direction ? "not significant" : (lower ? "not lower" : "not higher"),
                    details(b, c));
        }
        return this;
    }

    private GroupSummary other(String other) {
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
        return b;
    }

    private Comparison comparison(GroupSummary b) {
        return view.comparison(actual, b)
                .orElseThrow(() -> failure(
                        "The analysis holds no comparison of %s and %s",
                        Describe.configuration(actual), Describe.configuration(b)));
    }

    private String details(GroupSummary b, Comparison c) {
        String p = !c.pHolm().isDefined()
                ? "undefined" + Describe.whyNoP(c)
                : Describe.number(c.pHolm().value())
                        + (c.pHolm().value() < alpha ? " < " : " >= ")
                        + "alpha "
                        + Describe.number(alpha);
        return "  " + Describe.group(actual) + "\n  " + Describe.group(b) + "\n  " + Describe.test(c)
                + ": Holm-adjusted p = " + p + " (unadjusted p = " + Describe.value(c.p()) + ")";
    }
}

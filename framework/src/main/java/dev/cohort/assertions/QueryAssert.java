package dev.cohort.assertions;

import dev.cohort.query.ConfigurationSummary;
import dev.cohort.query.Reduce;
import dev.cohort.query.Reduction;
import dev.cohort.query.TrialQuery;
import dev.cohort.results.ConfigSelector;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the trials a {@link TrialQuery} selected. */
public final class QueryAssert extends AbstractAssert<QueryAssert, TrialQuery> {

    QueryAssert(TrialQuery actual) {
        super(actual, QueryAssert.class);
    }

    /** Expects exactly {@code expected} successful trials. */
    public QueryAssert hasSuccessfulTrials(int expected) {
        isNotNull();
        int successful = actual.successful().size();
        if (successful != expected) {
            throw failure(
                    "Expected %d successful trials, but found %d of %d trials", expected, successful, actual.size());
        }
        return this;
    }

    /**
     * Expects the best configuration by the recorded metric {@code metric} (by its declared goal) to match
     * {@code selector}, for example {@code "stepSize=0.01"}.
     */
    public QueryAssert hasBest(String metric, String selector) {
        return hasBest(Reduce.metric(metric), selector);
    }

    /**
     * Expects the best configuration by the reduction's mean (by its metric's declared goal) to match
     * {@code selector}. A failure lists every configuration's mean, 95% CI and n.
     */
    public QueryAssert hasBest(Reduction reduction, String selector) {
        isNotNull();
        ConfigSelector expected = ConfigSelector.parse(selector);
        ConfigurationSummary best;
        try {
            best = actual.best(reduction);
        } catch (IllegalArgumentException e) {
            throw failure(e.getMessage());
        }
        if (!expected.matches(best.config())) {
            throw failure(
                    "Expected the best configuration by %s (%s) to match %s, but it is %s:%s",
                    reduction.describe(),
                    actual.goal(reduction.metric()).name().toLowerCase(java.util.Locale.ROOT),
                    selector,
                    best.id(),
                    actual.summarize(reduction).stream()
                            .map(ConfigurationSummary::toString)
                            .collect(Collectors.joining("\n  ", "\n  ", "")));
        }
        return this;
    }
}

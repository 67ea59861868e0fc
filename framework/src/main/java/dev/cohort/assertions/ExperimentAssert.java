package dev.cohort.assertions;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.FailedTrial;
import dev.cohort.query.MetricView;
import dev.cohort.results.ConfigId;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one experiment's analysis; {@link #metric(String)} narrows to one metric. */
public final class ExperimentAssert extends AbstractAssert<ExperimentAssert, ExperimentAnalysis> {

    private static final int LISTED = 5;

    ExperimentAssert(ExperimentAnalysis actual) {
        super(actual, ExperimentAssert.class);
    }

    /** Expects no trial's latest result to be failed or aborted. */
    public ExperimentAssert hasNoFailedTrials() {
        if (!actual.failures().isEmpty()) {
            String listed = actual.failures().stream()
                    .limit(LISTED)
                    .map(ExperimentAssert::describe)
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            int more = actual.failures().size() - LISTED;
            throw failure(
                    "Expected no failed trials in %s, but %d of %d failed:%s%s",
                    actual.id(),
                    actual.failures().size(),
                    actual.trials(),
                    listed,
                    more > 0 ? "\n  and " + more + " more" : "");
        }
        return this;
    }

    /** Expects exactly {@code expected} successful trials over all configurations. */
    public ExperimentAssert hasSuccessfulTrials(int expected) {
        if (actual.successful() != expected) {
            throw failure(
                    "Expected %d successful trials in %s, but found %d (of %d trials, %d failed)",
                    expected,
                    actual.id(),
                    actual.successful(),
                    actual.trials(),
                    actual.failures().size());
        }
        return this;
    }

    /** Narrows to the metric {@code name}; fails when the experiment recorded no such metric. */
    public MetricAssert metric(String name) {
        try {
            return new MetricAssert(MetricView.of(actual, name));
        } catch (IllegalArgumentException e) {
            throw failure(e.getMessage());
        }
    }

    private static String describe(FailedTrial failure) {
        return ConfigId.of(failure.config()) + " seed " + failure.seed() + ": " + failure.status()
                + (failure.errorType() == null ? "" : " " + failure.errorType())
                + (failure.message() == null ? "" : ": " + failure.message());
    }
}

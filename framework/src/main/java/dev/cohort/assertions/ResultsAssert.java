package dev.cohort.assertions;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.query.Results;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a loaded results directory; {@link #experiment(String)} narrows to one experiment. */
public final class ResultsAssert extends AbstractAssert<ResultsAssert, Results> {

    ResultsAssert(Results actual) {
        super(actual, ResultsAssert.class);
    }

    /**
     * Narrows to the experiment with id {@code name}, or with the short form {@code SimpleClass#method};
     * fails when it has no results.
     */
    public ExperimentAssert experiment(String name) {
        isNotNull();
        String id;
        try {
            id = actual.resolveExperiment(name);
        } catch (IllegalArgumentException e) {
            throw failure(e.getMessage());
        }
        ExperimentAnalysis experiment =
                actual.experiment(id).orElseThrow(() -> failure("Experiment %s is declared but has no trials", id));
        return new ExperimentAssert(experiment);
    }

    /** Expects every line of the results to be readable. */
    public ResultsAssert hasNoReadProblems() {
        isNotNull();
        if (!actual.problems().isEmpty()) {
            throw failure(
                    "Expected every result line to be readable, but %d were not: %s",
                    actual.problems().size(), actual.problems());
        }
        return this;
    }
}

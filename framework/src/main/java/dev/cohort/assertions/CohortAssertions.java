package dev.cohort.assertions;

import dev.cohort.query.Results;

/**
 * The entry point of Cohort's AssertJ assertions on experiment results, to state in a test what a study
 * must show:
 *
 * <pre>{@code
 * import static dev.cohort.assertions.CohortAssertions.assertThat;
 *
 * Results results = Results.load(Path.of("target/cohort/results"));
 * assertThat(results).experiment("StepSizeExperiments#tracking").hasNoFailedTrials();
 * assertThat(results).experiment("StepSizeExperiments#tracking")
 *         .metric("final_error")
 *         .config("algorithm=IDBD")
 *         .isSignificantlyLowerThan("algorithm=LMS");
 * }</pre>
 *
 * <p>Configurations are selected by partial parameter values ({@code name=value} pairs joined by {@code
 * ", "}). When a selector matches several configurations it stands for the best of them by the metric's
 * goal (lowest mean for {@code MINIMIZE}, highest for {@code MAXIMIZE}), as {@code @Expect} and {@code
 * cohort:check} do; for a metric without a goal it must match exactly one. Significance uses the
 * comparison's Holm-adjusted p-value (over all pairs of the metric) at alpha 0.05 unless {@link
 * ConfigurationAssert#withAlpha(double)} says otherwise.
 */
public final class CohortAssertions {

    private CohortAssertions() {}

    /** Assertions on loaded results. */
    public static ResultsAssert assertThat(Results actual) {
        return new ResultsAssert(actual);
    }
}

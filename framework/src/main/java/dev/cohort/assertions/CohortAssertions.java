package dev.cohort.assertions;

import dev.cohort.query.Results;
import dev.cohort.query.TrialQuery;

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
 *
 * <p>In an experiment with a task parameter ({@code @Task}), {@link MetricAssert#acrossTasks()} compares
 * configurations of the other parameters across the tasks, as {@code @Expect(across = ...)} does: by the
 * stratified-bootstrap interval of their IQM difference (the default), or by the tasks won
 * ({@link TaskConfigurationAssert}):
 *
 * <pre>{@code
 * assertThat(results).experiment("Atari#games").metric("return").acrossTasks()
 *         .configuration("algorithm=Rainbow")
 *         .onAtLeast(5).tasks()
 *         .isBetterThan("algorithm=DQN");
 * }</pre>
 *
 * <p>Queries ({@link TrialQuery}) narrow the trials first, then state which configuration is best:
 *
 * <pre>{@code
 * assertThat(results.query("StepSizeExperiments#tracking").where("algorithm", "IDBD"))
 *         .hasBest(Reduce.metric("final_error"), "stepSize=0.01");
 * }</pre>
 */
public final class CohortAssertions {

    private CohortAssertions() {}

    /** Assertions on loaded results. */
    public static ResultsAssert assertThat(Results actual) {
        return new ResultsAssert(actual);
    }

    /** Assertions on the trials a query selected. */
    public static QueryAssert assertThat(TrialQuery actual) {
        return new QueryAssert(actual);
    }
}

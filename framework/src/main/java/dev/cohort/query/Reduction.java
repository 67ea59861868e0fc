package dev.cohort.query;

import dev.cohort.results.TrialResult;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Reduces one trial to one number: a recorded metric, or a summary of a learning curve. Made by {@link
 * Reduce}; a reduction that finds nothing to reduce (the metric was not recorded, the curve is empty or
 * its file is missing) is empty, and the trial is left out of summaries.
 */
public interface Reduction {

    /** The metric or curve the reduction reads; its declared goal decides which value is best. */
    String metric();

    /** What the reduction computes, for example {@code mean of the last 10% of squared_error}. */
    String describe();

    /**
     * The value of {@code trial}.
     *
     * @param curves the trial's curve by metric name, read on demand
     */
    OptionalDouble apply(TrialResult trial, Function<String, Optional<Curve>> curves);
}

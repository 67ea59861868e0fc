package dev.cohort.query;

import dev.cohort.results.TrialResult;

/**
 * One trial reduced to a number by a {@link Reduction}.
 *
 * @param trial the trial
 * @param value its value
 */
public record TrialValue(TrialResult trial, double value) {}

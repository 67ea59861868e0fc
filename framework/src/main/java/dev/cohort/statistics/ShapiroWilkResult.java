package dev.cohort.statistics;

/**
 * The result of the Shapiro-Wilk test of normality.
 *
 * @param w the W statistic
 * @param p the p-value
 */
public record ShapiroWilkResult(double w, double p) {}

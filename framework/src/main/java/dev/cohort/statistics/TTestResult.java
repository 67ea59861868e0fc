package dev.cohort.statistics;

/**
 * The result of a t-test.
 *
 * @param t the t statistic
 * @param df the degrees of freedom
 * @param p the two-sided p-value
 */
public record TTestResult(double t, double df, double p) {}

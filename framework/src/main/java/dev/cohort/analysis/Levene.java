package dev.cohort.analysis;

/**
 * Levene's test of equal variances in its Brown-Forsythe form (centred on the median).
 *
 * @param f the F statistic
 * @param p the p-value
 */
public record Levene(Double f, Double p) {}

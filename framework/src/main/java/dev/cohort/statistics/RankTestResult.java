package dev.cohort.statistics;

/**
 * The result of a rank test.
 *
 * @param statistic the test statistic (R's W for Mann-Whitney, V for the signed-rank test)
 * @param p the two-sided p-value
 * @param exact whether the p-value is exact (otherwise the normal approximation with continuity and
 *     tie correction)
 */
public record RankTestResult(double statistic, double p, boolean exact) {}

package dev.cohort.analysis;

/**
 * One row of a factorial ANOVA table.
 *
 * @param term parameter names joined by {@code *}, for example {@code lr*act}
 * @param df degrees of freedom
 * @param sumSq the sequential sum of squares
 * @param f the F statistic, or {@code null} when the residual variance is zero
 * @param p the p-value, or {@code null} with {@code f}
 */
public record FactorialTerm(String term, int df, double sumSq, Double f, Double p) {}

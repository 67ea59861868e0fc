package dev.cohort.statistics;

/**
 * One row of a linear-model ANOVA table.
 *
 * @param term the factor names joined by {@code *}
 * @param df the degrees of freedom (the rank the term adds to the model)
 * @param sumSq the sum of squares
 * @param f the F statistic against the residual mean square, NaN when the residual variance is zero
 * @param p the upper-tail p-value of F, NaN with F
 */
public record AnovaTerm(String term, int df, double sumSq, double f, double p) {}

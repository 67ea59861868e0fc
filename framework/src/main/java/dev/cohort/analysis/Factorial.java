package dev.cohort.analysis;

import java.util.List;

/**
 * Factorial ANOVA over the swept parameters, {@code anova(lm(y ~ A * B * ...))} with sequential sums of
 * squares.
 *
 * @param terms main effects and interactions, in R's order
 * @param residualDf the residual degrees of freedom
 * @param residualSumSq the residual sum of squares
 */
public record Factorial(List<FactorialTerm> terms, int residualDf, double residualSumSq) {

    /** Copies the terms. */
    public Factorial {
        terms = List.copyOf(terms);
    }
}

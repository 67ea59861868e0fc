package dev.cohort.analysis;

import java.util.List;

/**
 * Factorial ANOVA over the swept parameters, {@code anova(lm(y ~ A * B * ...))} with sequential sums of
 * squares.
 *
 * @param terms main effects and interactions, in R's order, with sequential (type I) sums of squares
 * @param typeIITerms the same terms with type II sums of squares ({@code car::Anova(type = 2)}): each
 *     term adjusted for every term that does not contain it; equal to {@code terms} for a balanced design
 * @param residualDf the residual degrees of freedom
 * @param residualSumSq the residual sum of squares
 */
public record Factorial(
        List<FactorialTerm> terms, List<FactorialTerm> typeIITerms, int residualDf, double residualSumSq) {

    /** Copies the terms. */
    public Factorial {
        terms = List.copyOf(terms);
        typeIITerms = List.copyOf(typeIITerms);
    }
}

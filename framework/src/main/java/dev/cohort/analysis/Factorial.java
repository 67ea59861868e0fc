package dev.cohort.analysis;

import java.util.List;
import java.util.Map;

/**
 * Factorial ANOVA over the swept parameters, {@code anova(lm(y ~ A * B * ...))} with sequential sums of
 * squares.
 *
 * @param terms main effects and interactions, in R's order, with sequential (type I) sums of squares;
 *     empty when there are too few values to fit the model
 * @param typeIITerms the same terms with type II sums of squares ({@code car::Anova(type = 2)}): each
 *     term adjusted for every term that does not contain it; equal to {@code terms} for a balanced design
 * @param residualDf the residual degrees of freedom
 * @param residualSumSq the residual sum of squares, undefined when the model cannot be fitted
 */
public record Factorial(
        List<FactorialTerm> terms, List<FactorialTerm> typeIITerms, int residualDf, Statistic<Double> residualSumSq) {

    /** Copies the terms. */
    public Factorial {
        terms = List.copyOf(terms);
        typeIITerms = List.copyOf(typeIITerms);
    }

    /** A model that cannot be fitted, for {@code reason}: no terms, the residual undefined. */
    public static Factorial undefined(String reason) {
        return new Factorial(List.of(), List.of(), 0, Statistic.undefined(reason));
    }

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

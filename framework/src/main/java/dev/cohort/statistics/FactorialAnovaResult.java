package dev.cohort.statistics;

import java.util.List;

/**
 * A factorial ANOVA of a full-interaction linear model.
 *
 * @param sequential the terms with sequential (type I) sums of squares, R's {@code anova(lm(...))}
 * @param typeII the terms with type II sums of squares, {@code car::Anova(lm(...), type = 2)}
 * @param residualDf the residual degrees of freedom
 * @param residualSumSq the residual sum of squares
 */
public record FactorialAnovaResult(
        List<AnovaTerm> sequential, List<AnovaTerm> typeII, int residualDf, double residualSumSq) {

    /** Copies the lists. */
    public FactorialAnovaResult {
        sequential = List.copyOf(sequential);
        typeII = List.copyOf(typeII);
    }
}

package dev.cohort.analysis;

import java.util.Map;

/**
 * One row of a factorial ANOVA table.
 *
 * @param term parameter names joined by {@code *}, for example {@code lr*act}
 * @param df degrees of freedom
 * @param sumSq the sum of squares (sequential or type II, by the table it is in), undefined when it
 *     overflows double precision
 * @param f the F statistic, undefined when the residual variance is zero or there is no residual
 * @param p the p-value, undefined with {@code f}
 */
public record FactorialTerm(String term, int df, Statistic<Double> sumSq, Statistic<Double> f, Statistic<Double> p) {

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

package dev.cohort.analysis;

import java.util.Map;

/**
 * The Friedman rank-sum test of configurations across tasks, as R's {@code friedman.test} on the tasks x
 * configurations matrix of task scores (Demšar 2006).
 *
 * @param chiSquared the Friedman chi-squared statistic (with R's tie correction)
 * @param df its degrees of freedom, k - 1
 * @param p its p-value
 */
public record Friedman(Statistic<Double> chiSquared, Statistic<Integer> df, Statistic<Double> p) {

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

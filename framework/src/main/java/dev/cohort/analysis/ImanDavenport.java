package dev.cohort.analysis;

import java.util.Map;

/**
 * The Iman-Davenport correction of the Friedman statistic (Demšar 2006): {@code F = (N - 1) chi2 / (N (k -
 * 1) - chi2)} on {@code k - 1} and {@code (k - 1)(N - 1)} degrees of freedom, N tasks, k configurations.
 *
 * @param f the F statistic
 * @param df1 numerator degrees of freedom
 * @param df2 denominator degrees of freedom
 * @param p its p-value
 */
public record ImanDavenport(Statistic<Double> f, Statistic<Integer> df1, Statistic<Integer> df2, Statistic<Double> p) {

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

package dev.cohort.analysis;

import java.util.Map;

/**
 * The Nemenyi critical difference of mean ranks at the 5% level (Demšar 2006): two configurations whose
 * mean ranks differ by at least it differ significantly.
 *
 * @param q {@code qtukey(0.95, k, Inf) / sqrt(2)}
 * @param criticalDifference {@code q sqrt(k (k + 1) / (6 N))}
 */
public record Nemenyi(Statistic<Double> q, Statistic<Double> criticalDifference) {

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

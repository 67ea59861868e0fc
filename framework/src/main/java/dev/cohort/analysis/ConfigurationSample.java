package dev.cohort.analysis;

import dev.cohort.statistics.Moments;
import dev.cohort.statistics.SortedSample;

/**
 * What the comparisons of one configuration read of its values, computed once for all its pairs: the
 * values sorted (rank tests, probability of improvement, medians) and their moments (t-tests, effect
 * sizes).
 *
 * @param sorted the finite values in ascending order
 * @param moments their count, mean and sum of squares; {@code null} when there are none
 */
record ConfigurationSample(SortedSample sorted, Moments moments) {

    static ConfigurationSample of(ConfigurationData data) {
        double[] values = data.finiteValues();
        return new ConfigurationSample(SortedSample.of(values), values.length == 0 ? null : Moments.of(values));
    }
}

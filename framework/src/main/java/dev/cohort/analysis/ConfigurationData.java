package dev.cohort.analysis;

import dev.cohort.results.TrialResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of one metric in one configuration, as the statistics use them.
 *
 * @param config the configuration
 * @param bySeed the finite values of successful trials, by seed, in trial order
 * @param seedsRun every seed the configuration ran, whatever the outcome
 * @param nonFinite how many successful trials recorded NaN or an infinite value
 * @param missing how many successful trials did not record the metric
 */
record ConfigurationData(
        Map<String, Object> config, Map<Long, Double> bySeed, Set<Long> seedsRun, int nonFinite, int missing) {

    static ConfigurationData of(Map<String, Object> config, String metric, List<TrialResult> configurationTrials) {
        Map<Long, Double> bySeed = new LinkedHashMap<>();
        Set<Long> seedsRun = new LinkedHashSet<>();
        int nonFinite = 0;
        int missing = 0;
        for (TrialResult t : configurationTrials) {
            seedsRun.add(t.seed());
            if (!t.isSuccessful()) {
                continue;
            }
            Double value = t.metrics().get(metric);
            if (value == null) {
                missing++;
            } else if (!Double.isFinite(value)) {
                nonFinite++;
            } else {
                bySeed.put(t.seed(), value);
            }
        }
        return new ConfigurationData(
                config, Collections.unmodifiableMap(bySeed), Collections.unmodifiableSet(seedsRun), nonFinite, missing);
    }

    double[] values() {
        return bySeed.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    int n() {
        return bySeed.size();
    }
}

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
        return of(config, metric, configurationTrials, seedsRun(configurationTrials));
    }

    /** The seeds the trials ran, in order: the same for every metric, so computed once per configuration. */
    static Set<Long> seedsRun(List<TrialResult> configurationTrials) {
        Set<Long> seedsRun = new LinkedHashSet<>();
        for (TrialResult t : configurationTrials) {
            seedsRun.add(t.seed());
        }
        return Collections.unmodifiableSet(seedsRun);
    }

    static ConfigurationData of(
            Map<String, Object> config, String metric, List<TrialResult> configurationTrials, Set<Long> seedsRun) {
        Map<Long, Double> bySeed = new LinkedHashMap<>();
        int nonFinite = 0;
        int missing = 0;
        for (TrialResult t : configurationTrials) {
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
        return new ConfigurationData(config, Collections.unmodifiableMap(bySeed), seedsRun, nonFinite, missing);
    }

    double[] values() {
        return bySeed.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    int n() {
        return bySeed.size();
    }
}

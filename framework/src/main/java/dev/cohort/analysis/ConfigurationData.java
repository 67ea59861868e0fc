package dev.cohort.analysis;

import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialTable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The values of one metric in one configuration, as the statistics use them: primitive columns, so a
 * thousand configurations of a thousand seeds cost a few megabytes per metric rather than a million
 * boxed map entries.
 *
 * @param config the configuration
 * @param seeds the seeds of the successful trials with a finite value, in trial order (each once: the
 *     trials are deduplicated by configuration and seed before they get here)
 * @param finiteValues the values of those trials, aligned with {@code seeds}
 * @param seedsRun every seed the configuration ran, whatever the outcome, sorted and distinct
 * @param nonFinite how many successful trials recorded NaN or an infinite value
 * @param missing how many successful trials did not record the metric
 * @param declaredSeeds how many seeds the experiment's declaration asks of the configuration ({@code 0}
 *     without a declaration)
 */
record ConfigurationData(
        Map<String, Object> config,
        long[] seeds,
        double[] finiteValues,
        long[] seedsRun,
        int nonFinite,
        int missing,
        int declaredSeeds) {

    static ConfigurationData of(Map<String, Object> config, String metric, List<TrialResult> configurationTrials) {
        TrialTable trials = TrialTable.of(configurationTrials);
        return of(config, metric, trials, seedsRun(trials), 0);
    }

    /** The seeds the trials ran, sorted and distinct: the same for every metric, so computed once per configuration. */
    static long[] seedsRun(TrialTable configurationTrials) {
        long[] seeds = new long[configurationTrials.size()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = configurationTrials.seed(i);
        }
        Arrays.sort(seeds);
        int distinct = 0;
        for (int i = 0; i < seeds.length; i++) {
            if (i == 0 || seeds[i] != seeds[i - 1]) {
                seeds[distinct++] = seeds[i];
            }
        }
        return Arrays.copyOf(seeds, distinct);
    }

    static ConfigurationData of(
            Map<String, Object> config,
            String metric,
            TrialTable configurationTrials,
            long[] seedsRun,
            int declaredSeeds) {
        long[] seeds = new long[configurationTrials.size()];
        double[] values = new double[configurationTrials.size()];
        int n = 0;
        int missing = 0;
        for (int i = 0; i < configurationTrials.size(); i++) {
            if (!configurationTrials.isSuccessful(i)) {
                continue;
            }
            Double value = configurationTrials.metric(i, metric);
            if (value == null) {
                missing++;
            } else {
                seeds[n] = configurationTrials.seed(i);
                values[n] = value;
                n++;
            }
        }
        return ofValues(config, Arrays.copyOf(seeds, n), Arrays.copyOf(values, n), seedsRun, missing, declaredSeeds);
    }

    /**
     * The data of successful trials' values, aligned with their seeds: the finite ones kept, the NaN and
     * infinite ones counted in {@code nonFinite}.
     */
    static ConfigurationData ofValues(
            Map<String, Object> config,
            long[] seeds,
            double[] values,
            long[] seedsRun,
            int missing,
            int declaredSeeds) {
        long[] finiteSeeds = new long[values.length];
        double[] finite = new double[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                finiteSeeds[n] = seeds[i];
                finite[n] = values[i];
                n++;
            }
        }
        return new ConfigurationData(
                config,
                Arrays.copyOf(finiteSeeds, n),
                Arrays.copyOf(finite, n),
                seedsRun,
                values.length - n,
                missing,
                declaredSeeds);
    }

    /** A copy of the finite values, in trial order. */
    double[] values() {
        return finiteValues.clone();
    }

    /** The finite values as an immutable list that boxes on access, for the analysis model. */
    List<Double> valueList() {
        return new DoubleList(finiteValues);
    }

    int n() {
        return finiteValues.length;
    }

    /**
     * Whether both configurations ran the same seeds (common random numbers), so their comparison is
     * paired: the same non-empty set of seeds among their trials, whatever each trial's outcome. A
     * trial that failed, or succeeded without a finite value, still ran its seed and keeps the pairing;
     * the paired statistics then use the seeds with a finite value in both. A seed one configuration
     * never ran (an interrupted or sharded run, or configurations with seeds of their own) makes the
     * comparison unpaired.
     */
    boolean ranSameSeedsAs(ConfigurationData other) {
        return seedsRun.length > 0 && Arrays.equals(seedsRun, other.seedsRun);
    }
}

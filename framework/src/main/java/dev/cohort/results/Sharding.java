package dev.cohort.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Deals the trials of a study to shards: the trials are sorted by experiment id, configuration index
 * and seed index, and dealt round-robin, the first to shard 0, the second to shard 1, and so on. So the
 * assignment is
 *
 * <ul>
 *   <li>deterministic: it depends on the set of trials only, not on their order, the machine or the
 *       time, so a shard that is run again runs the same trials (and resumes);
 *   <li>balanced: shard sizes differ by at most one trial, and every configuration's seeds are spread
 *       over the shards, so a slow configuration does not make one shard the straggler;
 *   <li>disjoint, with the union of all shards equal to the whole study.
 * </ul>
 *
 * <p>Pure: no I/O. The engine applies it to the trials of the experiments it discovered, {@code
 * cohort:status} to the experiments' recorded declarations.
 */
public final class Sharding {

    private static final Comparator<TrialKey> ORDER = Comparator.comparing(TrialKey::experiment)
            .thenComparingInt(TrialKey::configIndex)
            .thenComparingInt(TrialKey::seedIndex);

    private Sharding() {}

    /**
     * One trial of a study, by position.
     *
     * @param experiment the experiment id
     * @param configIndex the configuration's position in the experiment's design, from 0
     * @param seedIndex the seed's position in the experiment's seeds, from 0
     */
    public record TrialKey(String experiment, int configIndex, int seedIndex) {

        /** Checks the values. */
        public TrialKey {
            Objects.requireNonNull(experiment, "experiment");
            if (configIndex < 0 || seedIndex < 0) {
                throw new IllegalArgumentException(
                        "Trial positions start at 0, were configuration " + configIndex + ", seed " + seedIndex);
            }
        }
    }

    /**
     * The shard index (from 0 to {@code count - 1}) of every trial.
     *
     * @param trials every trial of the study (duplicates count once)
     * @param count how many shards
     */
    public static Map<TrialKey, Integer> assign(Collection<TrialKey> trials, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A study splits into at least 1 shard, not " + count);
        }
        List<TrialKey> sorted = new ArrayList<>(trials.stream().distinct().toList());
        sorted.sort(ORDER);
        Map<TrialKey, Integer> shards = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            shards.put(sorted.get(i), i % count);
        }
        return shards;
    }

    /** Every trial of the recorded declarations: all configurations with all seeds. */
    public static List<TrialKey> trialsOf(Collection<ExperimentManifest> experiments) {
        List<TrialKey> trials = new ArrayList<>();
        for (ExperimentManifest experiment : experiments) {
            for (int config = 0; config < experiment.configurations().size(); config++) {
                for (int seed = 0; seed < experiment.seeds().size(); seed++) {
                    trials.add(new TrialKey(experiment.experiment(), config, seed));
                }
            }
        }
        return trials;
    }
}

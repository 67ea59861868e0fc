package dev.cohort.engine;

import dev.cohort.results.Shard;
import dev.cohort.results.Sharding;
import dev.cohort.results.Sharding.TrialKey;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;

/**
 * Keeps only the trials of this execution's {@link Shard} in the discovered tree, after discovery: the
 * trials of every discovered experiment (all its configurations and seeds, whatever was selected) are
 * dealt to the shards by {@link Sharding}, and the trials of other shards are removed, with the
 * configurations left without trials. Removed, not skipped: the other shards' trials are not this run's
 * business and must not show as skipped tests in Surefire's counts. Experiments stay, even without a
 * trial in this shard, so every shard records every experiment's declaration.
 */
final class ShardFilter {

    private ShardFilter() {}

    /**
     * Removes the trials of other shards from {@code engine}'s tree.
     *
     * @return what was kept, for the progress line; empty for the whole study
     */
    static String apply(CohortEngineDescriptor engine, Shard shard) {
        if (shard.isWhole()) {
            return "";
        }
        Map<String, ExperimentDefinition> experiments = new LinkedHashMap<>();
        List<TrialDescriptor> trials = new ArrayList<>();
        for (TestDescriptor descendant : engine.getDescendants()) {
            if (descendant instanceof ExperimentDescriptor experiment) {
                experiments.putIfAbsent(experiment.definition().id(), experiment.definition());
            } else if (descendant instanceof TrialDescriptor trial) {
                trials.add(trial);
            }
        }
        List<TrialKey> study = new ArrayList<>();
        for (ExperimentDefinition experiment : experiments.values()) {
            for (Configuration configuration : experiment.configurations()) {
                for (int seed = 0; seed < experiment.seedCount(); seed++) {
                    study.add(new TrialKey(experiment.id(), configuration.index(), seed));
                }
            }
        }
        Map<TrialKey, Integer> assignment = Sharding.assign(study, shard.count());
        int kept = 0;
        for (TrialDescriptor trial : trials) {
            Integer owner = assignment.get(trial.key());
            if (owner != null && owner == shard.index()) {
                kept++;
            } else {
                trial.removeFromHierarchy();
            }
        }
        for (TestDescriptor descendant : List.copyOf(engine.getDescendants())) {
            if (descendant instanceof ConfigurationDescriptor configuration
                    && configuration.getChildren().isEmpty()) {
                configuration.removeFromHierarchy();
            }
        }
        long shardSize = assignment.values().stream()
                .filter(owner -> owner == shard.index())
                .count();
        return "shard " + shard.label() + ": " + kept + " selected trials; the shard holds " + shardSize + " of the "
                + study.size() + " trials of " + experiments.size() + " experiments";
    }
}

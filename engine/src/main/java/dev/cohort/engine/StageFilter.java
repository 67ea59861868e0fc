package dev.cohort.engine;

import dev.cohort.results.TrialStage;
import java.util.List;
import org.junit.platform.engine.TestDescriptor;

/**
 * Keeps the tuning trials out of an execution that runs only the confirmation stage ({@value
 * CohortConfiguration#STAGE}{@code =confirmation}), after discovery: every configuration with its trials
 * is removed, so the experiments with {@code @Confirm} run only their confirmation trials (selected from
 * the stored tuning results) and the other experiments nothing. Removed, not skipped, as {@link
 * ShardFilter} removes other shards' trials.
 */
final class StageFilter {

    private StageFilter() {}

    /** Removes the tuning trials from {@code engine}'s tree when only the confirmation stage runs. */
    static void apply(CohortEngineDescriptor engine, TrialStage stage) {
        if (stage != TrialStage.CONFIRMATION) {
            return;
        }
        for (TestDescriptor descendant : List.copyOf(engine.getDescendants())) {
            if (descendant instanceof ConfigurationDescriptor configuration) {
                configuration.removeFromHierarchy();
            }
        }
    }
}

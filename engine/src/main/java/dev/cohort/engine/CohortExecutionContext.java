package dev.cohort.engine;

import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node of one execution shares: the configuration and the run's results store.
 *
 * @param configuration the engine's settings
 * @param store the run's results, or {@code null} before the engine descriptor opened it
 */
record CohortExecutionContext(CohortConfiguration configuration, RunStore store) implements EngineExecutionContext {

    /** The context with the run's store. */
    CohortExecutionContext withStore(RunStore runStore) {
        return new CohortExecutionContext(configuration, runStore);
    }
}

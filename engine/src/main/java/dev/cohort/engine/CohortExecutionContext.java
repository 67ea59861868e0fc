package dev.cohort.engine;

import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node of one execution shares: the configuration, the run's results store and its progress.
 *
 * @param configuration the engine's settings
 * @param store the run's results, or {@code null} before the engine descriptor opened it
 * @param progress the run's progress, {@linkplain Progress#silent() silent} before the engine descriptor
 *     started it
 */
record CohortExecutionContext(CohortConfiguration configuration, RunStore store, Progress progress)
        implements EngineExecutionContext {

    /** The context before the engine descriptor opened the run. */
    CohortExecutionContext(CohortConfiguration configuration) {
        this(configuration, null, Progress.silent());
    }

    /** The context with the run's store and progress. */
    CohortExecutionContext withRun(RunStore runStore, Progress runProgress) {
        return new CohortExecutionContext(configuration, runStore, runProgress);
    }
}

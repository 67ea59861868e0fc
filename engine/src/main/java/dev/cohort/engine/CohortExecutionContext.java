package dev.cohort.engine;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What every node of one execution shares: the configuration, the run's results store, its progress and
 * which trials it skips.
 *
 * @param configuration the engine's settings
 * @param store the run's results, or {@code null} before the engine descriptor opened it
 * @param progress the run's progress, {@linkplain Progress#silent() silent} before the engine descriptor
 *     started it
 * @param resumption which trials are skipped because the results directory already holds them
 * @param executor where the trials run ({@value CohortConfiguration#ISOLATION})
 * @param listener the execution's listener, to which trials and experiments publish what they measured
 *     ({@link MeasuredEntries})
 */
record CohortExecutionContext(
        CohortConfiguration configuration,
        RunStore store,
        Progress progress,
        Resumption resumption,
        TrialExecutor executor,
        EngineExecutionListener listener)
        implements EngineExecutionContext {

    /** The context before the engine descriptor opened the run. */
    CohortExecutionContext(CohortConfiguration configuration, EngineExecutionListener listener) {
        this(configuration, null, Progress.silent(), Resumption.runAll(), TrialExecutor.THREAD, listener);
    }

    /** The context with the run's store and progress, running every trial. */
    CohortExecutionContext withRun(RunStore runStore, Progress runProgress) {
        return withRun(runStore, runProgress, Resumption.runAll());
    }

    /** The context with the run's store, progress and skipped trials. */
    CohortExecutionContext withRun(RunStore runStore, Progress runProgress, Resumption runResumption) {
        return new CohortExecutionContext(configuration, runStore, runProgress, runResumption, executor, listener);
    }

    /** The context whose trials run on {@code trialExecutor}. */
    CohortExecutionContext withExecutor(TrialExecutor trialExecutor) {
        return new CohortExecutionContext(configuration, store, progress, resumption, trialExecutor, listener);
    }
}

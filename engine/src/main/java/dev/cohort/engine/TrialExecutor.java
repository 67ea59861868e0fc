package dev.cohort.engine;

import dev.cohort.engine.CohortConfiguration.Isolation;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.TrialOutcome;
import dev.cohort.runtime.TrialRunner;
import dev.cohort.runtime.worker.WorkerPool;
import java.time.Duration;

/**
 * Where the trials of one execution run, as {@value CohortConfiguration#ISOLATION} says: on the engine's
 * threads ({@link TrialRunner}) or in a pool of worker JVMs ({@link WorkerPool}), closed when the
 * execution ends.
 */
@FunctionalInterface
interface TrialExecutor extends AutoCloseable {

    /** Runs trials on the calling thread. */
    TrialExecutor THREAD = TrialRunner::run;

    /**
     * Runs the trial of {@code configuration} with the seed at {@code seedIndex}, within {@code timeout}
     * ({@code null} for none) declared by {@code timeoutSource}; never throws for the trial's own failure.
     */
    TrialOutcome run(
            ExperimentDefinition experiment,
            Configuration configuration,
            int seedIndex,
            Duration timeout,
            String timeoutSource);

    /** Releases what runs the trials; the executor runs none after. */
    @Override
    default void close() {}

    /** The executor {@code configuration} asks for; worker JVMs start only when trials need them. */
    static TrialExecutor of(CohortConfiguration configuration) {
        if (configuration.isolation() == Isolation.THREAD) {
            return THREAD;
        }
        WorkerPool pool = new WorkerPool(configuration.workerJvmArgs());
        return new TrialExecutor() {
            @Override
            public TrialOutcome run(
                    ExperimentDefinition experiment,
                    Configuration trialConfiguration,
                    int seedIndex,
                    Duration timeout,
                    String timeoutSource) {
                return pool.run(experiment, trialConfiguration, seedIndex, timeout, timeoutSource);
            }

            @Override
            public void close() {
                pool.close();
            }
        };
    }
}

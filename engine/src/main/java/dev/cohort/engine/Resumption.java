package dev.cohort.engine;

import dev.cohort.engine.CohortConfiguration.Rerun;
import dev.cohort.results.TrialStatus;
import dev.cohort.runtime.CompletedTrials;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import java.util.Optional;

/**
 * Which trials an execution skips because of what the results directory already holds ({@code
 * cohort.resume}, {@code cohort.rerun}), and why. The stored trials are read once per execution, by the
 * engine descriptor before the first trial; each trial then only looks itself up.
 *
 * <p>A trial that crashed {@value #CRASH_LIMIT} times or more ({@code CRASHED} results, counting the
 * starts in flight when an earlier JVM ended) and whose latest result is a crash is not run again, so a
 * trial that ends its JVM ({@code System.exit}) cannot make every resume end the same way; {@code
 * cohort.rerun=failed} runs it anyway.
 *
 * @param resume whether trials whose latest result is successful are skipped
 * @param rerun which trials run
 * @param completed the stored trials
 */
record Resumption(boolean resume, Rerun rerun, CompletedTrials completed) {

    /** After how many crashes a trial is no longer run without {@code cohort.rerun=failed}. */
    static final int CRASH_LIMIT = 2;

    /** Runs every trial. */
    static Resumption runAll() {
        return new Resumption(false, Rerun.ALL, CompletedTrials.none());
    }

    /** Why the trial of {@code experiment}'s stage is skipped, or empty when it runs. */
    Optional<String> skipReason(ExperimentDefinition experiment, Configuration configuration, long seed) {
        if (!resume && rerun == Rerun.ALL) {
            return Optional.empty();
        }
        Optional<CompletedTrials.Stored> stored =
                completed.latest(experiment.id(), experiment.stage(), configuration, seed);
        int crashes = completed.crashes(experiment.id(), experiment.stage(), configuration, seed);
        if (rerun != Rerun.FAILED
                && crashes >= CRASH_LIMIT
                && stored.filter(s -> s.status() == TrialStatus.CRASHED).isPresent()) {
            return Optional.of(
                    "crashed " + crashes + " times, last in " + stored.get().file()
                            + " (the JVM ended during the trial: System.exit, a kill or a crash); not run again unless "
                            + CohortConfiguration.RERUN + "=failed");
        }
        if (rerun == Rerun.FAILED) {
            if (stored.isEmpty()) {
                return Optional.of("not run before (" + CohortConfiguration.RERUN + "=failed runs only failed trials)");
            }
            if (stored.get().status() != TrialStatus.FAILED && stored.get().status() != TrialStatus.CRASHED) {
                return Optional.of(
                        describe(stored.get()) + " (" + CohortConfiguration.RERUN + "=failed runs only failed trials)");
            }
            return Optional.empty();
        }
        return stored.filter(s -> s.status() == TrialStatus.SUCCESSFUL)
                .map(s -> "already done in " + s.file() + " (" + CohortConfiguration.RESUME + "=true)");
    }

    private static String describe(CompletedTrials.Stored stored) {
        return switch (stored.status()) {
            case SUCCESSFUL -> "already done in " + stored.file();
            case ABORTED -> "aborted in " + stored.file();
            case FAILED -> "failed in " + stored.file();
            case CRASHED -> "crashed in " + stored.file();
        };
    }
}

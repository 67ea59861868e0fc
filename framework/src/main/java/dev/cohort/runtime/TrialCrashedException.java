package dev.cohort.runtime;

import dev.cohort.results.TrialStatus;
import java.util.Map;

/**
 * Why a trial is {@link dev.cohort.results.TrialStatus#CRASHED}: the JVM running it ended ({@code
 * System.exit}, a kill, a crash of the JVM) after its start was journaled and before its result was
 * stored. Made by the next run from the journal ({@link StartJournal}); it carries no stack trace, since
 * nothing was thrown.
 */
public final class TrialCrashedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The crash of the trial whose journaled start is {@code start}. */
    public TrialCrashedException(StartJournal.Start start) {
        super(
                "the JVM ended while this trial ran (System.exit, a kill or a crash of the JVM): its start at "
                        + start.started() + " is journaled in " + start.file() + " and no result followed",
                null,
                false,
                false);
    }

    /** The outcome to store for the crashed trial: status {@code CRASHED}, no metrics, the journaled start. */
    public static TrialOutcome outcome(
            ExperimentDefinition experiment, Configuration configuration, int seedIndex, StartJournal.Start start) {
        return new TrialOutcome(
                experiment,
                configuration,
                seedIndex,
                TrialStatus.CRASHED,
                Map.of(),
                new CurveBuffer(),
                0,
                start.started().toString(),
                new TrialCrashedException(start));
    }
}

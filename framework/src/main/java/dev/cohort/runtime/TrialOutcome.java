package dev.cohort.runtime;

import dev.cohort.results.InstantText;
import dev.cohort.results.RunInfo;
import dev.cohort.results.TrialError;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one trial ended, before it is stored: its result fields, its buffered curves and, when it did not
 * succeed, the exception the method threw.
 *
 * @param experiment the experiment
 * @param configuration the configuration
 * @param seedIndex the position of the seed among the experiment's seeds
 * @param status how the trial ended
 * @param metrics the recorded scalar metrics
 * @param curves the logged curve points
 * @param durationMs the wall time in milliseconds
 * @param startedAt when the trial started, as an ISO-8601 instant
 * @param failure what the method threw, or {@code null} when it returned normally
 */
public record TrialOutcome(
        ExperimentDefinition experiment,
        Configuration configuration,
        int seedIndex,
        TrialStatus status,
        Map<String, Double> metrics,
        CurveBuffer curves,
        double durationMs,
        String startedAt,
        Throwable failure) {

    /** Copies the metrics, keeping their recording order. */
    public TrialOutcome {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * A trial that failed with {@code failure} before it recorded anything usable: no metrics, no curves.
     *
     * @param startNanos {@link System#nanoTime()} when the trial started, for its duration
     * @param startedAt when the trial started
     */
    public static TrialOutcome failed(
            ExperimentDefinition experiment,
            Configuration configuration,
            int seedIndex,
            long startNanos,
            Instant startedAt,
            Throwable failure) {
        return new TrialOutcome(
                experiment,
                configuration,
                seedIndex,
                TrialStatus.FAILED,
                Map.of(),
                new CurveBuffer(),
                (System.nanoTime() - startNanos) / 1e6,
                InstantText.of(startedAt),
                failure);
    }

    /** The trial's seed. */
    public long seed() {
        return experiment.seed(seedIndex);
    }

    /**
     * The result line of this trial.
     *
     * @param curvesFile the curve file relative to the results file's directory, or {@code null}
     */
    public TrialResult toResult(String curvesFile) {
        return toResult(curvesFile, null);
    }

    /**
     * The result line of this trial, written by the run {@code run}.
     *
     * @param curvesFile the curve file relative to the results file's directory, or {@code null}
     * @param run what produced the trial, or {@code null}
     */
    public TrialResult toResult(String curvesFile, RunInfo run) {
        return new TrialResult(
                experiment.id(),
                configuration.values(),
                seed(),
                seedIndex,
                status,
                metrics,
                durationMs,
                failure == null ? null : error(failure),
                experiment.goals(),
                curvesFile,
                startedAt,
                configuration.index(),
                run,
                experiment.stage());
    }

    private static TrialError error(Throwable failure) {
        return failure instanceof RemoteFailure remote ? remote.error() : TrialError.of(failure);
    }
}

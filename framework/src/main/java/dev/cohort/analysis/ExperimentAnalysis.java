package dev.cohort.analysis;

import dev.cohort.results.TrialStage;
import java.util.List;
import java.util.Map;

/**
 * The analysis of one experiment.
 *
 * @param id the experiment id
 * @param parameters the swept parameter names, in declaration order
 * @param trials the number of distinct trials (configuration x seed) that entered the analysis
 * @param successful how many of them succeeded
 * @param failures the trials that failed or were aborted, with their causes
 * @param metrics one analysis per recorded metric, in order of first appearance
 * @param curves one aggregate per metric logged with {@code Trial.log}, in order of first appearance
 * @param coverage how much of the latest declaration has results
 * @param notRun the declared configurations without any result, in declared order
 * @param stale the trials of configurations or seeds the latest declaration no longer has, by
 *     configuration
 * @param confirmation the confirmation stage of an experiment with {@code @Confirm}, or {@code null}
 *     without one; when present, {@code metrics}, {@code trials} and {@code coverage} describe the tuning
 *     stage, which is exploratory, and conclusions are drawn from this
 */
public record ExperimentAnalysis(
        String id,
        List<String> parameters,
        int trials,
        int successful,
        List<FailedTrial> failures,
        List<MetricAnalysis> metrics,
        List<CurveAnalysis> curves,
        Coverage coverage,
        List<Map<String, Object>> notRun,
        List<StaleConfiguration> stale,
        ConfirmationAnalysis confirmation) {

    /** Copies the lists. */
    public ExperimentAnalysis {
        parameters = List.copyOf(parameters);
        failures = List.copyOf(failures);
        metrics = List.copyOf(metrics);
        curves = List.copyOf(curves);
        notRun = List.copyOf(notRun);
        stale = List.copyOf(stale);
    }

    /** An analysis of results without a declaration: they count as they are. */
    public ExperimentAnalysis(
            String id,
            List<String> parameters,
            int trials,
            int successful,
            List<FailedTrial> failures,
            List<MetricAnalysis> metrics,
            List<CurveAnalysis> curves) {
        this(
                id,
                parameters,
                trials,
                successful,
                failures,
                metrics,
                curves,
                Coverage.undeclared(successful, trials - successful),
                List.of(),
                List.of(),
                null);
    }

    /** An analysis of results without a declaration and without learning curves. */
    public ExperimentAnalysis(
            String id,
            List<String> parameters,
            int trials,
            int successful,
            List<FailedTrial> failures,
            List<MetricAnalysis> metrics) {
        this(id, parameters, trials, successful, failures, metrics, List.of());
    }

    /** This analysis with {@code curves} in place of its learning curves. */
    public ExperimentAnalysis withCurves(List<CurveAnalysis> curves) {
        return new ExperimentAnalysis(
                id, parameters, trials, successful, failures, metrics, curves, coverage, notRun, stale, confirmation);
    }

    /** This analysis with another coverage, configurations without results and stale trials. */
    public ExperimentAnalysis withCoverage(
            Coverage coverage, List<Map<String, Object>> notRun, List<StaleConfiguration> stale) {
        return new ExperimentAnalysis(
                id, parameters, trials, successful, failures, metrics, curves, coverage, notRun, stale, confirmation);
    }

    /** This analysis with its confirmation stage. */
    public ExperimentAnalysis withConfirmation(ConfirmationAnalysis confirmation) {
        return new ExperimentAnalysis(
                id, parameters, trials, successful, failures, metrics, curves, coverage, notRun, stale, confirmation);
    }

    /** Whether the experiment confirms its winners on fresh seeds, so its tuning analysis is exploratory. */
    public boolean hasConfirmation() {
        return confirmation != null;
    }

    /**
     * The stage the experiment's conclusions and expectations are drawn from: {@link
     * TrialStage#CONFIRMATION} with {@code @Confirm}, else {@link TrialStage#TUNING}.
     */
    public TrialStage concludingStage() {
        return hasConfirmation() ? TrialStage.CONFIRMATION : TrialStage.TUNING;
    }

    /**
     * One stage as an analysis of its own, for the views that read an experiment's metrics, trials,
     * failures and coverage (queries, assertions, expectations): {@link TrialStage#TUNING} is this analysis
     * without its confirmation; {@link TrialStage#CONFIRMATION} holds the confirmation's trials, failures,
     * metrics, coverage, unrun selected configurations and stale trials, and no learning curves.
     *
     * @throws IllegalArgumentException when the confirmation stage is asked of an experiment without
     *     {@code @Confirm}
     */
    public ExperimentAnalysis stage(TrialStage stage) {
        if (stage == TrialStage.TUNING) {
            return hasConfirmation() ? withConfirmation(null) : this;
        }
        if (!hasConfirmation()) {
            throw new IllegalArgumentException(
                    "Experiment " + id + " has no confirmation stage: it declares no @Confirm");
        }
        return new ExperimentAnalysis(
                id,
                parameters,
                confirmation.trials(),
                confirmation.successful(),
                confirmation.failures(),
                confirmation.metrics(),
                List.of(),
                confirmation.coverage(),
                confirmation.notRun(),
                confirmation.stale(),
                null);
    }

    /** Whether the "best" configuration is provisional: a declared configuration has no result yet. */
    public boolean bestIsProvisional() {
        return !notRun.isEmpty();
    }
}

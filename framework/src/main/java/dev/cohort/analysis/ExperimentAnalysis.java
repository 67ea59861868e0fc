package dev.cohort.analysis;

import java.util.List;

/**
 * The analysis of one experiment.
 *
 * @param id the experiment id
 * @param parameters the swept parameter names, in declaration order
 * @param trials the number of distinct trials (configuration x seed) found
 * @param successful how many of them succeeded
 * @param failures the trials that failed or were aborted, with their causes
 * @param metrics one analysis per recorded metric, in order of first appearance
 * @param curves one aggregate per metric logged with {@code Trial.log}, in order of first appearance
 */
public record ExperimentAnalysis(
        String id,
        List<String> parameters,
        int trials,
        int successful,
        List<FailedTrial> failures,
        List<MetricAnalysis> metrics,
        List<CurveAnalysis> curves) {

    /** Copies the lists. */
    public ExperimentAnalysis {
        parameters = List.copyOf(parameters);
        failures = List.copyOf(failures);
        metrics = List.copyOf(metrics);
        curves = List.copyOf(curves);
    }

    /** An experiment analysis without learning curves. */
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
        return new ExperimentAnalysis(id, parameters, trials, successful, failures, metrics, curves);
    }
}

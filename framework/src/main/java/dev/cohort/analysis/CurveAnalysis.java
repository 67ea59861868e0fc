package dev.cohort.analysis;

import dev.cohort.Goal;
import java.util.List;

/**
 * The learning curves of one logged metric of one experiment: per configuration, the mean over seeds
 * at each (downsampled) step, with a 95% confidence band.
 *
 * @param metric the metric name, as passed to {@code Trial.log}
 * @param goal which direction is better, from the experiment's {@code @Metric} declarations
 * @param configurations one curve per configuration, in configuration order
 */
public record CurveAnalysis(String metric, Goal goal, List<ConfigurationCurve> configurations) {

    /** Copies the list. */
    public CurveAnalysis {
        configurations = List.copyOf(configurations);
    }
}

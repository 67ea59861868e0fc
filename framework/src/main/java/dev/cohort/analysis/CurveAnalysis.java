package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.results.MetricBounds;
import java.util.List;

/**
 * The learning curves of one logged metric of one experiment: per configuration, the mean over seeds
 * at each (downsampled) step, with a 95% confidence band.
 *
 * @param metric the metric name, as passed to {@code Trial.log}
 * @param goal which direction is better, from the experiment's {@code @Metric} declarations
 * @param bounds the range of the metric's values declared with {@code @Metric(min, max)}, {@link
 *     MetricBounds#NONE} when it declares none; bands are drawn inside it ({@link CurvePoint#bandLow})
 * @param configurations one curve per configuration, in configuration order
 */
public record CurveAnalysis(String metric, Goal goal, MetricBounds bounds, List<ConfigurationCurve> configurations) {

    /** Copies the list; {@code null} bounds are {@link MetricBounds#NONE}. */
    public CurveAnalysis {
        bounds = bounds == null ? MetricBounds.NONE : bounds;
        configurations = List.copyOf(configurations);
    }

    /** The curves of a metric that declares no bounds. */
    public CurveAnalysis(String metric, Goal goal, List<ConfigurationCurve> configurations) {
        this(metric, goal, MetricBounds.NONE, configurations);
    }
}

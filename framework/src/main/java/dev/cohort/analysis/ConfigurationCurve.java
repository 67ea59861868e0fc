package dev.cohort.analysis;

import java.util.List;
import java.util.Map;

/**
 * The learning curve of one configuration, aggregated over its seeds.
 *
 * @param config the configuration
 * @param seeds how many seeds contributed a curve (logged at least one finite value of the metric)
 * @param points the curve, in increasing step order, downsampled for plotting; a step whose mean
 *     overflows double precision has no point
 * @param skipped how many logged values were left out because they were NaN or infinite
 */
public record ConfigurationCurve(Map<String, Object> config, int seeds, List<CurvePoint> points, long skipped) {

    /** Copies the list. */
    public ConfigurationCurve {
        points = List.copyOf(points);
    }
}

package dev.cohort.analysis;

import java.util.List;
import java.util.Map;

/**
 * The learning curve of one configuration, aggregated over its seeds.
 *
 * @param config the configuration
 * @param seeds how many seeds contributed a curve
 * @param points the curve, in increasing step order, downsampled for plotting
 */
public record ConfigurationCurve(Map<String, Object> config, int seeds, List<CurvePoint> points) {

    /** Copies the list. */
    public ConfigurationCurve {
        points = List.copyOf(points);
    }
}

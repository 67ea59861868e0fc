package dev.cohort.analysis;

import java.util.List;
import java.util.Map;

/**
 * A configuration's performance profile (Dolan and Moré 2002, as rliable draws it): at each threshold
 * tau of the normalised score, the fraction of its runs (all tasks pooled, each task weighted equally)
 * that are better than tau by the goal (above tau for a maximised or undirected metric, below for a
 * minimised one), with a stratified-bootstrap 95% band.
 *
 * @param config the configuration, without the task parameter
 * @param thresholds the thresholds, increasing; the same for every configuration of the metric
 * @param fraction the fraction of runs better than each threshold
 * @param low the lower end of the band at each threshold
 * @param high the upper end of the band at each threshold
 */
public record PerformanceProfile(
        Map<String, Object> config,
        List<Double> thresholds,
        List<Double> fraction,
        List<Double> low,
        List<Double> high) {

    /** Copies the lists, which have one value per threshold. */
    public PerformanceProfile {
        thresholds = List.copyOf(thresholds);
        fraction = List.copyOf(fraction);
        low = List.copyOf(low);
        high = List.copyOf(high);
        if (fraction.size() != thresholds.size()
                || low.size() != thresholds.size()
                || high.size() != thresholds.size()) {
            throw new IllegalArgumentException("a performance profile has one fraction and band per threshold");
        }
    }
}

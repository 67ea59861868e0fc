package dev.cohort.analysis;

import dev.cohort.results.MetricBounds;
import java.util.Map;

/**
 * One point of an aggregated learning curve: over the seeds that logged a value at this step (or in
 * this bucket of steps, after downsampling), the mean and its t-based 95% confidence interval, and the
 * smallest and largest seed value.
 *
 * @param step the step (for a bucket, its last step)
 * @param n the number of seeds contributing
 * @param mean the mean over seeds
 * @param ciLow the lower end of the 95% interval of the mean, undefined when {@code n < 2}
 * @param ciHigh the upper end, undefined when {@code n < 2}
 * @param min the smallest of the seeds' values here (a seed's value in a bucket is the mean of what it
 *     logged there)
 * @param max the largest of the seeds' values here
 */
public record CurvePoint(
        double step, int n, double mean, Statistic<Double> ciLow, Statistic<Double> ciHigh, double min, double max) {

    /** The interval of a point that one seed contributed to. */
    static final Statistic<Double> ONE_SEED = Statistic.undefined("one seed logged a value here; the interval needs 2");

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }

    /**
     * The lower end of the band a chart shades around the mean: the 95% interval's, raised to the smallest
     * seed value when the interval reaches below every seed, and into the metric's declared {@code bounds}
     * (a t-interval around a mean near a bound reaches values the metric cannot take). Undefined where
     * the interval is.
     */
    public Statistic<Double> bandLow(MetricBounds bounds) {
        return ciLow.isDefined() ? Statistic.of(bounds.clip(Math.max(ciLow.value(), min))) : ciLow;
    }

    /** The upper end of the band, lowered to the largest seed value and into {@code bounds} like {@link #bandLow}. */
    public Statistic<Double> bandHigh(MetricBounds bounds) {
        return ciHigh.isDefined() ? Statistic.of(bounds.clip(Math.min(ciHigh.value(), max))) : ciHigh;
    }
}

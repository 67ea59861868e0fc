package dev.cohort.analysis;

import java.util.Map;

/**
 * One point of an aggregated learning curve: over the seeds that logged a value at this step (or in
 * this bucket of steps, after downsampling), the mean and its t-based 95% confidence interval.
 *
 * @param step the step (for a bucket, its last step)
 * @param n the number of seeds contributing
 * @param mean the mean over seeds
 * @param ciLow the lower end of the 95% interval of the mean, undefined when {@code n < 2}
 * @param ciHigh the upper end, undefined when {@code n < 2}
 */
public record CurvePoint(double step, int n, double mean, Statistic<Double> ciLow, Statistic<Double> ciHigh) {

    /** The interval of a point that one seed contributed to. */
    static final Statistic<Double> ONE_SEED = Statistic.undefined("one seed logged a value here; the interval needs 2");

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

package dev.cohort.analysis;

import java.util.List;
import java.util.Map;

/**
 * The descriptive statistics of one configuration over its successful trials. A statistic undefined for
 * the data holds the reason instead of a value ({@link #reasons()} collects them).
 *
 * @param config the configuration
 * @param n the number of successful trials with a finite value
 * @param mean the arithmetic mean
 * @param sd the sample standard deviation
 * @param se the standard error of the mean
 * @param ciLow the lower end of the t-based 95% confidence interval of the mean
 * @param ciHigh the upper end of that interval
 * @param median the median
 * @param min the smallest value
 * @param max the largest value
 * @param iqm the interquartile mean, {@code mean(x, trim = 0.25)}
 * @param shapiroW the Shapiro-Wilk statistic
 * @param shapiroP the Shapiro-Wilk p-value
 * @param q25 the first quartile, {@code quantile(x, 0.25)} (Hyndman-Fan type 7, R's default)
 * @param q75 the third quartile, {@code quantile(x, 0.75)}
 * @param meanBootLow the lower end of the seeded percentile-bootstrap 95% interval of the mean
 * @param meanBootHigh the upper end of that interval
 * @param iqmBootLow the lower end of the seeded percentile-bootstrap 95% interval of the IQM
 * @param iqmBootHigh the upper end of that interval
 * @param nonFinite how many successful trials recorded a NaN or infinite value, excluded from {@code n}
 * @param unrecorded how many successful trials did not record this metric, not counted in {@code n}
 * @param values the {@code n} finite values themselves, in the order their trials were found (seed order
 *     within the configuration), for plots that show every seed
 */
public record GroupSummary(
        Map<String, Object> config,
        int n,
        Statistic<Double> mean,
        Statistic<Double> sd,
        Statistic<Double> se,
        Statistic<Double> ciLow,
        Statistic<Double> ciHigh,
        Statistic<Double> median,
        Statistic<Double> min,
        Statistic<Double> max,
        Statistic<Double> iqm,
        Statistic<Double> shapiroW,
        Statistic<Double> shapiroP,
        Statistic<Double> q25,
        Statistic<Double> q75,
        Statistic<Double> meanBootLow,
        Statistic<Double> meanBootHigh,
        Statistic<Double> iqmBootLow,
        Statistic<Double> iqmBootHigh,
        int nonFinite,
        int unrecorded,
        List<Double> values) {

    /** Copies the values (values the analysis made are immutable already and kept as they are). */
    public GroupSummary {
        values = values instanceof DoubleList ? values : List.copyOf(values);
    }

    /** The same statistics of the same values, shown under another configuration. */
    GroupSummary withConfig(Map<String, Object> other) {
        return new GroupSummary(
                other,
                n,
                mean,
                sd,
                se,
                ciLow,
                ciHigh,
                median,
                min,
                max,
                iqm,
                shapiroW,
                shapiroP,
                q25,
                q75,
                meanBootLow,
                meanBootHigh,
                iqmBootLow,
                iqmBootHigh,
                nonFinite,
                unrecorded,
                values);
    }

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

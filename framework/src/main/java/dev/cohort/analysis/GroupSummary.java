package dev.cohort.analysis;

import java.util.List;
import java.util.Map;

/**
 * The descriptive statistics of one configuration over its successful trials. A {@code null} value is
 * undefined for the data; {@code reasons} says why.
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
 * @param reasons why a statistic is {@code null}, by field name
 * @param values the {@code n} finite values themselves, in the order their trials were found (seed order
 *     within the configuration), for plots that show every seed
 */
public record GroupSummary(
        Map<String, Object> config,
        int n,
        Double mean,
        Double sd,
        Double se,
        Double ciLow,
        Double ciHigh,
        Double median,
        Double min,
        Double max,
        Double iqm,
        Double shapiroW,
        Double shapiroP,
        Double q25,
        Double q75,
        Double meanBootLow,
        Double meanBootHigh,
        Double iqmBootLow,
        Double iqmBootHigh,
        int nonFinite,
        Map<String, String> reasons,
        List<Double> values) {

    /** Copies the reasons and the values (values the analysis made are immutable already and kept as they are). */
    public GroupSummary {
        reasons = Map.copyOf(reasons);
        values = values instanceof DoubleList ? values : List.copyOf(values);
    }
}

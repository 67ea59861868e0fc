package dev.cohort.query;

import dev.cohort.results.ConfigId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configuration's values of a reduction over its trials: {@code n}, mean, standard deviation and
 * the 95% t confidence interval of the mean ({@code t.test(x)$conf.int} in R), computed as the report
 * computes its groups ({@link dev.cohort.analysis.ConfigurationSummaries}).
 *
 * @param config the parameter values by name
 * @param n the number of trials with a value
 * @param mean the mean
 * @param sd the sample standard deviation, or {@code null} when {@code n < 2}
 * @param ciLow the lower end of the 95% confidence interval, or {@code null} when {@code n < 2} or the
 *     values are essentially constant (R's {@code t.test} refuses them)
 * @param ciHigh the upper end of the 95% confidence interval, or {@code null} when {@code ciLow} is
 */
public record ConfigurationSummary(
        Map<String, Object> config, int n, double mean, Double sd, Double ciLow, Double ciHigh) {

    /** Copies the configuration, keeping its order. */
    public ConfigurationSummary {
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** The configuration id, for example {@code algorithm=IDBD, stepSize=0.01}. */
    public String id() {
        return ConfigId.of(config);
    }

    /** {@code algorithm=IDBD, stepSize=0.01: mean 1.938, 95% CI [1.8, 2.07], n = 30}. */
    @Override
    public String toString() {
        return (config.isEmpty() ? "(no parameters)" : id()) + ": mean " + Describe.number(mean)
                + (ciLow == null ? "" : ", 95% CI [" + Describe.number(ciLow) + ", " + Describe.number(ciHigh) + "]")
                + ", n = " + n;
    }
}

package dev.cohort.analysis;

import java.util.Map;

/**
 * Levene's test of equal variances in its Brown-Forsythe form (centred on the median). Its statistics
 * are undefined, with the reason, when the data do not allow the test.
 *
 * @param f the F statistic
 * @param p the p-value
 */
public record Levene(Statistic<Double> f, Statistic<Double> p) {

    /** A test whose statistics are undefined for {@code reason}. */
    public static Levene undefined(String reason) {
        return new Levene(Statistic.undefined(reason), Statistic.undefined(reason));
    }

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

package dev.cohort.query;

import dev.cohort.analysis.GroupSummary;
import dev.cohort.results.ConfigId;
import java.util.Map;
import java.util.Objects;

/**
 * One configuration's values of a reduction over its successful trials, summarized by the analysis' own
 * code ({@link dev.cohort.analysis.GroupSummaries}): the same data give the same numbers, {@code null}s and
 * reasons as the report's groups. The accessors below are the usual questions; {@link #group()} holds
 * every statistic (median, IQM, quartiles, Shapiro-Wilk). The query computes no bootstrap intervals, so
 * those are {@code null} with the reason.
 *
 * @param group the summary, with {@code n >= 1}
 */
public record ConfigurationSummary(GroupSummary group) {

    /** Checks that the summary has values. */
    public ConfigurationSummary {
        Objects.requireNonNull(group, "group");
        if (group.n() < 1) {
            throw new IllegalArgumentException(
                    "a configuration summary needs at least one value: " + ConfigId.of(group.config()));
        }
    }

    /** The parameter values by name. */
    public Map<String, Object> config() {
        return group.config();
    }

    /** The number of trials with a finite value. */
    public int n() {
        return group.n();
    }

    /** The mean. */
    public double mean() {
        return group.mean();
    }

    /** The sample standard deviation, or {@code null} when {@code n < 2} (see {@link #reasons()}). */
    public Double sd() {
        return group.sd();
    }

    /**
     * The lower end of the 95% t confidence interval of the mean ({@code t.test(x)$conf.int} in R), or
     * {@code null} when {@code n < 2} or the values are constant (see {@link #reasons()}).
     */
    public Double ciLow() {
        return group.ciLow();
    }

    /** The upper end of that interval, or {@code null} when the lower end is. */
    public Double ciHigh() {
        return group.ciHigh();
    }

    /** Why a statistic is {@code null}, by field name; also why {@code n} left trials out. */
    public Map<String, String> reasons() {
        return group.reasons();
    }

    /** The configuration id, for example {@code algorithm=IDBD, stepSize=0.01}. */
    public String id() {
        return ConfigId.of(group.config());
    }

    /** As {@link Describe#group}: {@code algorithm=IDBD, stepSize=0.01: mean 1.938, 95% CI [1.8, 2.07], n = 30}. */
    @Override
    public String toString() {
        return Describe.group(group);
    }
}

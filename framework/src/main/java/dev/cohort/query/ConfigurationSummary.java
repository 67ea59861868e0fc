package dev.cohort.query;

import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Statistic;
import dev.cohort.results.ConfigId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One configuration's values of a reduction over its successful trials, summarized by the analysis' own
 * code ({@link dev.cohort.analysis.GroupSummaries}): the same data give the same numbers, undefined statistics
 * and reasons as the report's groups. The accessors below are the usual questions; {@link #group()} holds
 * every statistic (median, IQM, quartiles, Shapiro-Wilk). The query computes no bootstrap intervals, so
 * those are undefined with the reason.
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

    /** The mean, undefined (with the reason) only when the values overflow double precision. */
    public Statistic<Double> mean() {
        return group.mean();
    }

    /** The sample standard deviation, undefined when {@code n < 2} (with the reason). */
    public Statistic<Double> sd() {
        return group.sd();
    }

    /**
     * The lower end of the 95% t confidence interval of the mean ({@code t.test(x)$conf.int} in R),
     * undefined when {@code n < 2} or the values are constant (with the reason).
     */
    public Statistic<Double> ciLow() {
        return group.ciLow();
    }

    /** The upper end of that interval, undefined when the lower end is. */
    public Statistic<Double> ciHigh() {
        return group.ciHigh();
    }

    /**
     * Why a statistic is undefined, by component name (derived from the statistics); also, under {@code n},
     * why {@code n} left trials out.
     */
    public Map<String, String> reasons() {
        List<String> excluded = new ArrayList<>();
        if (group.nonFinite() > 0) {
            excluded.add(group.nonFinite() + " non-finite value(s) (not a number, or infinite) excluded");
        }
        if (group.unrecorded() > 0) {
            excluded.add(group.unrecorded() + " successful trial(s) did not record this metric");
        }
        if (excluded.isEmpty()) {
            return group.reasons();
        }
        SortedMap<String, String> reasons = new TreeMap<>(group.reasons());
        reasons.put("n", String.join("; ", excluded));
        return Collections.unmodifiableSortedMap(reasons);
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

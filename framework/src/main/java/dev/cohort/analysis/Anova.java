package dev.cohort.analysis;

import java.util.Map;

/**
 * One-way analysis of variance over all configurations with values. Its statistics are undefined, with
 * the reason, when the data do not allow them (fewer than two configurations, no residual, zero
 * variance within configurations).
 *
 * @param f the F statistic
 * @param dfBetween degrees of freedom between groups
 * @param dfWithin degrees of freedom within groups
 * @param p the p-value
 * @param etaSquared {@code SSb / SSt}
 * @param omegaSquared {@code (SSb - dfB * MSw) / (SSt + MSw)}
 */
public record Anova(
        Statistic<Double> f,
        int dfBetween,
        int dfWithin,
        Statistic<Double> p,
        Statistic<Double> etaSquared,
        Statistic<Double> omegaSquared) {

    /** An ANOVA whose every statistic is undefined for {@code reason}. */
    public static Anova undefined(int dfBetween, int dfWithin, String reason) {
        return new Anova(
                Statistic.undefined(reason),
                dfBetween,
                dfWithin,
                Statistic.undefined(reason),
                Statistic.undefined(reason),
                Statistic.undefined(reason));
    }

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

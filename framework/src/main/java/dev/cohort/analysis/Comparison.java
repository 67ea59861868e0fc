package dev.cohort.analysis;

import java.util.Map;

/**
 * The comparison of two configurations on one metric. A statistic undefined for the data (or, for the
 * paired statistics, because the configurations did not run the same seeds) holds the reason instead of
 * a value ({@link #reasons()} collects them).
 *
 * @param a the first configuration (earlier in configuration order)
 * @param b the second configuration
 * @param test the test chosen for this pair ({@link TestChoice}); a paired one ({@link TestKind#isPaired()})
 *     when the automatic choice found that both configurations ran the same seeds
 * @param p the p-value of the chosen test
 * @param pBonferroni {@code p} adjusted by Bonferroni over all comparisons of the metric
 * @param pHolm {@code p} adjusted by Holm over all comparisons of the metric
 * @param studentT Student's t statistic (equal variances)
 * @param studentP its p-value
 * @param welchT Welch's t statistic
 * @param welchDf Welch-Satterthwaite degrees of freedom
 * @param welchP its p-value
 * @param mannWhitneyU the Mann-Whitney U statistic (R's W)
 * @param mannWhitneyP its p-value
 * @param pairedT the paired t statistic, over seeds both configurations ran
 * @param pairedP its p-value
 * @param wilcoxonV the Wilcoxon signed-rank statistic (R's V)
 * @param wilcoxonP its p-value
 * @param cohensD mean difference (a - b) over the pooled standard deviation
 * @param hedgesG {@code d * (1 - 3 / (4 (n1 + n2) - 9))}
 * @param pairs how many seeds gave a value in both configurations (the paired sample size), undefined
 *     when the configurations did not run the same seeds
 * @param pairedCorrelation Pearson's r of the paired values over those seeds (R's {@code cor(a, b)}): what
 *     pairing bought, since a paired difference has variance {@code var(a) + var(b) - 2 r sd(a) sd(b)};
 *     undefined when the configurations did not run the same seeds or one side is constant
 * @param probabilityOfImprovement the probability that a trial of a is better than a trial of b, over all
 *     pairs of trials, ties counting one half: {@code P(a > b) + P(a = b) / 2} for a maximized or
 *     undirected metric, {@code P(a < b) + P(a = b) / 2} for a minimized one (Agarwal et al. 2021)
 * @param seedsForPowerBonferroni the number of seeds per configuration a two-sample t-test needs to reach
 *     the target power (80% by default) at the Bonferroni-corrected alpha, for the observed Cohen's d
 * @param seedsForPowerHolm the same at the Holm-corrected alpha of this comparison's rank
 */
public record Comparison(
        Map<String, Object> a,
        Map<String, Object> b,
        TestKind test,
        Statistic<Double> p,
        Statistic<Double> pBonferroni,
        Statistic<Double> pHolm,
        Statistic<Double> studentT,
        Statistic<Double> studentP,
        Statistic<Double> welchT,
        Statistic<Double> welchDf,
        Statistic<Double> welchP,
        Statistic<Double> mannWhitneyU,
        Statistic<Double> mannWhitneyP,
        Statistic<Double> pairedT,
        Statistic<Double> pairedP,
        Statistic<Double> wilcoxonV,
        Statistic<Double> wilcoxonP,
        Statistic<Double> cohensD,
        Statistic<Double> hedgesG,
        Statistic<Integer> pairs,
        Statistic<Double> pairedCorrelation,
        Statistic<Double> probabilityOfImprovement,
        Statistic<Integer> seedsForPowerBonferroni,
        Statistic<Integer> seedsForPowerHolm) {

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

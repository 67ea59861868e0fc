package dev.cohort.analysis;

import java.util.Map;

/**
 * The comparison of two configurations on one metric. A {@code null} value is undefined for the data
 * (or, for the paired statistics, the configurations did not run the same seeds); {@code reasons} says
 * why.
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
 * @param pairs how many seeds gave a value in both configurations (the paired sample size), or {@code
 *     null} when the configurations did not run the same seeds
 * @param pairedCorrelation Pearson's r of the paired values over those seeds (R's {@code cor(a, b)}): what
 *     pairing bought, since a paired difference has variance {@code var(a) + var(b) - 2 r sd(a) sd(b)};
 *     {@code null} when the configurations did not run the same seeds or one side is constant
 * @param probabilityOfImprovement the probability that a trial of a is better than a trial of b, over all
 *     pairs of trials, ties counting one half: {@code P(a > b) + P(a = b) / 2} for a maximized or
 *     undirected metric, {@code P(a < b) + P(a = b) / 2} for a minimized one (Agarwal et al. 2021)
 * @param seedsForPowerBonferroni the number of seeds per configuration a two-sample t-test needs to reach
 *     the target power (80% by default) at the Bonferroni-corrected alpha, for the observed Cohen's d
 * @param seedsForPowerHolm the same at the Holm-corrected alpha of this comparison's rank
 * @param reasons why a statistic is {@code null}, by field name
 */
public record Comparison(
        Map<String, Object> a,
        Map<String, Object> b,
        TestKind test,
        Double p,
        Double pBonferroni,
        Double pHolm,
        Double studentT,
        Double studentP,
        Double welchT,
        Double welchDf,
        Double welchP,
        Double mannWhitneyU,
        Double mannWhitneyP,
        Double pairedT,
        Double pairedP,
        Double wilcoxonV,
        Double wilcoxonP,
        Double cohensD,
        Double hedgesG,
        Integer pairs,
        Double pairedCorrelation,
        Double probabilityOfImprovement,
        Integer seedsForPowerBonferroni,
        Integer seedsForPowerHolm,
        Map<String, String> reasons) {

    /** Copies the reasons. */
    public Comparison {
        reasons = Map.copyOf(reasons);
    }
}

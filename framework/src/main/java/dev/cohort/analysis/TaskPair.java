package dev.cohort.analysis;

import java.util.Map;

/**
 * Two configurations compared across tasks (Benavoli, Corani and Mangili 2016; Agarwal et al. 2021).
 *
 * @param a the first configuration (earlier in configuration order), without the task parameter
 * @param b the second configuration
 * @param wilcoxonV R's {@code wilcox.test(paired = TRUE)} statistic V on the task scores (a minus b)
 * @param wilcoxonP its p-value
 * @param pHolm {@code wilcoxonP} adjusted by Holm over all pairs
 * @param probabilityOfImprovement mean over tasks of P(a better than b) + P(tie) / 2 over the runs of
 *     both
 * @param poiLow lower end of its stratified-bootstrap 95% interval
 * @param poiHigh upper end of that interval
 * @param iqmDifference the IQM of a's normalised scores minus b's
 * @param iqmDifferenceLow lower end of its stratified-bootstrap 95% interval (a and b resampled alike)
 * @param iqmDifferenceHigh upper end of that interval
 * @param wins tasks on which a is better than b with the within-task Holm-adjusted p below 0.05
 * @param ties tasks with no such difference
 * @param losses tasks on which b is better than a with the within-task Holm-adjusted p below 0.05
 */
public record TaskPair(
        Map<String, Object> a,
        Map<String, Object> b,
        Statistic<Double> wilcoxonV,
        Statistic<Double> wilcoxonP,
        Statistic<Double> pHolm,
        Statistic<Double> probabilityOfImprovement,
        Statistic<Double> poiLow,
        Statistic<Double> poiHigh,
        Statistic<Double> iqmDifference,
        Statistic<Double> iqmDifferenceLow,
        Statistic<Double> iqmDifferenceHigh,
        int wins,
        int ties,
        int losses) {

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

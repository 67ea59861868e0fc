package dev.cohort.analysis;

import java.util.Map;

/**
 * One configuration's standing across tasks. A configuration's task score is its mean over seeds;
 * aggregates are over normalised scores (Agarwal et al. 2021), intervals are 95% percentile intervals of
 * the stratified bootstrap ({@link TaskAggregate#bootstrap()}).
 *
 * @param config the configuration, without the task parameter
 * @param meanRank the rank of the task score within each task (1 = best by the goal; no goal: largest
 *     first; ties share the average rank), averaged over tasks
 * @param mean the mean over tasks of normalised task scores
 * @param meanLow lower end of its interval
 * @param meanHigh upper end of its interval
 * @param median the median over tasks of normalised task scores
 * @param medianLow lower end of its interval
 * @param medianHigh upper end of its interval
 * @param iqm {@code mean(x, trim = 0.25)} of the normalised scores of all runs of all tasks pooled
 * @param iqmLow lower end of its interval
 * @param iqmHigh upper end of its interval
 * @param optimalityGap {@code 1 - mean(min(x, 1))} over all runs pooled
 * @param optimalityGapLow lower end of its interval
 * @param optimalityGapHigh upper end of its interval
 */
public record AggregateScores(
        Map<String, Object> config,
        Statistic<Double> meanRank,
        Statistic<Double> mean,
        Statistic<Double> meanLow,
        Statistic<Double> meanHigh,
        Statistic<Double> median,
        Statistic<Double> medianLow,
        Statistic<Double> medianHigh,
        Statistic<Double> iqm,
        Statistic<Double> iqmLow,
        Statistic<Double> iqmHigh,
        Statistic<Double> optimalityGap,
        Statistic<Double> optimalityGapLow,
        Statistic<Double> optimalityGapHigh) {

    /** Why a statistic is undefined, by component name; derived from the statistics. */
    public Map<String, String> reasons() {
        return Statistic.reasonsOf(this);
    }
}

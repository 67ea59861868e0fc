package dev.cohort.analysis;

import dev.cohort.Goal;
import java.util.List;
import java.util.Map;

/**
 * The comparison of all configurations of one experiment on one metric.
 *
 * @param name the metric name
 * @param goal which direction is better
 * @param groups one summary per configuration, in configuration order
 * @param anova one-way ANOVA over all configurations, or {@code null} (see {@code reasons})
 * @param levene the Brown-Forsythe test of equal variances, or {@code null} (see {@code reasons})
 * @param factorial the factorial ANOVA when two or more parameters are swept, or {@code null}
 * @param comparisons every pair of configurations, a before b in configuration order
 * @param reasons why a statistic of this object is {@code null}, by field name
 */
public record MetricAnalysis(
        String name,
        Goal goal,
        List<GroupSummary> groups,
        Anova anova,
        Levene levene,
        Factorial factorial,
        List<Comparison> comparisons,
        Map<String, String> reasons) {

    /** Copies the collections. */
    public MetricAnalysis {
        groups = List.copyOf(groups);
        comparisons = List.copyOf(comparisons);
        reasons = Map.copyOf(reasons);
    }
}

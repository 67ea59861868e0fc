package dev.cohort.analysis;

import dev.cohort.Goal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The comparison of all configurations of one experiment on one metric.
 *
 * @param name the metric name
 * @param goal which direction is better
 * @param groups one summary per configuration, in configuration order
 * @param anova one-way ANOVA over all configurations, or {@code null} (see {@code reasons})
 * @param levene the Brown-Forsythe test of equal variances, or {@code null} (see {@code reasons})
 * @param factorial the factorial ANOVA when two or more parameters are swept, or {@code null}
 * @param comparisons the comparisons of the family: every pair of configurations, a before b in
 *     configuration order ({@link ComparisonFamily#ALL_PAIRS}), or the reference (a) with every other
 *     configuration (b) in configuration order ({@link ComparisonFamily#VERSUS_BEST})
 * @param reasons why a statistic of this object is {@code null}, by field name; {@code bootstrap} says
 *     when the bootstrap was shrunk or omitted for the size of the study
 * @param comparisonFamily which pairs are compared, and so the family of the Holm and Bonferroni
 *     corrections: {@link ComparisonFamily#ALL_PAIRS} or {@link ComparisonFamily#VERSUS_BEST}
 * @param reference the configuration every other one is compared with under {@link
 *     ComparisonFamily#VERSUS_BEST}, else {@code null}
 * @param bootstrapResamples the resamples of each configuration's bootstrap intervals ({@code 0}: none)
 */
public record MetricAnalysis(
        String name,
        Goal goal,
        List<GroupSummary> groups,
        Anova anova,
        Levene levene,
        Factorial factorial,
        List<Comparison> comparisons,
        Map<String, String> reasons,
        ComparisonFamily comparisonFamily,
        Map<String, Object> reference,
        int bootstrapResamples) {

    /** Copies the collections; the family is {@code ALL_PAIRS} or {@code VERSUS_BEST} (with a reference). */
    public MetricAnalysis {
        groups = List.copyOf(groups);
        comparisons = List.copyOf(comparisons);
        reasons = Map.copyOf(reasons);
        Objects.requireNonNull(comparisonFamily, "comparisonFamily");
        if (comparisonFamily == ComparisonFamily.AUTO) {
            throw new IllegalArgumentException("an analysis records the family it used, ALL_PAIRS or VERSUS_BEST");
        }
    }

    /** The comparison of the two configurations, whichever order it holds them in; empty when the family has none. */
    public Optional<Comparison> comparison(Map<String, Object> x, Map<String, Object> y) {
        return comparisons.stream()
                .filter(c -> (Objects.equals(c.a(), x) && Objects.equals(c.b(), y))
                        || (Objects.equals(c.a(), y) && Objects.equals(c.b(), x)))
                .findFirst();
    }
}

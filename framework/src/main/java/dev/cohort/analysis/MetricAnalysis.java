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
 * @param anova one-way ANOVA over all configurations (its statistics say why when they are undefined)
 * @param levene the Brown-Forsythe test of equal variances (likewise)
 * @param factorial the factorial ANOVA when two or more parameters are swept, else {@code null}
 * @param comparisons the comparisons of the family: every pair of configurations, a before b in
 *     configuration order ({@link ComparisonFamily#ALL_PAIRS}), or the reference (a) with every other
 *     configuration (b) in configuration order ({@link ComparisonFamily#VERSUS_BEST})
 * @param comparisonFamily which pairs are compared, and so the family of the Holm and Bonferroni
 *     corrections: {@link ComparisonFamily#ALL_PAIRS} or {@link ComparisonFamily#VERSUS_BEST}
 * @param reference the configuration every other one is compared with under {@link
 *     ComparisonFamily#VERSUS_BEST}, else {@code null}
 * @param bootstrapResamples the resamples of each configuration's bootstrap intervals ({@code 0}: none);
 *     {@link AnalysisOptions#bootstrapNote} says why when they are fewer than asked for
 * @param tasks the comparison within and across tasks when the experiment has a task parameter, else
 *     {@code null}
 */
public record MetricAnalysis(
        String name,
        Goal goal,
        List<GroupSummary> groups,
        Anova anova,
        Levene levene,
        Factorial factorial,
        List<Comparison> comparisons,
        ComparisonFamily comparisonFamily,
        Map<String, Object> reference,
        int bootstrapResamples,
        TaskAnalysis tasks) {

    /**
     * Copies the collections; the ANOVA and Levene are present (undefined statistics carry their reasons);
     * the family is {@code ALL_PAIRS} or {@code VERSUS_BEST}.
     */
    public MetricAnalysis {
        groups = List.copyOf(groups);
        comparisons = ComparisonList.of(comparisons);
        Objects.requireNonNull(anova, "anova");
        Objects.requireNonNull(levene, "levene");
        Objects.requireNonNull(comparisonFamily, "comparisonFamily");
        if (comparisonFamily == ComparisonFamily.AUTO) {
            throw new IllegalArgumentException("an analysis records the family it used, ALL_PAIRS or VERSUS_BEST");
        }
    }

    /** The comparison of the two configurations, whichever order it holds them in; empty when the family has none. */
    public Optional<Comparison> comparison(Map<String, Object> x, Map<String, Object> y) {
        ComparisonList list = (ComparisonList) comparisons;
        Comparison found = list.find(x, y);
        return Optional.ofNullable(found != null ? found : list.find(y, x));
    }
}

package dev.cohort.report;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparisons the HTML tables list. A person reads a few hundred rows, not the k(k-1)/2 pairs of a
 * large sweep: up to {@link #LIMIT} pairs all are listed; beyond that, the pairs that involve a best
 * configuration (or, for a metric without a goal, the first {@link #LIMIT}). Every pair stays in
 * {@code comparisons.csv} and {@code summary.json}.
 *
 * @param rows the comparisons to list
 * @param total how many comparisons the metric has
 */
record ShownComparisons(List<Comparison> rows, int total) {

    /** The most pairs listed in full. */
    static final int LIMIT = 200;

    static ShownComparisons of(MetricAnalysis metric) {
        List<Comparison> all = metric.comparisons();
        if (all.size() <= LIMIT) {
            return new ShownComparisons(all, all.size());
        }
        Set<Integer> best = Best.of(metric);
        if (best.isEmpty()) {
            return new ShownComparisons(all.subList(0, LIMIT), all.size());
        }
        List<Map<String, Object>> bestConfigs = new ArrayList<>();
        List<GroupSummary> groups = metric.groups();
        best.forEach(i -> bestConfigs.add(groups.get(i).config()));
        List<Comparison> withBest = all.stream()
                .filter(c -> bestConfigs.contains(c.a()) || bestConfigs.contains(c.b()))
                .toList();
        return new ShownComparisons(withBest, all.size());
    }

    /** Whether some comparisons are left out of the tables. */
    boolean isPartial() {
        return rows.size() < total;
    }

    /** A sentence saying which pairs are listed, or {@code null} when all are. */
    String note() {
        return isPartial()
                ? "Listed: the " + rows.size() + " of " + total
                        + " pairs that involve the best configuration; every pair is in comparisons.csv."
                : null;
    }
}

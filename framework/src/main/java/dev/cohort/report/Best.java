package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which configurations of a metric are best by its goal: the smallest or largest mean, ties included. */
final class Best {

    private Best() {}

    /**
     * The positions in {@code metric.groups()} of the best configurations; empty when the goal is
     * {@link Goal#NONE} or no group has a mean.
     */
    static Set<Integer> of(MetricAnalysis metric) {
        Goal goal = metric.goal();
        if (goal == null || !goal.hasDirection()) {
            return Set.of();
        }
        List<GroupSummary> groups = metric.groups();
        Double best = goal.best(
                        groups.stream().filter(g -> g.mean().isDefined()).toList(),
                        g -> g.mean().value())
                .map(g -> g.mean().value())
                .orElse(null);
        Set<Integer> positions = new LinkedHashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            if (best != null && best.equals(groups.get(i).mean().value())) {
                positions.add(i);
            }
        }
        return positions;
    }
}

package dev.cohort.report;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * For one swept parameter, the best configuration at each of its values, and the comparisons between
 * those bests: the question "does the best IDBD beat the best LMS?" asked of {@code algorithm}.
 *
 * @param parameter the parameter
 * @param bests the best group at each value of the parameter, in configuration order
 * @param comparisons the comparisons between every two of the bests, as the analysis made them
 */
record BestPerLevel(String parameter, Map<Object, GroupSummary> bests, List<Comparison> comparisons) {

    /**
     * One entry per parameter with two or more values, when the metric has a goal and the experiment
     * sweeps two or more parameters (with one, the bests are the configurations themselves).
     */
    static List<BestPerLevel> of(List<String> parameters, MetricAnalysis metric) {
        if (metric.goal() == null || !metric.goal().hasDirection() || parameters.size() < 2) {
            return List.of();
        }
        List<BestPerLevel> all = new ArrayList<>();
        for (String parameter : parameters) {
            Map<Object, GroupSummary> bests = bests(parameter, metric);
            if (bests.size() >= 2) {
                all.add(new BestPerLevel(parameter, bests, comparisons(new ArrayList<>(bests.values()), metric)));
            }
        }
        return all;
    }

    private static Map<Object, GroupSummary> bests(String parameter, MetricAnalysis metric) {
        Map<Object, GroupSummary> bests = new LinkedHashMap<>();
        for (GroupSummary group : metric.groups()) {
            if (!group.mean().isDefined() || !group.config().containsKey(parameter)) {
                continue;
            }
            bests.merge(
                    group.config().get(parameter),
                    group,
                    (current, candidate) -> metric.goal()
                                    .isBetter(
                                            candidate.mean().value(),
                                            current.mean().value())
                            ? candidate
                            : current);
        }
        return bests;
    }

    private static List<Comparison> comparisons(List<GroupSummary> bests, MetricAnalysis metric) {
        List<Comparison> found = new ArrayList<>();
        for (Comparison c : metric.comparisons()) {
            if (isAmong(c.a(), bests) && isAmong(c.b(), bests)) {
                found.add(c);
            }
        }
        return found;
    }

    private static boolean isAmong(Map<String, Object> config, List<GroupSummary> groups) {
        return groups.stream().anyMatch(g -> Objects.equals(g.config(), config));
    }
}

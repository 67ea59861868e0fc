package dev.cohort.report;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Which configurations are significantly worse than the best ones, after the Holm correction. */
final class SignificantlyWorse {

    private SignificantlyWorse() {}

    /**
     * The positions in {@code metric.groups()} of the configurations, other than the best ones, whose
     * comparison with every best configuration has a Holm-adjusted p below {@code alpha}; empty when
     * there is no best (no goal).
     */
    static Set<Integer> of(MetricAnalysis metric, Set<Integer> best, double alpha) {
        Set<Integer> worse = new LinkedHashSet<>();
        if (best.isEmpty()) {
            return worse;
        }
        List<GroupSummary> groups = metric.groups();
        for (int i = 0; i < groups.size(); i++) {
            if (best.contains(i)) {
                continue;
            }
            boolean againstEveryBest = true;
            for (int b : best) {
                Comparison c =
                        between(metric, groups.get(i).config(), groups.get(b).config());
                if (c == null || !(c.pHolm().orElse(1) < alpha)) {
                    againstEveryBest = false;
                }
            }
            if (againstEveryBest) {
                worse.add(i);
            }
        }
        return worse;
    }

    private static Comparison between(MetricAnalysis metric, Map<String, Object> x, Map<String, Object> y) {
        for (Comparison c : metric.comparisons()) {
            if ((Objects.equals(c.a(), x) && Objects.equals(c.b(), y))
                    || (Objects.equals(c.a(), y) && Objects.equals(c.b(), x))) {
                return c;
            }
        }
        return null;
    }
}

package dev.cohort.report;

import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which configurations are significantly worse than the best ones, after the Holm correction. */
final class SignificantlyWorse {

    private SignificantlyWorse() {}

    /**
     * The positions in {@code metric.groups()} of the configurations, other than the best ones, than which
     * every best configuration is significantly better at {@code alpha} ({@link Significance}); empty when
     * there is no best (no goal).
     */
    static Set<Integer> of(MetricAnalysis metric, Set<Integer> best, double alpha) {
        Set<Integer> worse = new LinkedHashSet<>();
        if (best.isEmpty()) {
            return worse;
        }
        List<GroupSummary> groups = metric.groups();
        for (int i = 0; i < groups.size(); i++) {
            GroupSummary other = groups.get(i);
            if (!best.contains(i)
                    && best.stream()
                            .allMatch(b -> Significance.of(metric, groups.get(b), other, alpha)
                                    .isSignificantlyBetter())) {
                worse.add(i);
            }
        }
        return worse;
    }
}

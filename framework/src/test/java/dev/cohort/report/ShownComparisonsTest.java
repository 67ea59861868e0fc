package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.TestKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownComparisonsTest {

    /** A metric over {@code k} configurations {@code x=0..k-1} whose means equal {@code x}, with every pair. */
    private static MetricAnalysis metric(int k, Goal goal) {
        List<GroupSummary> groups = new ArrayList<>();
        List<Comparison> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            groups.add(Fixtures.group(Fixtures.config("x", i), 5, (double) i, 1.0));
            for (int j = i + 1; j < k; j++) {
                pairs.add(
                        Fixtures.comparison(Fixtures.config("x", i), Fixtures.config("x", j), TestKind.WELCH_T, 0.01));
            }
        }
        return Fixtures.metric("m", goal, groups, pairs);
    }

    @Test
    void listsEveryPairOfASmallSweep() {
        ShownComparisons shown = ShownComparisons.of(metric(20, Goal.MINIMIZE));

        assertThat(shown.rows()).hasSize(190);
        assertThat(shown.isPartial()).isFalse();
        assertThat(shown.note()).isNull();
    }

    @Test
    void listsThePairsWithTheBestConfigurationOfALargeSweep() {
        ShownComparisons shown = ShownComparisons.of(metric(21, Goal.MAXIMIZE));

        assertThat(shown.total()).isEqualTo(210);
        assertThat(shown.rows())
                .hasSize(20)
                .allSatisfy(c -> assertThat(List.of(c.a(), c.b())).contains(Fixtures.config("x", 20)));
        assertThat(shown.note())
                .isEqualTo("Listed: the 20 of 210 pairs that involve the best configuration; every pair is in"
                        + " comparisons.csv.");
    }

    @Test
    void listsTheFirstPairsWhenNoConfigurationIsBest() {
        ShownComparisons shown = ShownComparisons.of(metric(21, Goal.NONE));

        assertThat(shown.rows()).hasSize(ShownComparisons.LIMIT);
        assertThat(shown.isPartial()).isTrue();
    }
}

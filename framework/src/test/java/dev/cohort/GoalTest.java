package dev.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTest {

    private record Named(String name, double value) {}

    @Test
    void saysWhichOfTwoValuesIsBetterInItsDirection() {
        assertThat(Goal.MAXIMIZE.isBetter(2, 1)).isTrue();
        assertThat(Goal.MAXIMIZE.isBetter(1, 2)).isFalse();
        assertThat(Goal.MINIMIZE.isBetter(1, 2)).isTrue();
        assertThat(Goal.MINIMIZE.isBetter(2, 1)).isFalse();
        assertThat(Goal.MAXIMIZE.isBetter(1, 1)).isFalse();
        assertThat(Goal.MINIMIZE.isBetter(1, 1)).isFalse();
    }

    @Test
    void withoutADirectionNeitherSideIsBetter() {
        assertThat(Goal.NONE.hasDirection()).isFalse();
        assertThat(Goal.NONE.isBetter(2, 1)).isFalse();
        assertThat(Goal.NONE.isBetter(1, 2)).isFalse();
        assertThat(Goal.NONE.compare(1, 2)).isZero();
        assertThat(Goal.NONE.better(1, 2)).isEqualTo(1);
        assertThat(Goal.MAXIMIZE.hasDirection()).isTrue();
        assertThat(Goal.MINIMIZE.hasDirection()).isTrue();
    }

    @Test
    void nanIsNeverBetterNorWorse() {
        for (Goal goal : Goal.values()) {
            assertThat(goal.isBetter(Double.NaN, 1)).isFalse();
            assertThat(goal.isBetter(1, Double.NaN)).isFalse();
        }
    }

    @Test
    void comparesBestFirstAndPicksTheBetterValue() {
        Double[] values = {3.0, 1.0, 2.0};
        Arrays.sort(values, Goal.MINIMIZE::compare);
        assertThat(values).containsExactly(1.0, 2.0, 3.0);
        Arrays.sort(values, Goal.MAXIMIZE::compare);
        assertThat(values).containsExactly(3.0, 2.0, 1.0);
        assertThat(Goal.MINIMIZE.better(3, 2)).isEqualTo(2);
        assertThat(Goal.MAXIMIZE.better(3, 2)).isEqualTo(3);
    }

    @Test
    void theBestIsTheEarliestOnATieSkippingNaN() {
        List<Named> items = List.of(
                new Named("nan", Double.NaN),
                new Named("a", 2),
                new Named("b", 1),
                new Named("c", 1),
                new Named("d", 2));
        assertThat(Goal.MINIMIZE.best(items, Named::value)).map(Named::name).contains("b");
        assertThat(Goal.MAXIMIZE.best(items, Named::value)).map(Named::name).contains("a");
        assertThat(Goal.NONE.best(items, Named::value)).map(Named::name).contains("a");
        assertThat(Goal.MAXIMIZE.best(List.of(new Named("nan", Double.NaN)), Named::value))
                .isEmpty();
        assertThat(Goal.MAXIMIZE.best(List.<Named>of(), Named::value)).isEmpty();
    }

    @Test
    void ranksAnUndirectedMetricLargestFirst() {
        assertThat(Goal.NONE.rankingDirection()).isEqualTo(Goal.MAXIMIZE);
        assertThat(Goal.MAXIMIZE.rankingDirection()).isEqualTo(Goal.MAXIMIZE);
        assertThat(Goal.MINIMIZE.rankingDirection()).isEqualTo(Goal.MINIMIZE);
    }
}

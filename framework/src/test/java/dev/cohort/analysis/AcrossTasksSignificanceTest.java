package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Across;
import dev.cohort.Goal;
import dev.cohort.analysis.Significance.AcrossTasks;
import dev.cohort.analysis.Significance.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcrossTasksSignificanceTest {

    private static final Statistic<Double> NONE = Statistic.undefined("not in this test");

    private static AggregateScores scores(String algorithm) {
        return new AggregateScores(
                Map.of("algorithm", algorithm),
                NONE,
                NONE,
                NONE,
                NONE,
                NONE,
                NONE,
                NONE,
                NONE,
                NONE,
                NONE,
                NONE,
                NONE,
                NONE);
    }

    private static AcrossTasks across(Goal goal, Statistic<Double> low, Statistic<Double> high, int tasks, int wins) {
        return new AcrossTasks(
                scores("A"),
                scores("B"),
                goal,
                0.05,
                Statistic.of(0.1),
                low,
                high,
                new StratifiedBootstrap(2000, 1),
                tasks,
                tasks,
                wins,
                0);
    }

    @Test
    void theIntervalOfTheIqmDifferenceDecidesByTheGoal() {
        Statistic<Double> low = Statistic.of(0.02);
        Statistic<Double> high = Statistic.of(0.2);
        assertThat(across(Goal.MAXIMIZE, low, high, 3, 0).iqmVerdict()).isEqualTo(Verdict.BETTER);
        assertThat(across(Goal.MINIMIZE, low, high, 3, 0).iqmVerdict()).isEqualTo(Verdict.WORSE);
        assertThat(across(Goal.NONE, low, high, 3, 0).iqmVerdict()).isEqualTo(Verdict.DIFFERENT);
        assertThat(across(Goal.MINIMIZE, Statistic.of(-0.2), Statistic.of(-0.01), 3, 0)
                        .iqmVerdict())
                .isEqualTo(Verdict.BETTER);
        assertThat(across(Goal.MAXIMIZE, Statistic.of(0.0), high, 3, 0).iqmVerdict())
                .as("an interval touching zero does not exclude it")
                .isEqualTo(Verdict.NOT_SIGNIFICANT);
        assertThat(across(Goal.MAXIMIZE, Statistic.undefined("one task"), high, 3, 0)
                        .iqmVerdict())
                .isEqualTo(Verdict.UNDEFINED);
    }

    @Test
    void byDefaultWinsMustBeMoreThanHalfOfTheTasks() {
        assertThat(across(Goal.MAXIMIZE, NONE, NONE, 8, 0).requiredWins(0)).isEqualTo(5);
        assertThat(across(Goal.MAXIMIZE, NONE, NONE, 7, 0).requiredWins(0)).isEqualTo(4);
        assertThat(across(Goal.MAXIMIZE, NONE, NONE, 1, 0).requiredWins(0)).isEqualTo(1);
        assertThat(across(Goal.MAXIMIZE, NONE, NONE, 8, 4).isSignificantlyBetter(Across.WINS, 0))
                .isFalse();
        assertThat(across(Goal.MAXIMIZE, NONE, NONE, 8, 5).isSignificantlyBetter(Across.WINS, 0))
                .isTrue();
        assertThat(across(Goal.MAXIMIZE, NONE, NONE, 8, 5).isSignificantlyBetter(Across.WINS, 6))
                .isFalse();
        assertThat(across(Goal.MAXIMIZE, NONE, NONE, 8, 5).isSignificantlyBetter(Across.IQM, 0))
                .as("wins do not make an undefined IQM interval hold")
                .isFalse();
        assertThat(across(Goal.MAXIMIZE, NONE, NONE, 8, 5).ties()).isEqualTo(3);
    }

    @Test
    void countsThatDoNotFitTheTasksAreRejected() {
        assertThatThrownBy(() -> across(Goal.MAXIMIZE, NONE, NONE, 3, 4))
                .hasMessageContaining("wins 4 and losses 0 do not fit 3 compared of 3 tasks");
    }
}

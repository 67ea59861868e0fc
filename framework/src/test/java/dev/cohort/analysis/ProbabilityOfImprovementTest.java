package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProbabilityOfImprovementTest {

    /** The definition: over all pairs, a win counts 1 and a tie 1/2. */
    private static double overAllPairs(Goal goal, double[] x, double[] y) {
        double wins = 0;
        for (double u : x) {
            for (double v : y) {
                if (u == v) {
                    wins += 0.5;
                } else if (goal == Goal.MINIMIZE ? u < v : u > v) {
                    wins += 1;
                }
            }
        }
        return wins / ((double) x.length * y.length);
    }

    @Test
    void countingBySortingEqualsTheDefinitionOverAllPairsWithTies() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 50; trial++) {
            double[] x = new double[1 + random.nextInt(40)];
            double[] y = new double[1 + random.nextInt(40)];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextInt(10);
            }
            for (int i = 0; i < y.length; i++) {
                y[i] = random.nextInt(10) + 0.5 * random.nextInt(2);
            }
            for (Goal goal : Goal.values()) {
                assertThat(PairComparison.probabilityOfImprovement(goal, x, y)).isEqualTo(overAllPairs(goal, x, y));
            }
        }
    }

    @Test
    void aSampleThatAlwaysWinsHasProbabilityOne() {
        double[] low = {1, 2, 3};
        double[] high = {4, 5};

        assertThat(PairComparison.probabilityOfImprovement(Goal.MINIMIZE, low, high))
                .isEqualTo(1.0);
        assertThat(PairComparison.probabilityOfImprovement(Goal.MAXIMIZE, low, high))
                .isEqualTo(0.0);
        assertThat(PairComparison.probabilityOfImprovement(Goal.MAXIMIZE, low, low))
                .isEqualTo(0.5);
    }
}

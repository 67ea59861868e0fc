package dev.cohort.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Sums carried over the groups of a sample are the sums over the sample pooled, to the bit. */
class RunningSumsTest {

    @Test
    void sumsCarriedOverGroupsAreTheSumsOfThePooledValuesInOrder() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] groups = new double[40][];
        for (int g = 0; g < groups.length; g++) {
            // magnitudes far apart, so any other order of the additions would round differently
            groups[g] = random.doubles(random.nextInt(0, 30), -1, 1)
                    .map(v -> v * Math.pow(10, random.nextInt(-8, 9)))
                    .toArray();
        }
        double[] pooled = Arrays.stream(groups).flatMapToDouble(Arrays::stream).toArray();
        double mean = 0.125;

        double sum = 0;
        double deviations = 0;
        double squares = 0;
        for (double[] g : groups) {
            sum = RunningSums.plus(g, sum);
            deviations = RunningSums.plusDeviations(g, mean, deviations);
            squares = RunningSums.plusSquaredDeviations(g, mean, squares);
        }

        double expectedSum = 0;
        double expectedDeviations = 0;
        double expectedSquares = 0;
        for (double v : pooled) {
            expectedSum += v;
            expectedDeviations += v - mean;
            expectedSquares += (v - mean) * (v - mean);
        }
        assertThat(sum).isEqualTo(expectedSum);
        assertThat(deviations).isEqualTo(expectedDeviations);
        assertThat(squares).isEqualTo(expectedSquares);
        double reversed = 0;
        for (int i = pooled.length - 1; i >= 0; i--) {
            reversed += pooled[i];
        }
        assertThat(sum)
                .as("the data are such that the order of the additions shows")
                .isNotEqualTo(reversed);
    }
}

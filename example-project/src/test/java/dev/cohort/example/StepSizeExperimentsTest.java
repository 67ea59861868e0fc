package dev.cohort.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Trial;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Runs the study's experiment method outside the Cohort engine, with a minimal {@link Trial} whose random
 * generator is a {@link SplittableRandom} seeded with the trial's seed, and checks that the comparison it
 * is built to show is there: the best IDBD beats the best LMS, as in Sutton (1992).
 */
class StepSizeExperimentsTest {

    private static final double[] STEP_SIZES = {0.01, 0.03, 0.05};
    private static final int SEEDS = 30;

    @Test
    void everyIdbdBeatsTheBestLmsOnMeanFinalError() {
        StepSizeExperiments study = new StepSizeExperiments();
        Map<Algorithm, Map<Double, Double>> meanFinalError = new EnumMap<>(Algorithm.class);
        long start = System.nanoTime();
        for (Algorithm algorithm : List.of(Algorithm.LMS, Algorithm.IDBD)) {
            for (double stepSize : STEP_SIZES) {
                double sum = 0;
                for (int seed = 0; seed < SEEDS; seed++) {
                    RecordingTrial trial = new RecordingTrial(seed);
                    study.tracking(algorithm, stepSize, trial);
                    assertThat(trial.curvePoints)
                            .isEqualTo(StepSizeExperiments.STEPS / StepSizeExperiments.CURVE_WINDOW);
                    sum += trial.recorded.get("final_error");
                }
                meanFinalError
                        .computeIfAbsent(algorithm, a -> new LinkedHashMap<>())
                        .put(stepSize, sum / SEEDS);
            }
        }
        double millisPerTrial = (System.nanoTime() - start) / 1e6 / (2 * STEP_SIZES.length * SEEDS);
        System.out.printf("mean final_error by step size: %s; %.2f ms per trial%n", meanFinalError, millisPerTrial);

        double bestLms = meanFinalError.get(Algorithm.LMS).values().stream()
                .mapToDouble(Double::doubleValue)
                .min()
                .orElseThrow();
        double worstIdbd = meanFinalError.get(Algorithm.IDBD).values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
        // The best LMS is at an interior step size, so the grid brackets it.
        assertThat(meanFinalError.get(Algorithm.LMS).get(0.03)).isEqualTo(bestLms);
        // Even IDBD's worst starting step size beats LMS's best fixed one.
        assertThat(worstIdbd).isLessThan(bestLms);
    }

    /** A trial that keeps what the experiment records, for the test to inspect. */
    private static final class RecordingTrial implements Trial {
        private final long seed;
        private final RandomGenerator random;
        private final Map<String, Double> recorded = new LinkedHashMap<>();
        private int curvePoints;

        RecordingTrial(long seed) {
            this.seed = seed;
            this.random = new SplittableRandom(seed);
        }

        @Override
        public long seed() {
            return seed;
        }

        @Override
        public int seedIndex() {
            return (int) seed;
        }

        @Override
        public RandomGenerator random() {
            return random;
        }

        @Override
        public Map<String, Object> config() {
            return Map.of();
        }

        @Override
        public void record(String metric, double value) {
            recorded.put(metric, value);
        }

        @Override
        public void log(String metric, long step, double value) {
            assertThat(metric).isEqualTo("squared_error");
            curvePoints++;
        }
    }
}

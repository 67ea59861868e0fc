package dev.cohort.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LmsTest {

    /** A stationary target: no flip ever happens within the run, no noise. */
    private static final DriftingTarget.Shape FIXED = new DriftingTarget.Shape(20, 5, Integer.MAX_VALUE, 0.0);

    @Test
    void convergesOnAFixedTarget() {
        DriftingTarget stream = new DriftingTarget(FIXED, new SplittableRandom(11));
        Lms lms = new Lms(FIXED.inputs(), 0.02);

        Tracking.Outcome outcome = Tracking.run(lms, stream, 5_000, 500, 100, (step, mse) -> {});

        assertThat(outcome.finalError()).isLessThan(1e-6);
        double[] target = stream.targetWeights();
        double[] weights = lms.weights();
        for (int i = 0; i < target.length; i++) {
            assertThat(weights[i]).as("w_%d", i).isCloseTo(target[i], within(1e-3));
        }
    }

    @Test
    void keepsOneFixedStepSize() {
        Lms lms = new Lms(3, 0.1);
        DriftingTarget stream = new DriftingTarget(new DriftingTarget.Shape(3, 1, 5, 0.1), new SplittableRandom(5));
        Tracking.run(lms, stream, 100, 10, 10, (step, mse) -> {});
        assertThat(lms.stepSizes()).containsExactly(0.1, 0.1, 0.1);
    }
}

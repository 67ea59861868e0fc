package dev.cohort.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdbdTest {

    private static final DriftingTarget.Shape SHAPE = StepSizeExperiments.SHAPE;

    @Test
    void reducesTheErrorOnTheDriftingTarget() {
        DriftingTarget stream = new DriftingTarget(SHAPE, new SplittableRandom(1));
        Idbd idbd = new Idbd(SHAPE.inputs(), Algorithm.META_STEP_SIZE, 0.01);
        List<Double> curve = new ArrayList<>();

        Tracking.Outcome outcome = Tracking.run(idbd, stream, 10_000, 1_000, 100, (step, mse) -> curve.add(mse));

        assertThat(curve).hasSize(100);
        // The target's variance is 5 + 0.25, the error of predicting zero; IDBD ends far below it.
        assertThat(curve.get(0)).isGreaterThan(3.0);
        assertThat(outcome.finalError()).isLessThan(0.5 * curve.get(0)).isLessThan(2.5);
    }

    @Test
    void shrinksTheStepSizesOfIrrelevantInputsBelowThoseOfRelevantOnes() {
        DriftingTarget stream = new DriftingTarget(SHAPE, new SplittableRandom(2));
        Idbd idbd = new Idbd(SHAPE.inputs(), Algorithm.META_STEP_SIZE, 0.03);

        Tracking.run(idbd, stream, 10_000, 1_000, 100, (step, mse) -> {});

        double[] alpha = idbd.stepSizes();
        double smallestRelevant = Double.POSITIVE_INFINITY;
        double largestIrrelevant = 0;
        for (int i = 0; i < alpha.length; i++) {
            if (i < SHAPE.relevant()) {
                smallestRelevant = Math.min(smallestRelevant, alpha[i]);
            } else {
                largestIrrelevant = Math.max(largestIrrelevant, alpha[i]);
            }
        }
        assertThat(largestIrrelevant).isLessThan(0.03).isLessThan(smallestRelevant);
        assertThat(smallestRelevant).isGreaterThan(0.03);
    }

    @Test
    void withZeroMetaStepSizeIsLms() {
        DriftingTarget forIdbd = new DriftingTarget(SHAPE, new SplittableRandom(3));
        DriftingTarget forLms = new DriftingTarget(SHAPE, new SplittableRandom(3));
        Idbd idbd = new Idbd(SHAPE.inputs(), 0.0, 0.02);
        Lms lms = new Lms(SHAPE.inputs(), 0.02);
        for (int step = 0; step < 1_000; step++) {
            double idbdTarget = forIdbd.next();
            double lmsTarget = forLms.next();
            double idbdError = idbd.learn(forIdbd.input(), idbdTarget);
            double lmsError = lms.learn(forLms.input(), lmsTarget);
            assertThat(idbdError).isCloseTo(lmsError, within(1e-9));
        }
    }
}

package dev.cohort.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class AutostepTest {

    private static final DriftingTarget.Shape SHAPE = StepSizeExperiments.SHAPE;

    private static DMatrixRMaj column(double... x) {
        return new DMatrixRMaj(x.length, 1, true, x);
    }

    @Test
    void followsTable1OfThePaperStepByStep() {
        Autostep autostep = new Autostep(2, 0.01, 1e4, 0.1);

        // Step 1: every trace is zero, so no step size moves; sum alpha x^2 = 0.5 < 1, no normalisation.
        assertThat(autostep.learn(column(1, 2), 1.0)).isEqualTo(1.0);
        assertThat(autostep.weights()).containsExactly(new double[] {0.1, 0.2}, within(1e-15));
        assertThat(autostep.stepSizes()).containsExactly(new double[] {0.1, 0.1}, within(1e-15));

        // Step 2: prediction 0.1 * 2 - 0.2 * 1 = 0, delta = 0.5; meta-gradients delta x_i h_i = 0.1 and -0.1
        // are their own normalisers v_i, so alpha_i = 0.1 exp(+-mu).
        assertThat(autostep.learn(column(2, -1), 0.5)).isCloseTo(0.5, within(1e-15));
        double alpha1 = 0.1 * Math.exp(0.01);
        double alpha2 = 0.1 * Math.exp(-0.01);
        assertThat(autostep.stepSizes()).containsExactly(new double[] {alpha1, alpha2}, within(1e-15));
        assertThat(autostep.weights())
                .containsExactly(new double[] {0.1 + alpha1 * 0.5 * 2, 0.2 - alpha2 * 0.5}, within(1e-15));
    }

    @Test
    void boundsTheEffectiveStepSizeByOneSoThatNoUpdateOvershoots() {
        Autostep autostep = new Autostep(SHAPE.inputs(), Autostep.MU, Autostep.TAU, 1.0);
        DriftingTarget stream = new DriftingTarget(SHAPE, new SplittableRandom(4));
        for (int step = 0; step < 200; step++) {
            double target = stream.next();
            DMatrixRMaj x = stream.input();
            double delta = autostep.learn(x, target);

            double effective = 0;
            double prediction = 0;
            double[] alpha = autostep.stepSizes();
            double[] w = autostep.weights();
            for (int i = 0; i < alpha.length; i++) {
                effective += alpha[i] * x.data[i] * x.data[i];
                prediction += w[i] * x.data[i];
            }
            // initial step sizes of 1 make sum alpha x^2 far above 1, so M normalises it to exactly 1 ...
            assertThat(effective).isLessThanOrEqualTo(1 + 1e-12);
            // ... and the error left on this example is delta (1 - sum alpha x^2): same sign, no larger
            assertThat(target - prediction).isCloseTo(delta * (1 - effective), within(1e-9 * (1 + Math.abs(delta))));
        }
    }

    @Test
    void tracksTheDriftingTargetBetterThanLmsWithTheSameStepSize() {
        Autostep autostep = new Autostep(SHAPE.inputs(), Autostep.MU, Autostep.TAU, 0.03);
        Lms lms = new Lms(SHAPE.inputs(), 0.03);
        List<Double> curve = new ArrayList<>();

        Tracking.Outcome outcome = Tracking.run(
                autostep,
                new DriftingTarget(SHAPE, new SplittableRandom(1)),
                10_000,
                1_000,
                100,
                (step, mse) -> curve.add(mse));
        Tracking.Outcome baseline = Tracking.run(
                lms, new DriftingTarget(SHAPE, new SplittableRandom(1)), 10_000, 1_000, 100, (step, mse) -> {});

        // The target's variance is 5 + 0.25, the error of predicting zero; Autostep ends below it and
        // below LMS, which cannot give the irrelevant inputs a smaller step size than the relevant ones.
        assertThat(curve.get(0)).isGreaterThan(3.0);
        assertThat(outcome.finalError()).isLessThan(3.0).isLessThan(0.9 * baseline.finalError());
    }

    @Test
    void shrinksTheStepSizesOfIrrelevantInputsBelowThoseOfRelevantOnes() {
        for (long seed = 1; seed <= 3; seed++) {
            DriftingTarget stream = new DriftingTarget(SHAPE, new SplittableRandom(seed));
            Autostep autostep = new Autostep(SHAPE.inputs(), Autostep.MU, Autostep.TAU, 0.03);

            Tracking.run(autostep, stream, 10_000, 1_000, 100, (step, mse) -> {});

            double[] alpha = autostep.stepSizes();
            double smallestRelevant = Double.POSITIVE_INFINITY;
            double largestIrrelevant = 0;
            for (int i = 0; i < alpha.length; i++) {
                if (i < SHAPE.relevant()) {
                    smallestRelevant = Math.min(smallestRelevant, alpha[i]);
                } else {
                    largestIrrelevant = Math.max(largestIrrelevant, alpha[i]);
                }
            }
            assertThat(largestIrrelevant).as("seed %d", seed).isLessThan(0.01).isLessThan(0.5 * smallestRelevant);
        }
    }

    @Test
    void withZeroMetaStepSizeAndSmallStepsIsLms() {
        DriftingTarget forAutostep = new DriftingTarget(SHAPE, new SplittableRandom(3));
        DriftingTarget forLms = new DriftingTarget(SHAPE, new SplittableRandom(3));
        Autostep autostep = new Autostep(SHAPE.inputs(), 0.0, Autostep.TAU, 0.01);
        Lms lms = new Lms(SHAPE.inputs(), 0.01);
        for (int step = 0; step < 1_000; step++) {
            double autostepTarget = forAutostep.next();
            double lmsTarget = forLms.next();
            // sum alpha x^2 = 0.01 |x|^2 stays below 1 (|x|^2 of 20 normal inputs would need to pass 100)
            assertThat(autostep.learn(forAutostep.input(), autostepTarget))
                    .isCloseTo(lms.learn(forLms.input(), lmsTarget), within(1e-9));
        }
    }
}

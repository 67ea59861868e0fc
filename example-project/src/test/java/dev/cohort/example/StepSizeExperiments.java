package dev.cohort.example;

import dev.cohort.Confirm;
import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Sample;
import dev.cohort.Scale;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/**
 * Tracking a drifting linear target: LMS with one fixed step size against IDBD, which learns one step size
 * per input (R. S. Sutton, "Adapting bias by gradient descent: an incremental version of delta-bar-delta",
 * AAAI-92).
 *
 * <p>The stream is Sutton's Experiment 1 with observation noise: 20 standard-normal inputs, of which 5 are
 * relevant (target weights +1 or -1, one of them flipping its sign every 20 examples) and 15 are
 * irrelevant (target weight 0), plus Gaussian noise of standard deviation 0.5. The seed alone determines
 * the stream, so every configuration sees the same streams (common random numbers).
 *
 * <p>The design is the full 2 x 3 grid of {@code algorithm} and {@code stepSize}: for LMS the step size is
 * {@code alpha}; for IDBD it is the initial step size of every input, and the meta step size is {@link
 * Algorithm#META_STEP_SIZE}. The values bracket the best fixed step size for LMS (0.03 on this stream), so
 * the best LMS is in the grid. Each of the 6 configurations runs 30 seeds of 10,000 examples.
 *
 * <p>Picking each algorithm's best step size on these 30 seeds and comparing the winners on the same seeds
 * would flatter them (the winner's curse), so {@code @Confirm} runs the best step size of each algorithm
 * (by mean {@code final_error}) again on 30 fresh seeds; the comparison and the {@code @Expect} are judged
 * there, the sweep is exploratory.
 *
 * <p>{@link #metaStepSize} asks how IDBD depends on its meta step size {@code theta}: a log range of 5
 * values from 0.0001 to 0.01, crossed with two initial step sizes, of which a seeded random sample of 6 of
 * the 10 configurations runs, 10 seeds each.
 */
class StepSizeExperiments {

    /** The stream: Sutton's Experiment 1 plus observation noise. */
    static final DriftingTarget.Shape SHAPE = DriftingTarget.Shape.SUTTON_1992.withNoise(0.5);

    /** Examples per trial. */
    static final int STEPS = 10_000;

    /** {@code final_error} is the mean squared error over this many final examples. */
    static final int FINAL_WINDOW = 1_000;

    /** The learning curve has one point per this many examples: the window's mean squared error. */
    static final int CURVE_WINDOW = 100;

    @Experiment(
            description = "Does IDBD, which learns one step size per input, track a drifting target with"
                    + " irrelevant inputs better than LMS with one fixed step size, and does either depend on"
                    + " the step size it starts from?")
    @Seeds(30)
    @Metric(name = "final_error", goal = Goal.MINIMIZE)
    @Metric(name = "mean_error", goal = Goal.MINIMIZE)
    @Metric(name = "squared_error", goal = Goal.MINIMIZE, min = 0)
    @Expect(metric = "final_error", better = "algorithm=IDBD", than = "algorithm=LMS")
    @Confirm(per = "algorithm", metric = "final_error")
    void tracking(
            @Sweep({"LMS", "IDBD"}) Algorithm algorithm,
            @Sweep({"0.01", "0.03", "0.05"}) double stepSize,
            Trial trial) {
        DriftingTarget stream = new DriftingTarget(SHAPE, trial.random());
        Learner learner = algorithm.create(SHAPE.inputs(), stepSize);

        Tracking.Outcome outcome = Tracking.run(
                learner,
                stream,
                STEPS,
                FINAL_WINDOW,
                CURVE_WINDOW,
                (step, meanSquaredError) -> trial.log("squared_error", step, meanSquaredError));

        trial.record("final_error", outcome.finalError());
        trial.record("mean_error", outcome.meanError());
    }

    @Experiment(
            description = "How does IDBD's tracking error depend on its meta step size theta (a log range), for"
                    + " two initial step sizes? A random sample of the grid.")
    @Seeds(10)
    @Sample(n = 6, seed = 1)
    @Metric(name = "final_error", goal = Goal.MINIMIZE)
    void metaStepSize(
            @Sweep(from = 1e-4, to = 1e-2, steps = 5, scale = Scale.LOG) double theta,
            @Sweep({"0.01", "0.05"}) double stepSize,
            Trial trial) {
        DriftingTarget stream = new DriftingTarget(SHAPE, trial.random());
        Tracking.Outcome outcome = Tracking.run(
                new Idbd(SHAPE.inputs(), theta, stepSize),
                stream,
                STEPS,
                FINAL_WINDOW,
                CURVE_WINDOW,
                (step, mse) -> {});
        trial.record("final_error", outcome.finalError());
    }
}

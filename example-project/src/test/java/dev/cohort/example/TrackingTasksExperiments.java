package dev.cohort.example;

import dev.cohort.Across;
import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Named;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.SweepSource;
import dev.cohort.Task;
import dev.cohort.Trial;
import java.util.ArrayList;
import java.util.List;

/**
 * LMS, IDBD and Autostep across tracking tasks: does a learner set up once track every variant of
 * Sutton's (1992) drifting target, from fast to slow drift and from few to many relevant inputs?
 *
 * <p>A. R. Mahmood, R. S. Sutton, T. Degris and P. M. Pilarski, "Tuning-free step-size adaptation",
 * ICASSP 2012, propose Autostep as an IDBD whose meta step size need not be tuned per problem. The tasks
 * ({@link #tasks()}) vary the two properties of Sutton's Experiment 1 that decide how much a learner gains
 * from one step size per input: how often a relevant target weight flips (every 20, 200 or 2,000
 * examples) and how many of the 20 inputs are relevant (5 or 15), with observation noise of standard
 * deviation 0.5. Every learner starts from the step size 0.03 (LMS's best on the first study's stream);
 * IDBD adapts with its meta step size {@link Algorithm#META_STEP_SIZE} tuned on that stream, Autostep
 * with the paper's {@link Autostep#MU} and {@link Autostep#TAU}. 3 learners x 6 tasks x 10 seeds x
 * 10,000 examples.
 */
class TrackingTasksExperiments {

    /** The initial step size of every learner (LMS's fixed one). */
    static final double STEP_SIZE = 0.03;

    /** How often a relevant target weight flips its sign, fast to slow drift. */
    static final int[] FLIP_INTERVALS = {20, 200, 2_000};

    /** How many of the 20 inputs are relevant. */
    static final int[] RELEVANT = {5, 15};

    @Experiment(
            description = "Across tracking tasks that differ in drift rate and in the number of relevant inputs,"
                    + " does Autostep, without a meta step size to tune, track better than LMS and IDBD?")
    @Seeds(10)
    @Metric(name = "final_error", goal = Goal.MINIMIZE)
    @Expect(metric = "final_error", better = "algorithm=AUTOSTEP", than = "algorithm=LMS", across = Across.IQM)
    void acrossTasks(
            @Sweep({"LMS", "IDBD", "AUTOSTEP"}) Algorithm algorithm,
            @Task @SweepSource("tasks") DriftingTarget.Shape task,
            Trial trial) {
        Tracking.Outcome outcome = Tracking.run(
                algorithm.create(task.inputs(), STEP_SIZE),
                new DriftingTarget(task, trial.random()),
                StepSizeExperiments.STEPS,
                StepSizeExperiments.FINAL_WINDOW,
                StepSizeExperiments.CURVE_WINDOW,
                (step, meanSquaredError) -> {});
        trial.record("final_error", outcome.finalError());
    }

    /** The tasks: every flip interval with every number of relevant inputs, named {@code flip20-relevant5}. */
    static List<Named<DriftingTarget.Shape>> tasks() {
        List<Named<DriftingTarget.Shape>> tasks = new ArrayList<>();
        for (int flipInterval : FLIP_INTERVALS) {
            for (int relevant : RELEVANT) {
                tasks.add(Named.of(
                        "flip" + flipInterval + "-relevant" + relevant,
                        new DriftingTarget.Shape(20, relevant, flipInterval, 0.5)));
            }
        }
        return tasks;
    }
}

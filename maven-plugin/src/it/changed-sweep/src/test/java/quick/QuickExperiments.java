package quick;

import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/** The sweep is now {0.1, 1.0}; results/ still holds an earlier run of {0.5, 0.1} on other seeds. */
class QuickExperiments {

    @Experiment(description = "Is a larger step closer to the target?")
    @Seeds(5)
    @Metric(name = "error", goal = Goal.MINIMIZE)
    void approach(@Sweep({"0.1", "1.0"}) double step, Trial trial) {
        trial.record("error", 1 - step + 0.01 * trial.random().nextGaussian());
    }
}

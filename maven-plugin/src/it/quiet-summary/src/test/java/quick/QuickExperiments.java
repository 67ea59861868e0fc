package quick;

import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

class QuickExperiments {

    @Experiment(description = "Is a larger step closer to the target?")
    @Seeds(5)
    @Metric(name = "error", goal = Goal.MINIMIZE)
    @Expect(metric = "error", better = "step=1.0", than = "step=0.1")
    void approach(@Sweep({"0.1", "1.0"}) double step, Trial trial) {
        trial.record("error", 1 - step + 0.01 * trial.random().nextGaussian());
    }
}

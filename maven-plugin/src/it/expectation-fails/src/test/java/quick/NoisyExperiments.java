package quick;

import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/** Two variants that do not differ: the configured expectation that B beats A cannot hold. */
class NoisyExperiments {

    @Experiment
    @Seeds(4)
    @Metric(name = "score", goal = Goal.MAXIMIZE)
    void compare(@Sweep({"A", "B"}) String variant, Trial trial) {
        trial.record("score", trial.random().nextGaussian());
    }
}

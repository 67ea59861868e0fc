package mixed;

import dev.cohort.Experiment;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

class MixedExperiments {

    @Experiment
    @Seeds(2)
    void run(@Sweep({"1", "2", "3"}) int size, Trial trial) {
        trial.record("value", size + trial.random().nextDouble());
    }
}

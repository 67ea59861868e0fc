package queue;

import dev.cohort.Experiment;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/** No expectations, and no include: the build passes, but its log says what did not run and how to run it. */
class QueueSimulation {

    @Experiment
    @Seeds(2)
    void waiting(@Sweep({"1", "2"}) int servers, Trial trial) {
        trial.record("wait", 1.0 / servers + trial.random().nextDouble());
    }
}

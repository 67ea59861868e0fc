package dev.cohort.maven.checks;

import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/** An experiment whose compiled declaration carries an expectation (never run by this build). */
public class RaceExperiments {

    @Experiment
    @Seeds(5)
    @Metric(name = "time", goal = Goal.MINIMIZE)
    @Expect(metric = "time", better = "car=fast", than = "car=slow")
    void race(@Sweep({"fast", "slow"}) String car, Trial trial) {
        trial.record("time", car.equals("fast") ? 10 : 20);
    }
}

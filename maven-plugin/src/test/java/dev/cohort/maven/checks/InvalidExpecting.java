package dev.cohort.maven.checks;

import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/** An expectation on an experiment whose declaration cannot be read: its sweep lists no values. */
public class InvalidExpecting {

    @Experiment
    @Metric(name = "time", goal = Goal.MINIMIZE)
    @Expect(metric = "time", better = "car=fast", than = "car=slow")
    void bad(@Sweep({}) String car, Trial trial) {}
}

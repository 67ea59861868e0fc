package dev.cohort.bench;

import dev.cohort.Experiment;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/** The warm-up of {@link TrivialExperiments}: 20 configurations x 100 seeds = 2,000 trials. */
public class TrivialWarmUp {

    @Experiment
    @Seeds(100)
    void trivial(
            @Sweep({
                        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
                        "17", "18", "19"
                    })
                    int config,
            Trial trial) {
        trial.record("value", TrivialWork.value(config, trial.seed()));
    }
}

package dev.cohort.bench;

import dev.cohort.Experiment;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/** Trials that do almost nothing but record one metric, so what is measured is the engine's own cost per trial. */
public class TrivialExperiments {

    /** 20 configurations x 1,000 seeds = 20,000 trials. */
    @Experiment
    @Seeds(1000)
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

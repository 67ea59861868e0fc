package quick;

import dev.cohort.Across;
import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Task;
import dev.cohort.Trial;

/**
 * Algorithm B scores about one unit below A on every task (at scales 1 to 1000), so neither expectation
 * that B is better across the tasks can hold.
 */
class TaskExperiments {

    @Experiment
    @Seeds(6)
    @Metric(name = "score", goal = Goal.MAXIMIZE)
    @Expect(metric = "score", better = "algorithm=B", than = "algorithm=A", across = Across.IQM)
    @Expect(metric = "score", better = "algorithm=B", than = "algorithm=A", across = Across.WINS)
    void games(@Sweep({"A", "B"}) String algorithm, @Task @Sweep({"1", "10", "100", "1000"}) int scale, Trial trial) {
        // the seed's noise is common to both algorithms (common random numbers); B adds noise of its own
        double noise = 0.2 * trial.random().nextGaussian();
        double value = algorithm.equals("A") ? 11 + noise : 10 + noise + 0.2 * trial.random().nextGaussian();
        trial.record("score", scale * value);
    }
}

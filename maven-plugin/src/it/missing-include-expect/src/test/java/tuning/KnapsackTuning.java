package tuning;

import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/** Named like no Surefire default pattern (*Test, Test*, *Tests, *TestCase), and the POM has no include. */
class KnapsackTuning {

    @Experiment
    @Seeds(3)
    @Metric(name = "value", goal = Goal.MAXIMIZE)
    @Expect(metric = "value", better = "population=100", than = "population=10")
    void knapsack(@Sweep({"10", "100"}) int population, Trial trial) {
        trial.record("value", population + trial.random().nextDouble());
    }
}

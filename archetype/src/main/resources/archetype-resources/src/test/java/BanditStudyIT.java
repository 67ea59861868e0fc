package ${package};

import static dev.cohort.assertions.CohortAssertions.assertThat;

import dev.cohort.query.Results;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the study must show, in more detail than its {@code @Expect}. Failsafe runs this class in
 * {@code integration-test}, after Surefire ran {@link BanditExperiments} in {@code test}, so every trial's
 * result is in when it reads them.
 */
class BanditStudyIT {

    private static final String EXPERIMENT = "BanditExperiments#exploration";

    private static Results results;

    @BeforeAll
    static void load() {
        results = Results.load(Path.of("target/cohort/results"));
    }

    @Test
    void everyTrialRan() {
        assertThat(results).hasNoReadProblems().experiment(EXPERIMENT).hasNoFailedTrials();
        assertThat(results).experiment(EXPERIMENT).hasSuccessfulTrials(3 * 20);
    }

    @Test
    void ucbChoosesTheBestArmOnMostSteps() {
        assertThat(results)
                .experiment(EXPERIMENT)
                .metric("optimal_action")
                .config("strategy=UCB")
                .hasMeanBetween(0.6, 1);
    }

    @Test
    void ucbLosesLittle() {
        // The best arm of a testbed problem is about 1.5 above the mean of the arms: UCB loses a small
        // fraction of that per step once it has tried every arm, and never nothing at all.
        assertThat(results)
                .experiment(EXPERIMENT)
                .metric("regret")
                .config("strategy=UCB")
                .hasMeanBetween(0.05, 0.15);
    }
}

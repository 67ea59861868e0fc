package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.statistics.Bootstrap;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Groups share the drawn indices of their size, and get the intervals they would get on their own. */
class BootstrapIntervalsTest {

    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults().withBootstrap(10_000, 7);

    @Test
    void everyGroupGetsTheIntervalsOfItsOwnBootstrapWhetherItsSizeIsSharedOrOverTheBudget() {
        BootstrapIntervals shared = new BootstrapIntervals(10_000, OPTIONS);
        SplittableRandom random = new SplittableRandom(4);
        // 10, 30 and 120 values share their draws; 150 would pass the budget of 2^21 indices, and 250
        // alone is over it
        for (int n : new int[] {10, 30, 10, 120, 150, 250, 30, 150}) {
            double[] x = random.doubles(n).toArray();
            assertThat(shared.meanAndIqm(x))
                    .as("n = %d", n)
                    .isEqualTo(Bootstrap.locationIntervals(x, 0.25, 0.95, 10_000, 7));
        }
    }
}

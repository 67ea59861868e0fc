package dev.cohort.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast forms of the bootstrap and the power search give the numbers of the plain forms. */
class FastPathsTest {

    @Test
    void bothBootstrapIntervalsFromOneResamplingEqualTheSeparateOnesNumberForNumber() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n : new int[] {1, 2, 5, 30, 101}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = Math.round(random.nextGaussian() * 4) / 2.0; // many ties
            }
            Bootstrap.LocationIntervals both = Bootstrap.locationIntervals(x, 0.25, 0.95, 2_000, 11);

            assertThat(both.mean()).isEqualTo(Bootstrap.percentile(x, Descriptive::mean, 0.95, 2_000, 11));
            assertThat(both.trimmedMean()).isEqualTo(Bootstrap.percentile(x, Descriptive::iqm, 0.95, 2_000, 11));
        }
    }

    @Test
    void intervalsFromSharedDrawsAreTheIntervalsFromTheSeed() {
        SplittableRandom random = new SplittableRandom(8);
        for (int n : new int[] {1, 2, 10, 30}) {
            Bootstrap.Draws draws = Bootstrap.Draws.of(n, 1_500, 42);
            for (int sample = 0; sample < 3; sample++) {
                double[] x = random.doubles(n).map(v -> Math.round(v * 6) / 3.0).toArray(); // ties
                for (double trim : new double[] {0, 0.1, 0.25}) {
                    assertThat(Bootstrap.locationIntervals(x, trim, 0.9, draws))
                            .as("n = %d, trim = %s", n, trim)
                            .isEqualTo(Bootstrap.locationIntervals(x, trim, 0.9, 1_500, 42));
                }
            }
        }
    }

    @Test
    void drawsForAnotherSizeAreRefused() {
        Bootstrap.Draws draws = Bootstrap.Draws.of(5, 10, 1);
        assertThatThrownBy(() -> Bootstrap.locationIntervals(new double[4], 0.25, 0.95, draws))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the draws are for 5 values, got 4");
    }

    @Test
    void theBootstrapIntervalsOfASeedStayTheNumbersTheyWere() {
        // pinned from the implementation that sorted every replicate array: selection changes no bit
        double[] x = new SplittableRandom(17).doubles(23).toArray();
        Bootstrap.LocationIntervals both = Bootstrap.locationIntervals(x, 0.25, 0.95, 3_000, 5);
        assertThat(both.mean()).isEqualTo(new Interval(0.23587505834777575, 0.46054531817024824));
        assertThat(both.trimmedMean()).isEqualTo(new Interval(0.16911962854925086, 0.4609744163666638));
    }

    @Test
    void theSampleSizeSearchFromTheNormalApproximationFindsWhatABisectionOverTheWholeRangeFinds() {
        for (double d : new double[] {0.05, 0.2, 0.5, 0.8, 1.3, 3, 10}) {
            for (double alpha : new double[] {0.05, 0.001, 1e-6}) {
                assertThat(Power.twoSampleSizePerGroup(d, alpha, 0.8, Power.MAX_N))
                        .as("d = %s, alpha = %s", d, alpha)
                        .isEqualTo(bisection(d, alpha, 0.8, Power.MAX_N));
            }
        }
        assertThat(Power.twoSampleSizePerGroup(0.001, 1e-6, 0.9, 1_000)).isEqualTo(-1);
    }

    /** The plain search: the smallest n in [2, maxN] with enough power, by bisection. */
    private static int bisection(double d, double alpha, double power, int maxN) {
        if (Power.twoSample(maxN, d, alpha) < power) {
            return -1;
        }
        int lo = 2;
        int hi = maxN;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Power.twoSample(mid, d, alpha) >= power) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}

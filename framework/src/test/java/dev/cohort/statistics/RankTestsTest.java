package dev.cohort.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

/**
 * The rank tests counted from sorted samples give Commons' numbers bit for bit (Commons ranking the
 * pooled sample itself, with the method chosen as R chooses it) and R's {@code wilcox.test}.
 */
class RankTestsTest {

    private static final double[] U = {
        -0.626, 0.184, -0.836, 1.595, 0.330, -0.820, 0.487, 0.738, 0.576, -0.305, 1.512, 0.390, -0.621, -2.215, 1.125,
        -0.045, -0.016, 0.944, 0.821, 0.594, 0.919, 0.782, 0.075, -1.989, 0.620, -0.056, -0.156, -1.471, -0.478, 0.418,
        1.359, -0.103, 0.388, -0.054, -1.377, -0.415, -0.394, -0.059, 1.100, 0.763, -0.165, -0.253, 0.697, 0.557,
        -0.689, -0.707, 0.365, 0.769, -0.112, 0.881, 0.398, -0.612, 0.341, -1.129, 1.433, 1.980, -0.367, -1.044, 0.570,
        -0.135
    };
    private static final double[] V = {
        2.702, 0.261, 0.990, 0.328, -0.443, 0.489, -1.505, 1.766, 0.453, 2.473, 0.776, -0.410, 0.911, -0.634, -0.954,
        0.591, -0.143, 0.301, 0.374, -0.290, -0.269, 0.165, 1.478, -1.224, 0.894, 0.633, 1.363, -0.004, 0.670, 0.567,
        -0.243, 1.508, 1.460, 1.000, 1.887, 0.858, -0.977, -0.273, -0.925, -0.173, -0.320, 0.342, -0.611, 0.458, -0.355,
        2.067, 1.017, 1.210, 0.684, 1.982, -0.336, -0.162, 1.732, -0.351, 0.093
    };

    @Test
    void theRankSumTestAgreesWithRsWilcoxTestWithTiesAndAboveTheExactLimit() {
        // R: wilcox.test(x, y) with ties (normal approximation, tie and continuity corrections)
        RankTestResult ties = RankTests.mannWhitney(
                new double[] {1.5, 2, 2, 3.25, 4, 4, 4, 7, 9.5, 10},
                new double[] {2, 3, 3.25, 5, 6, 6, 8, 8, 11, 12, 12.5});
        assertThat(ties.statistic()).isEqualTo(34.5);
        assertThat(ties.p()).isCloseTo(0.15753387407602981, within(1e-12));
        assertThat(ties.exact()).isFalse();
        // R: wilcox.test(u, v), n = 60 and 55
        RankTestResult large = RankTests.mannWhitney(U, V);
        assertThat(large.statistic()).isEqualTo(1387);
        assertThat(large.p()).isCloseTo(0.14163818861227767, within(1e-12));
    }

    @Test
    void theSignedRankTestAgreesWithRsWilcoxTestWithZerosAndTies() {
        // R: wilcox.test(a, b, paired = TRUE): two zero differences, tied sizes
        RankTestResult r = RankTests.signedRank(
                new double[] {3.1, 2.0, 5.5, 4.0, 4.0, 6.2, 1.0, 7.7, 2.5, 3.3, 9.0, 4.4},
                new double[] {2.1, 2.0, 4.5, 4.5, 3.0, 6.2, 2.0, 5.7, 1.5, 4.3, 6.0, 4.4});
        assertThat(r.statistic()).isEqualTo(35);
        assertThat(r.p()).isCloseTo(0.14226650857291206, within(1e-12));
        assertThat(r.exact()).isFalse();
        // R: wilcox.test(u[1:55], v, paired = TRUE)
        RankTestResult large = RankTests.signedRank(Arrays.copyOf(U, 55), V);
        assertThat(large.statistic()).isEqualTo(564);
        assertThat(large.p()).isCloseTo(0.085107266233460113, within(1e-12));
    }

    @Test
    void theRankSumTestGivesCommonsNumbersBitForBitOnBothSidesOfTheExactLimit() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n : new int[] {1, 2, 3, 10, 48, 49, 50, 51, 120}) {
            for (int m : new int[] {1, 4, 49, 50, 200}) {
                for (double grid : new double[] {0, 0.5, 4}) {
                    double[] x = sample(random, n, grid, 0);
                    double[] y = sample(random, m, grid, 0.3);
                    if (RankTests.allTied(x, y)) {
                        continue;
                    }
                    assertThat(RankTests.mannWhitney(x, y))
                            .as("n = %d, m = %d, grid = %s", n, m, grid)
                            .isEqualTo(commonsMannWhitney(x, y));
                }
            }
        }
    }

    @Test
    void negativeZeroAndZeroTieForTheExactChoiceButRankApartAsCommonsRanksThem() {
        double[] x = {-0.0, 1, 2, 3};
        double[] y = {0.0, 1.5, 2.5, 4, 5};
        RankTestResult r = RankTests.mannWhitney(x, y);
        assertThat(r.exact()).isFalse();
        assertThat(r).isEqualTo(commonsMannWhitney(x, y));
    }

    @Test
    void theSignedRankTestGivesCommonsNumbersBitForBitWithZerosTiesAndLargeSamples() {
        SplittableRandom random = new SplittableRandom(11);
        for (int n : new int[] {1, 2, 5, 20, 49, 50, 51, 300}) {
            for (double grid : new double[] {0, 0.25, 2}) {
                double[] x = sample(random, n, grid, 0.2);
                double[] y = sample(random, n, grid, 0);
                if (RankTests.nonZeroDifferences(x, y).length == 0) {
                    continue;
                }
                assertThat(RankTests.signedRank(x, y))
                        .as("n = %d, grid = %s", n, grid)
                        .isEqualTo(commonsSignedRank(x, y));
            }
        }
    }

    @Test
    void sortedSamplesGiveTheNumbersOfTheUnsortedOnes() {
        double[] x = sample(new SplittableRandom(5), 37, 0.5, 0);
        double[] y = sample(new SplittableRandom(6), 52, 0.5, 0);
        assertThat(RankTests.mannWhitney(SortedSample.of(x), SortedSample.of(y)))
                .isEqualTo(RankTests.mannWhitney(x, y));
    }

    /** Normal values, rounded to multiples of {@code grid} (many ties) unless it is 0, shifted by {@code shift}. */
    private static double[] sample(SplittableRandom random, int n, double grid, double shift) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = random.nextGaussian() + shift;
            x[i] = grid == 0 ? v : Math.round(v / grid) * grid;
        }
        return x;
    }

    /** The test as Commons computes it, the method chosen as R chooses it: exact when small without ties. */
    private static RankTestResult commonsMannWhitney(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        boolean exact = x.length < 50 && y.length < 50 && !hasEqualValues(all);
        var r = MannWhitneyUTest.withDefaults()
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.ENABLED)
                .test(x, y);
        return new RankTestResult(r.getStatistic(), r.getPValue(), exact);
    }

    /** The signed-rank test as Commons computes it on the non-zero differences, exact when R's would be. */
    private static RankTestResult commonsSignedRank(double[] x, double[] y) {
        double[] d = RankTests.nonZeroDifferences(x, y);
        double[] abs = Arrays.stream(d).map(Math::abs).toArray();
        boolean exact = d.length < 50 && d.length == x.length && !hasEqualValues(abs);
        var r = WilcoxonSignedRankTest.withDefaults()
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.ENABLED)
                .test(d);
        return new RankTestResult(r.getStatistic(), r.getPValue(), exact);
    }

    private static boolean hasEqualValues(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1]) {
                return true;
            }
        }
        return false;
    }
}

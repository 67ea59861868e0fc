package dev.cohort.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Values from R 4.2. */
class FriedmanTestTest {

    /** {@code set.seed(3); m <- matrix(round(runif(24) * 10), 6, 4); m[2, ] <- c(1, 1, 2, 2)}: ties in blocks. */
    private static final double[][] TIED = {
        {2, 1, 5, 9}, {1, 1, 2, 2}, {4, 6, 9, 2}, {3, 6, 8, 0}, {6, 5, 1, 1}, {6, 5, 7, 1}
    };

    @Test
    void friedmanMatchesRWithItsTieCorrection() {
        // friedman.test(m)
        FriedmanTest.Result r = FriedmanTest.test(TIED);
        assertThat(r.chiSquared()).isCloseTo(3.8421052631578947, within(1e-12));
        assertThat(r.df()).isEqualTo(3);
        assertThat(r.p()).isCloseTo(0.27902642250092724, within(1e-12));
    }

    @Test
    void meanRanksShareTiedRanks() {
        // colMeans(t(apply(m, 1, rank)))
        assertThat(FriedmanTest.meanRanks(TIED))
                .containsExactly(new double[] {2.4166666666666665, 2.25, 3.3333333333333335, 2.0}, within(1e-12));
        assertThat(FriedmanTest.ranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
    }

    @Test
    void imanDavenportAndNemenyiFollowDemsar() {
        FriedmanTest.ImanDavenportResult f = FriedmanTest.imanDavenport(3.8421052631578947, 6, 4);
        // (N - 1) chi2 / (N (k - 1) - chi2); pf(f, 3, 15, lower.tail = FALSE)
        assertThat(f.f()).isCloseTo(5 * 3.8421052631578947 / (18 - 3.8421052631578947), within(1e-12));
        assertThat(f.df1()).isEqualTo(3);
        assertThat(f.df2()).isEqualTo(15);
        assertThat(f.p()).isCloseTo(0.29381869433728575, within(1e-12));
        // Demšar's table 5: q_0.05 for k = 4 is 2.569
        assertThat(FriedmanTest.nemenyiQ(4)).isCloseTo(2.569, within(5e-4));
        assertThat(FriedmanTest.criticalDifference(2.569, 4, 6)).isCloseTo(2.569 * Math.sqrt(20.0 / 36), within(1e-12));
    }
}

package dev.cohort.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Values computed with R 4.2.2. */
class StatisticsTest {

    @Test
    void holmAndBonferroniSkipMissingPValues() {
        double[] p = {0.01, 0.04, 0.03, Double.NaN, 0.2};
        assertThat(PAdjust.holm(p)).containsExactly(0.04, 0.09, 0.09, Double.NaN, 0.2);
        assertThat(PAdjust.bonferroni(p)).containsExactly(0.04, 0.16, 0.12, Double.NaN, 0.8);
    }

    @Test
    void noncentralTAndPowerMatchR() {
        // pt(1.5, 12, ncp = 2)
        assertThat(Power.noncentralTCdf(1.5, 12, 2)).isCloseTo(0.305464351742927, within(1e-12));
        // power.t.test(n = 10, delta = 0.8, sig.level = 0.01)$power
        assertThat(Power.twoSample(10, 0.8, 0.01)).isCloseTo(0.171657621289906, within(1e-12));
    }

    @Test
    void quartilesAreType7() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        assertThat(Descriptive.quantile(x, 0.25)).isEqualTo(1.75);
        assertThat(Descriptive.quantile(x, 0.75)).isEqualTo(5.25);
    }

    @Test
    void shapiroWilkRefusesWhatRRefuses() {
        assertThat(ShapiroWilk.isDefined(new double[] {1, 2})).isFalse();
        assertThat(ShapiroWilk.isDefined(new double[] {2, 2, 2, 2})).isFalse();
        double[] big = new double[5001];
        Arrays.setAll(big, i -> Math.sin(i));
        assertThat(ShapiroWilk.isDefined(big)).isFalse();
        assertThat(ShapiroWilk.isDefined(Arrays.copyOf(big, 5000))).isTrue();
    }

    @Test
    void pearsonCorrelationMatchesRAndRefusesWhatRGivesNaFor() {
        // cor(c(1e9 + 1, 1e9 + 2, 1e9 + 4, 1e9 + 3), c(-2.5, -1, -3, 4)): a large common offset
        double[] x = {1e9 + 1, 1e9 + 2, 1e9 + 4, 1e9 + 3};
        assertThat(Correlation.pearson(x, new double[] {-2.5, -1, -3, 4}))
                .isCloseTo(0.14127726923480649, within(1e-12));
        // cor(c(1, 2), c(5, 3))
        assertThat(Correlation.pearson(new double[] {1, 2}, new double[] {5, 3}))
                .isCloseTo(-0.99999999999999978, within(1e-15));
        assertThat(Correlation.isDefined(new double[] {1}, new double[] {2})).isFalse();
        assertThat(Correlation.isDefined(new double[] {1, 2, 3}, new double[] {4, 4, 4}))
                .isFalse();
        assertThat(Correlation.isDefined(new double[] {1, 2, 3}, new double[] {4, 5}))
                .isFalse();
    }

    @Test
    void bootstrapIsDeterminedBySeed() {
        double[] x = new double[20];
        Arrays.setAll(x, i -> Math.sin(i * 1.7));
        Interval a = Bootstrap.percentile(x, Descriptive::mean, 0.95, 2000, 7);
        Interval b = Bootstrap.percentile(x, Descriptive::mean, 0.95, 2000, 7);
        Interval c = Bootstrap.percentile(x, Descriptive::mean, 0.95, 2000, 8);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }
}

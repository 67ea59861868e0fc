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
    void bootstrapIsDeterminedBySeed() {
        double[] x = new double[20];
        Arrays.setAll(x, i -> Math.sin(i * 1.7));
        Interval a = Bootstrap.percentile(x, Descriptive::mean, 0.95, 2000, 7);
        Interval b = Bootstrap.percentile(x, Descriptive::mean, 0.95, 2000, 7);
        Interval c = Bootstrap.percentile(x, Descriptive::mean, 0.95, 2000, 8);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }
}

package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticTest {

    @Test
    void isAFiniteValueOrAReason() {
        Statistic<Double> mean = Statistic.of(2.5);
        Statistic<Double> sd = Statistic.undefined("needs at least 2 values");

        assertThat(mean.isDefined()).isTrue();
        assertThat(mean.value()).isEqualTo(2.5);
        assertThat(mean.reason()).isNull();
        assertThat(sd.isDefined()).isFalse();
        assertThat(sd.value()).isNull();
        assertThat(sd.reason()).isEqualTo("needs at least 2 values");
        assertThat(sd.orElse(-1)).isEqualTo(-1);
        assertThat(Statistic.count(3).value()).isEqualTo(3);
    }

    @Test
    void refusesNonFiniteValuesAndMissingReasons() {
        assertThatThrownBy(() -> Statistic.of(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN")
                .hasMessageContaining("finiteOr");
        assertThatThrownBy(() -> Statistic.of(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Statistic.undefined(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Statistic<>(1.0, "both")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Statistic<Double>(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void finiteOrGivesTheReasonForANonFiniteResult() {
        assertThat(Statistic.finiteOr(1.5, "overflow")).isEqualTo(Statistic.of(1.5));
        assertThat(Statistic.finiteOr(Double.NaN, "perfect fit")).isEqualTo(Statistic.undefined("perfect fit"));
        assertThat(Statistic.finiteOr(Double.POSITIVE_INFINITY, "overflow").reason())
                .isEqualTo("overflow");
    }

    @Test
    void aRecordsReasonsAreItsUndefinedStatisticsByName() {
        Levene levene = new Levene(Statistic.of(3.0), Statistic.undefined("p is out of reach"));
        Anova anova = Anova.undefined(1, 0, "needs more values than configurations");

        assertThat(levene.reasons()).containsExactly(Map.entry("p", "p is out of reach"));
        assertThat(anova.reasons())
                .containsOnlyKeys("etaSquared", "f", "omegaSquared", "p")
                .containsValue("needs more values than configurations");
        assertThat(anova.reasons().keySet()).containsExactly("etaSquared", "f", "omegaSquared", "p");
        assertThat(new Levene(Statistic.of(1.0), Statistic.of(0.5)).reasons()).isEmpty();
    }
}

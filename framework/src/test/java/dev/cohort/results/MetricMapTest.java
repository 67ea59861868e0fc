package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricMapTest {

    private static Map<String, Double> source() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("loss", 0.25);
        map.put("accuracy", 0.9);
        map.put("diverged", Double.NaN);
        return map;
    }

    /** A successful trial of experiment {@code e}'s only configuration. */
    private static TrialResult trial(long seed, int seedIndex, Map<String, Double> metrics) {
        return new TrialResult(
                "e",
                Map.of(),
                seed,
                seedIndex,
                TrialStatus.SUCCESSFUL,
                metrics,
                1.0,
                null,
                Map.of(),
                null,
                null,
                0,
                null);
    }

    @Test
    void keepsRecordingOrderAndEqualsAnyMapWithTheSameEntries() {
        Map<String, Double> metrics = MetricMap.copyOf(source());

        assertThat(metrics.keySet()).containsExactly("loss", "accuracy", "diverged");
        assertThat(metrics.values()).containsExactly(0.25, 0.9, Double.NaN);
        assertThat(metrics).isEqualTo(source()).isEqualTo(new HashMap<>(source()));
        assertThat(metrics.hashCode()).isEqualTo(source().hashCode());
        assertThat(metrics.get("accuracy")).isEqualTo(0.9);
        assertThat(metrics.get("missing")).isNull();
        assertThatThrownBy(() -> metrics.put("loss", 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyNumberOfMetricsKeepsItsValuesAndOrder() {
        for (int n = 0; n <= 6; n++) {
            Map<String, Double> source = new LinkedHashMap<>();
            for (int i = n; i > 0; i--) {
                source.put("m" + i, i * 1.5);
            }
            Map<String, Double> metrics = MetricMap.copyOf(source);
            assertThat(metrics).isEqualTo(source);
            assertThat(metrics.keySet()).containsExactlyElementsOf(source.keySet());
            assertThat(metrics.values()).containsExactlyElementsOf(source.values());
            assertThat(new Interner()
                            .metrics(
                                    source.keySet().toArray(String[]::new),
                                    source.values().stream()
                                            .mapToDouble(Double::doubleValue)
                                            .toArray()))
                    .isEqualTo(source);
        }
    }

    @Test
    void aMissingValueKeepsTheGeneralFormInATrial() {
        Map<String, Double> withNull = new LinkedHashMap<>(source());
        withNull.put("unset", null);

        assertThat(MetricMap.copyOf(withNull)).isNull();
        TrialResult trial = trial(1, 0, withNull);
        assertThat(trial.metrics()).containsEntry("unset", null).containsEntry("loss", 0.25);
    }

    @Test
    void trialsReadTogetherShareTheirMetricNames() {
        Interner interner = new Interner();
        TrialResult a = trial(1, 0, source()).sharing(interner);
        Map<String, Double> other = new LinkedHashMap<>(source());
        other.put("loss", 0.5);
        TrialResult b = trial(2, 1, other).sharing(interner);

        assertThat(b.metrics().keySet()).isSameAs(a.metrics().keySet());
        assertThat(b.metrics()).isEqualTo(other);
        assertThat(a.metrics()).isEqualTo(source());
    }
}

package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLabelTest {

    @Test
    void parameterValuesReadAsDeclared() {
        assertThat(ReadableNumbers.parameter(3.16227766017E-4)).isEqualTo("3.162e-4");
        assertThat(ReadableNumbers.parameter(1.0E-4)).isEqualTo("1e-4");
        assertThat(ReadableNumbers.parameter(5.0)).isEqualTo("5");
        assertThat(ReadableNumbers.parameter(0.001)).isEqualTo("0.001");
        assertThat(ReadableNumbers.parameter(0.00316227766017)).isEqualTo("0.003162");
        assertThat(ReadableNumbers.parameter(0.05)).isEqualTo("0.05");
        assertThat(ReadableNumbers.parameter(-2.5)).isEqualTo("-2.5");
        assertThat(ReadableNumbers.parameter(0)).isEqualTo("0");
        assertThat(ReadableNumbers.parameter(1e6)).isEqualTo("1e6");
        assertThat(ReadableNumbers.parameter(123456.0)).isEqualTo("1.235e5");
        assertThat(ReadableNumbers.parameter(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }

    @Test
    void aLabelWritesEachValueReadablyAndKeepsTheIdExact() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("theta", 3.16227766017E-4);
        config.put("initialValue", 5.0);
        config.put("algorithm", "IDBD");
        config.put("steps", 1000);

        assertThat(ConfigLabel.of(config)).isEqualTo("theta=3.162e-4, initialValue=5, algorithm=IDBD, steps=1000");
        assertThat(ConfigId.of(config))
                .isEqualTo("theta=3.16227766017E-4, initialValue=5.0, algorithm=IDBD, steps=1000");
        assertThat(ConfigLabel.value(1.0E-4f)).isEqualTo("1e-4");
        assertThat(ConfigLabel.of(Map.of())).isEmpty();
    }
}

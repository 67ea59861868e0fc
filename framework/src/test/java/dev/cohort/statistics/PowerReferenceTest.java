package dev.cohort.statistics;

import static dev.cohort.testing.IndependentReference.tolerance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cohort.testing.IndependentReference;
import org.junit.jupiter.api.Test;

/** The seeds for power and the power at n against R's {@code power.t.test} ({@code power.json}). */
class PowerReferenceTest {

    private static final JsonNode CASE = IndependentReference.read("power.json");

    @Test
    void theSeedsPerConfigurationAreTheCeilingOfPowerTTestsN() {
        assertThat(CASE.get("sizes")).hasSize(20);
        for (JsonNode size : CASE.get("sizes")) {
            double d = size.get("d").asDouble();
            double alpha = size.get("alpha").asDouble();
            double power = size.get("power").asDouble();
            assertThat(Power.twoSampleSizePerGroup(d, alpha, power, Power.MAX_N))
                    .as("power.t.test(delta = %s, sig.level = %s, power = %s)", d, alpha, power)
                    .isEqualTo(size.get("n").asInt());
        }
    }

    @Test
    void thePowerAtNIsPowerTTestsPower() {
        for (JsonNode row : CASE.get("powers")) {
            int n = row.get("n").asInt();
            double d = row.get("d").asDouble();
            double expected = row.get("power").asDouble();
            assertThat(Power.twoSample(n, d, row.get("alpha").asDouble()))
                    .as("power.t.test(n = %d, delta = %s)", n, d)
                    .isCloseTo(expected, within(tolerance(expected)));
        }
    }
}

package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigIdsTest {

    private static TrialResult trial(Map<String, Object> config, long seed) {
        return new TrialResult(
                "org.acme.Study#run",
                config,
                seed,
                (int) seed,
                TrialStatus.SUCCESSFUL,
                Map.of("score", 1.0),
                1,
                null,
                Map.of(),
                null,
                null,
                null,
                null);
    }

    @Test
    void givesEachTrialTheIdOfItsConfiguration() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("alpha", 0.01);
        config.put("algorithm", "IDBD");
        ConfigIds ids = new ConfigIds();

        assertThat(ids.of(trial(config, 1))).isEqualTo("alpha=0.01, algorithm=IDBD");
        assertThat(ids.of(trial(Map.of(), 2))).isEqualTo(trial(Map.of(), 2).configId());
    }

    @Test
    void computesTheIdOncePerSharedConfigurationMap() {
        Interner interner = new Interner();
        TrialResult first = trial(Map.of("alpha", 0.1), 1).sharing(interner);
        TrialResult second = trial(Map.of("alpha", 0.1), 2).sharing(interner);
        ConfigIds ids = new ConfigIds();

        assertThat(ids.of(second)).isSameAs(ids.of(first)).isEqualTo(first.configId());
    }
}

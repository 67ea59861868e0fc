package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.results.TrialResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.UniqueId;

class RerunTest {

    private static final String EXPERIMENT = "[engine:cohort]/[class:dev.cohort.engine.fixtures.SweepExperiments]"
            + "/[experiment:tracking(double,dev.cohort.engine.fixtures.SweepExperiments$Algorithm,dev.cohort.Trial)]";

    @TempDir
    Path fullRun;

    @TempDir
    Path rerun;

    private Map<String, Map<String, Double>> full;

    @BeforeEach
    void runEverything() {
        EngineRuns.execute(fullRun, selectClass(SweepExperiments.class));
        full = EngineRuns.metricsByTrial(fullRun);
    }

    @Test
    void oneTrialByUniqueIdGivesTheSameMetrics() {
        TrialResult original = EngineRuns.trials(fullRun).get(5);
        UniqueId id =
                UniqueId.parse(EXPERIMENT + "/[config:" + original.configId() + "]/[seed:" + original.seed() + "]");

        EngineRuns.execute(rerun, selectUniqueId(id))
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));

        assertThat(EngineRuns.trials(rerun)).singleElement().satisfies(t -> {
            assertThat(t.configId()).isEqualTo(original.configId());
            assertThat(t.seed()).isEqualTo(original.seed());
            assertThat(t.seedIndex()).isEqualTo(original.seedIndex());
            assertThat(t.metrics()).isEqualTo(original.metrics());
        });
    }

    @Test
    void oneConfigurationByUniqueIdRunsItsSeeds() {
        EngineRuns.execute(rerun, selectUniqueId(EXPERIMENT + "/[config:alpha=0.1, algorithm=IDBD]"))
                .testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(4));

        Map<String, Map<String, Double>> again = EngineRuns.metricsByTrial(rerun);
        assertThat(again).hasSize(4);
        assertThat(full).containsAllEntriesOf(again);
    }

    @Test
    void oneExperimentByUniqueIdRunsEverything() {
        EngineRuns.execute(rerun, selectUniqueId(EXPERIMENT))
                .testEvents()
                .assertStatistics(stats -> stats.started(24).succeeded(24));

        assertThat(EngineRuns.metricsByTrial(rerun)).isEqualTo(full);
    }

    @Test
    void anUnknownSeedOrConfigurationSelectsNothing() {
        EngineRuns.execute(rerun, selectUniqueId(EXPERIMENT + "/[config:alpha=0.5, algorithm=IDBD]"))
                .testEvents()
                .assertStatistics(stats -> stats.started(0));
        EngineRuns.execute(rerun, selectUniqueId(EXPERIMENT + "/[config:alpha=0.1, algorithm=IDBD]/[seed:-1]"))
                .testEvents()
                .assertStatistics(stats -> stats.started(0));
    }
}

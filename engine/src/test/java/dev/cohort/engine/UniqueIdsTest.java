package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.cohort.engine.fixtures.IdCharacterExperiments;
import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.UniqueIds;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The ids the framework formats ({@link UniqueIds}, printed by {@code cohort:status}) are the engine's. */
class UniqueIdsTest {

    @TempDir
    Path results;

    @Test
    void theFormattedIdsAreTheEnginesIdsOfEveryExperimentConfigurationAndTrial() {
        for (Class<?> type : List.of(SweepExperiments.class, IdCharacterExperiments.class)) {
            assertThat(formatted(type)).isEqualTo(discovered(type));
        }
    }

    @Test
    void aFormattedTrialIdWithEncodedCharactersSelectsExactlyThatTrial() {
        Method method =
                ExperimentReader.experimentMethods(IdCharacterExperiments.class).get(0);
        ExperimentDefinition experiment = ExperimentReader.read(IdCharacterExperiments.class, method);
        Configuration configuration = experiment.configurations().get(1);
        String id = UniqueIds.format(UniqueIds.trial(experiment, configuration, 1));
        assertThat(id).contains("[config:label=%5Bx%5D%2By%25]");

        var events = EngineRuns.execute(results, selectUniqueId(id)).testEvents();

        events.assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(EngineRuns.trials(results)).singleElement().satisfies(trial -> {
            assertThat(trial.configId()).isEqualTo(configuration.id());
            assertThat(trial.seed()).isEqualTo(experiment.seed(1));
        });
    }

    private static Set<String> formatted(Class<?> type) {
        Set<String> ids = new TreeSet<>();
        for (Method method : ExperimentReader.experimentMethods(type)) {
            ExperimentDefinition experiment = ExperimentReader.read(type, method);
            ids.add(UniqueIds.format(UniqueIds.experiment(experiment)));
            for (Configuration configuration : experiment.configurations()) {
                ids.add(UniqueIds.format(UniqueIds.configuration(experiment, configuration)));
                for (int i = 0; i < experiment.seedCount(); i++) {
                    ids.add(UniqueIds.format(UniqueIds.trial(experiment, configuration, i)));
                }
            }
        }
        return ids;
    }

    private static Set<String> discovered(Class<?> type) {
        TestDescriptor engine = EngineTestKit.engine(CohortTestEngine.ENGINE_ID)
                .selectors(selectClass(type))
                .discover()
                .getEngineDescriptor();
        List<TestDescriptor> below = new ArrayList<>(engine.getDescendants());
        Set<String> ids = new TreeSet<>();
        for (TestDescriptor descriptor : below) {
            if (!(descriptor instanceof ClassDescriptor)) {
                ids.add(descriptor.getUniqueId().toString());
            }
        }
        return ids;
    }
}

package dev.cohort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.cohort.maven.fixtures.QueueExperiments;
import dev.cohort.results.TrialResult;
import dev.cohort.results.store.JsonLinesResultReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code cohort:status -Dcohort.ids} prints the ids a user pastes to re-run one trial. */
class StatusIdsTest {

    private static final String EXPERIMENT = "[engine:cohort]/[class:dev.cohort.maven.fixtures.QueueExperiments]"
            + "/[experiment:waiting(int,dev.cohort.Trial)]";

    @TempDir
    Path results;

    private final RecordingLog log = new RecordingLog();

    @Test
    void listsTheIdsOfEveryExperimentConfigurationAndTrialInTreeOrder() throws Exception {
        List<String> ids = printedIds();

        assertThat(ids).hasSize(1 + 3 + 3 * 4);
        assertThat(ids.subList(0, 3))
                .containsExactly(
                        EXPERIMENT,
                        EXPERIMENT + "/[config:servers=1]",
                        EXPERIMENT + "/[config:servers=1]/[seed:739312]");
        assertThat(ids).filteredOn(id -> id.contains("[seed:")).hasSize(12);
    }

    @Test
    void aPrintedTrialIdRunsExactlyThatTrial() throws Exception {
        String id = printedIds().stream()
                .filter(line -> line.contains("[config:servers=2]/[seed:"))
                .skip(1)
                .findFirst()
                .orElseThrow();
        long seed = Long.parseLong(id.substring(id.lastIndexOf("[seed:") + 6, id.length() - 1));

        var events = EngineTestKit.engine("cohort")
                .configurationParameter("cohort.results", results.toString())
                .configurationParameter("cohort.progress", "false")
                .selectors(selectUniqueId(id))
                .execute()
                .testEvents();

        events.assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(events.started().list())
                .singleElement()
                .satisfies(e -> assertThat(e.getTestDescriptor().getUniqueId().toString())
                        .isEqualTo(id));
        List<TrialResult> trials = JsonLinesResultReader.read(results).trials();
        assertThat(trials).singleElement().satisfies(trial -> {
            assertThat(trial.configId()).isEqualTo("servers=2");
            assertThat(trial.seed()).isEqualTo(seed);
            assertThat(trial.seedIndex()).isEqualTo(1);
        });
    }

    @Test
    void withoutCompiledExperimentsItSaysWhyThereAreNoIds() throws Exception {
        StatusMojo mojo = new StatusMojo();
        mojo.setLog(log);
        mojo.results = results.resolve("none").toFile();
        mojo.ids = true;

        mojo.execute();

        assertThat(log.at("WARN")).anySatisfy(line -> assertThat(line).startsWith("No unique ids to list"));
    }

    private List<String> printedIds() throws Exception {
        StatusMojo mojo = new StatusMojo();
        mojo.setLog(log);
        mojo.results = results.resolve("not-yet").toFile();
        Path testClasses = Path.of(QueueExperiments.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        mojo.testClasses = testClasses.toFile();
        mojo.testClasspath = List.of(testClasses.toString());
        mojo.ids = true;

        mojo.execute();

        List<String> info = log.at("INFO");
        int heading =
                info.indexOf("Unique ids (for --select-unique-id): experiments, their configurations, their trials:");
        assertThat(heading).isNotNegative();
        return info.subList(heading + 1, info.size()).stream()
                .filter(line -> line.contains("QueueExperiments"))
                .toList();
    }
}

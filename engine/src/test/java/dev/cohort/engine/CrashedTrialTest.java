package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cohort.engine.fixtures.ExitingExperiments;
import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.results.LatestResult;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.runtime.StartJournal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A trial that calls {@code System.exit(3)} in thread mode: the run ends with it, the next run records it
 * as {@code CRASHED} from the journal of started trials and runs it again (it ends that JVM too), the run
 * after records the second crash and no longer runs it, so the study completes and resumes stop looping.
 * The runs that may meet the culprit run in child JVMs, one trial at a time.
 */
class CrashedTrialTest {

    private static final String CULPRIT = "n=2";

    @Test
    void aTrialThatEndsItsJvmIsRecordedCrashedAndNotRunAfterTwoCrashes(@TempDir Path results) throws Exception {
        assertThat(runInChildJvm(results))
                .as("the first run ends with the culprit's exit status")
                .isEqualTo(3);
        assertThat(statuses(results)).allMatch(s -> s.endsWith(" SUCCESSFUL")).noneMatch(s -> s.startsWith(CULPRIT));
        assertThat(journaledStarts(results, CULPRIT)).isEqualTo(1);

        assertThat(runInChildJvm(results, CohortConfiguration.RESUME + "=true"))
                .as("the first resume runs the culprit again, which ends that JVM too")
                .isEqualTo(3);
        List<String> afterFirstResume = statuses(results);
        assertThat(afterFirstResume).contains(CULPRIT + " CRASHED");
        long successful =
                afterFirstResume.stream().filter(s -> s.endsWith(" SUCCESSFUL")).count();
        assertThat(journaledStarts(results, CULPRIT)).isEqualTo(2);

        EngineExecutionResults second = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.RESUME, "true")
                .configurationParameter(CohortConfiguration.PARALLELISM, "1")
                .selectors(selectClass(ExitingExperiments.class))
                .execute();
        second.testEvents()
                .assertStatistics(stats ->
                        stats.skipped(successful + 1).succeeded(4 - successful).failed(0));
        assertThat(second.testEvents().skipped().list())
                .anySatisfy(event -> assertThat(event.getPayload(String.class))
                        .hasValueSatisfying(reason -> assertThat(reason)
                                .startsWith("crashed 2 times")
                                .contains(CohortConfiguration.RERUN + "=failed")));
        List<TrialResult> crashed = EngineRuns.trials(results).stream()
                .filter(t -> t.status() == TrialStatus.CRASHED)
                .toList();
        assertThat(crashed).hasSize(2).allSatisfy(t -> {
            assertThat(t.configId()).isEqualTo(CULPRIT);
            assertThat(t.error().message()).contains("the JVM ended while this trial ran", StartJournal.EXTENSION);
        });
        assertThat(statuses(results))
                .containsExactly("n=0 SUCCESSFUL", "n=1 SUCCESSFUL", "n=2 CRASHED", "n=3 SUCCESSFUL", "n=4 SUCCESSFUL");

        EngineExecutionResults third = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.RESUME, "true")
                .selectors(selectClass(ExitingExperiments.class))
                .execute();
        Path reports = results.resolve("report");
        new ReportPipeline().run(results, reports);
        JsonNode experiment = JsonMapper.builder()
                .build()
                .readTree(reports.resolve("summary.json").toFile())
                .path("experiments")
                .path(0);
        assertThat(experiment.path("trials").asInt()).isEqualTo(5);
        assertThat(experiment.path("successful").asInt()).isEqualTo(4);
        assertThat(experiment.path("failures")).singleElement().satisfies(failure -> {
            assertThat(failure.path("status").asText()).isEqualTo("CRASHED");
            assertThat(failure.path("message").asText()).contains("the JVM ended while this trial ran");
        });
        third.testEvents().assertStatistics(stats -> stats.skipped(5).started(0));
        assertThat(EngineRuns.trials(results).stream().filter(t -> t.status() == TrialStatus.CRASHED))
                .as("no crash is recorded twice")
                .hasSize(2);
    }

    /** Runs the study in a child JVM, one trial at a time, and returns its exit status. */
    private static int runInChildJvm(Path results, String... parameters) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ExitingExperiments.EXIT + "=true",
                "-cp",
                System.getProperty("java.class.path"),
                StudyMain.class.getName(),
                results.toString(),
                ExitingExperiments.class.getName(),
                CohortConfiguration.PARALLELISM + "=1"));
        command.addAll(List.of(parameters));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the study did not end within 60 s");
        }
        return child.exitValue();
    }

    /** The latest status of every trial, by configuration. */
    private static List<String> statuses(Path results) {
        Map<String, TrialResult> latest = new TreeMap<>();
        for (TrialResult trial : EngineRuns.trials(results)) {
            latest.merge(trial.configId(), trial, (a, b) -> LatestResult.supersedes(b, a) ? b : a);
        }
        return latest.values().stream()
                .map(t -> t.configId() + " " + t.status())
                .toList();
    }

    private static long journaledStarts(Path results, String configId) throws Exception {
        return StartJournal.read(results).stream()
                .filter(s -> s.configId().equals(configId))
                .count();
    }
}

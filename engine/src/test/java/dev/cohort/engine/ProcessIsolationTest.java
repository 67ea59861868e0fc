package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cohort.engine.fixtures.CrashingExperiments;
import dev.cohort.engine.fixtures.ExitingExperiments;
import dev.cohort.engine.fixtures.FailingExperiments;
import dev.cohort.engine.fixtures.HangingExperiments;
import dev.cohort.engine.fixtures.HeapExhaustingExperiments;
import dev.cohort.engine.fixtures.ReusedWorkerExperiments;
import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.engine.fixtures.WorkerFixtures;
import dev.cohort.results.TrialError;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.CurveFileReader;
import dev.cohort.runtime.TrialTimeoutException;
import dev.cohort.runtime.worker.WorkerLostException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * {@code cohort.isolation=process}: trials run in worker JVMs, so a trial that ends, exhausts or hangs its
 * JVM fails alone with the cause while the others succeed, and everything else is as in thread mode.
 */
class ProcessIsolationTest {

    @TempDir
    Path results;

    @TempDir
    Path pids;

    @Test
    void aTrialThatCallsSystemExitFailsWithTheCauseAndTheOthersSucceed() {
        EngineExecutionResults execution = inWorkers(1, "-D" + ExitingExperiments.EXIT + "=true")
                .selectors(selectClass(ExitingExperiments.class))
                .execute();

        execution
                .testEvents()
                .assertStatistics(stats -> stats.started(5).succeeded(4).failed(1));
        assertThat(failureOf(execution.testEvents().failed().list().get(0)))
                .isInstanceOf(WorkerLostException.class)
                .hasMessageStartingWith("the worker JVM exited with status 3 during this trial (System.exit?)");
        Map<String, TrialResult> stored = byConfiguration(EngineRuns.trials(results));
        assertThat(stored).hasSize(5);
        assertThat(stored.get("n=2").status()).isEqualTo(TrialStatus.FAILED);
        assertThat(stored.get("n=2").error().type()).isEqualTo(WorkerLostException.class.getName());
        assertThat(stored.get("n=2").error().message())
                .contains("the worker JVM exited with status 3 during this trial (System.exit?)");
        stored.remove("n=2");
        assertThat(stored.values())
                .allSatisfy(trial -> assertThat(trial.status()).isEqualTo(TrialStatus.SUCCESSFUL));
    }

    @Test
    void aTrialThatCrashesItsWorkerJvmFailsWithTheSignalAndTheOthersSucceed() throws IOException {
        EngineExecutionResults execution = inWorkers(
                        1, "-XX:ErrorFile=" + pids.resolve("hs_err_%p.log"), "-XX:-CreateCoredumpOnCrash")
                .selectors(selectClass(CrashingExperiments.class))
                .execute();

        execution
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        Map<String, TrialResult> stored = byConfiguration(EngineRuns.trials(results));
        Path report = pids.resolve("hs_err_" + culpritPid("crashes") + ".log");
        assertThat(stored.get("n=1").error().message())
                .startsWith("the worker JVM crashed during this trial")
                .endsWith("its crash report is in " + report);
        assertThat(report).exists();
        assertReplaced(stored, "n=1", culpritPid("crashes"));
    }

    @Test
    void aTrialThatExhaustsItsWorkersHeapFailsAndItsWorkerIsReplaced() throws IOException {
        EngineExecutionResults execution = inWorkers(1, "-Xmx48m")
                .selectors(selectClass(HeapExhaustingExperiments.class))
                .execute();

        execution
                .testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(3).failed(1));
        assertThat(failureOf(execution.testEvents().failed().list().get(0)))
                .as(
                        "reported as in thread mode, since the JUnit Platform ends the whole run on a bare OutOfMemoryError")
                .hasCauseInstanceOf(OutOfMemoryError.class);
        Map<String, TrialResult> stored = byConfiguration(EngineRuns.trials(results));
        assertThat(stored.get("n=1").status()).isEqualTo(TrialStatus.FAILED);
        assertThat(stored.get("n=1").error().type()).isEqualTo(OutOfMemoryError.class.getName());
        assertThat(stored.get("n=1").error().stackTrace()).contains("HeapExhaustingExperiments.hoards");
        assertReplaced(stored, "n=1", culpritPid("hoards"));
    }

    @Test
    void aTrialThatOutlivesItsTimeoutHasItsWorkerKilledAndReplaced() throws IOException {
        EngineExecutionResults execution =
                inWorkers(1).selectors(selectClass(HangingExperiments.class)).execute();

        execution
                .testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(2).failed(2));
        Map<String, TrialResult> stored = byConfiguration(EngineRuns.trials(results));
        TrialError spun = stored.get("n=1").error();
        assertThat(spun.type()).isEqualTo(TrialTimeoutException.class.getName());
        assertThat(spun.message()).contains("timeout of 1s", "the worker was killed and replaced");
        assertThat(spun.stackTrace())
                .as("the worker interrupted the trial at its timeout and said where it was")
                .contains("HangingExperiments.spin");
        TrialError stopped = stored.get("n=2").error();
        assertThat(stopped.type()).isEqualTo(TrialTimeoutException.class.getName());
        assertThat(stopped.message()).contains("timeout of 1s", "the worker was killed and replaced", "did not answer");
        assertReplaced(stored, "n=1", culpritPid("spins"));
        assertReplaced(stored, "n=2", culpritPid("stops"));
        assertThat(execution.testEvents().failed().list())
                .allSatisfy(event -> assertThat(failureOf(event)).isInstanceOf(TrialTimeoutException.class));
    }

    @Test
    void workersAreReusedBetweenTrialsAndEndWithTheExecution() {
        EngineExecutionResults execution = inWorkers(2)
                .selectors(selectClass(ReusedWorkerExperiments.class))
                .execute();

        execution.testEvents().assertStatistics(stats -> stats.started(20).succeeded(20));
        List<Long> workers = EngineRuns.trials(results).stream()
                .map(ProcessIsolationTest::pid)
                .distinct()
                .toList();
        assertThat(workers)
                .as("twenty trials on at most cohort.parallelism = 2 worker JVMs")
                .hasSizeBetween(1, 2)
                .doesNotContain(ProcessHandle.current().pid());
        assertThat(workers)
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                        .as("worker %d ended with the execution", pid)
                        .isEmpty());
    }

    @Test
    void metricsCurvesFailuresAndEventsAreThoseOfThreadMode(@TempDir Path threadResults) {
        EngineExecutionResults inThreads = EngineRuns.engine(threadResults)
                .selectors(selectClass(SweepExperiments.class), selectClass(FailingExperiments.class))
                .execute();
        EngineExecutionResults inProcesses = inWorkers(2)
                .selectors(selectClass(SweepExperiments.class), selectClass(FailingExperiments.class))
                .execute();

        assertThat(outcomes(inProcesses)).isEqualTo(outcomes(inThreads)).isNotEmpty();
        assertThat(EngineRuns.metricsByTrial(results))
                .isEqualTo(EngineRuns.metricsByTrial(threadResults))
                .hasSize(24 + 4);
        assertThat(curvesByTrial(results)).isEqualTo(curvesByTrial(threadResults));
        assertThat(curvesByTrial(results).values())
                .allSatisfy(points -> assertThat(points).hasSize(20));
        assertThat(errorsByTrial(results)).isEqualTo(errorsByTrial(threadResults));
        assertThat(errorsByTrial(results).values())
                .containsExactlyInAnyOrder(
                        "FAILED java.lang.IllegalStateException: diverged at mode 2",
                        "ABORTED org.opentest4j.TestAbortedException: assumption failed");
    }

    @Test
    void confirmationTrialsRunInWorkersOnTheirFreshSeedsAsInThreadMode(@TempDir Path threadResults) {
        EngineRuns.engine(threadResults)
                .selectors(selectClass(dev.cohort.engine.fixtures.ConfirmExperiments.class))
                .execute();
        EngineExecutionResults inProcesses = inWorkers(2)
                .selectors(selectClass(dev.cohort.engine.fixtures.ConfirmExperiments.class))
                .execute();

        inProcesses.testEvents().assertStatistics(stats -> stats.failed(0));
        assertThat(EngineRuns.metricsByTrial(results))
                .isEqualTo(EngineRuns.metricsByTrial(threadResults))
                .hasSize(24 + 6 + 9 + 2);
        assertThat(EngineRuns.trials(results))
                .filteredOn(TrialResult::isConfirmation)
                .hasSize(6 + 2)
                .allSatisfy(t -> assertThat(t.seedIndex()).isLessThan(3));
    }

    /** The engine with trials in worker JVMs that get {@code jvmArgs}, running {@code parallelism} at once. */
    private EngineTestKit.Builder inWorkers(int parallelism, String... jvmArgs) {
        List<String> options = new ArrayList<>(
                List.of("-D" + WorkerFixtures.IN_WORKER + "=true", "-D" + WorkerFixtures.PID_DIRECTORY + "=" + pids));
        options.addAll(List.of(jvmArgs));
        return EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.ISOLATION, "process")
                .configurationParameter(CohortConfiguration.PARALLELISM, String.valueOf(parallelism))
                .configurationParameter(CohortConfiguration.WORKER_JVM_ARGS, String.join(" ", options));
    }

    private static Throwable failureOf(Event event) {
        return event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow();
    }

    private static Map<String, TrialResult> byConfiguration(List<TrialResult> trials) {
        return trials.stream().collect(Collectors.toMap(TrialResult::configId, t -> t, (a, b) -> b, TreeMap::new));
    }

    /**
     * Asserts that the worker of the culprit {@code configId} ended, and that no trial started after the
     * culprit ran on it (one trial at a time, in an order the executor chooses).
     */
    private static void assertReplaced(Map<String, TrialResult> stored, String configId, long culpritPid) {
        Instant culpritStart = Instant.parse(stored.get(configId).startedAt());
        List<TrialResult> after = stored.values().stream()
                .filter(t -> t.status() == TrialStatus.SUCCESSFUL)
                .filter(t -> Instant.parse(t.startedAt()).isAfter(culpritStart))
                .toList();
        assertThat(after).as("trials that ran after %s", configId).isNotEmpty();
        assertThat(after)
                .as("the worker of %s was replaced", configId)
                .allSatisfy(t -> assertThat(pid(t)).isNotEqualTo(culpritPid));
        assertThat(ProcessHandle.of(culpritPid).filter(ProcessHandle::isAlive))
                .as("the worker of %s ended", configId)
                .isEmpty();
    }

    private static long pid(TrialResult trial) {
        return trial.metrics().get("pid").longValue();
    }

    private long culpritPid(String name) throws IOException {
        return Long.parseLong(Files.readString(pids.resolve(name)));
    }

    /** Each test's display name and how it ended, with the type and message of its failure. */
    private static Map<String, String> outcomes(EngineExecutionResults execution) {
        Map<String, String> outcomes = new TreeMap<>();
        for (Event event : execution.testEvents().finished().list()) {
            TestExecutionResult result =
                    event.getPayload(TestExecutionResult.class).orElseThrow();
            String failure = result.getThrowable()
                    .map(t -> " " + t.getClass().getName() + ": " + t.getMessage())
                    .orElse("");
            outcomes.put(event.getTestDescriptor().getLegacyReportingName(), result.getStatus() + failure);
        }
        return outcomes;
    }

    private static Map<String, String> errorsByTrial(Path results) {
        Map<String, String> errors = new TreeMap<>();
        for (TrialResult trial : EngineRuns.trials(results)) {
            if (trial.error() != null) {
                errors.put(
                        trial.experiment() + " | " + trial.configId() + " | " + trial.seed(),
                        trial.status() + " " + trial.error().type() + ": "
                                + trial.error().message());
            }
        }
        return errors;
    }

    private static Map<String, List<String>> curvesByTrial(Path results) {
        Map<String, List<String>> curves = new TreeMap<>();
        for (TrialResult trial : EngineRuns.trials(results)) {
            if (trial.curves() != null) {
                List<String> points = new ArrayList<>();
                try {
                    CurveFileReader.read(
                            results.resolve(trial.curves()),
                            (metric, step, value) -> points.add(metric + " " + step + " " + value));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                curves.put(trial.experiment() + " | " + trial.configId() + " | " + trial.seed(), points);
            }
        }
        return curves;
    }
}

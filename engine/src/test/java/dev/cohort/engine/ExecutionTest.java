package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.cohort.Goal;
import dev.cohort.engine.fixtures.FailingExperiments;
import dev.cohort.engine.fixtures.OverlapExperiments;
import dev.cohort.engine.fixtures.PlainExperiments;
import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.CurveFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ExecutionTest {

    @TempDir
    Path results;

    @Test
    void everyTrialOfTheSweepSucceedsAndIsStored() throws IOException {
        EngineExecutionResults execution = EngineRuns.execute(results, selectClass(SweepExperiments.class));

        execution
                .testEvents()
                .assertStatistics(stats -> stats.started(24).succeeded(24).failed(0));
        execution
                .containerEvents()
                .assertStatistics(stats -> stats.started(1 + 1 + 1 + 6).succeeded(9));
        List<TrialResult> trials = EngineRuns.trials(results);
        assertThat(trials).hasSize(24).allSatisfy(trial -> {
            assertThat(trial.experiment()).isEqualTo(SweepExperiments.class.getName() + "#tracking");
            assertThat(trial.status()).isEqualTo(TrialStatus.SUCCESSFUL);
            assertThat(trial.metrics()).containsKey("final_error");
            assertThat(trial.goals()).containsEntry("final_error", Goal.MINIMIZE);
            assertThat(trial.startedAt()).isNotBlank();
            assertThat(trial.curves()).startsWith("curves/run-").endsWith(".csv");
        });
        assertThat(trials)
                .extracting(TrialResult::configId)
                .containsOnly(
                        "alpha=0.01, algorithm=LMS",
                        "alpha=0.01, algorithm=IDBD",
                        "alpha=0.01, algorithm=AUTOSTEP",
                        "alpha=0.1, algorithm=LMS",
                        "alpha=0.1, algorithm=IDBD",
                        "alpha=0.1, algorithm=AUTOSTEP");
        assertThat(trials.get(0).config().get("alpha")).isInstanceOf(Double.class);
        AtomicInteger points = new AtomicInteger();
        CurveFileReader.read(
                results.resolve(trials.get(0).curves()), (metric, step, value) -> points.incrementAndGet());
        assertThat(points).hasValue(20);
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files.filter(f -> f.toString().endsWith(".jsonl")))
                    .singleElement()
                    .satisfies(f -> assertThat(f.getFileName().toString())
                            .matches("run-\\d{8}-\\d{6}-[a-z0-9_-]+-\\d+\\.jsonl"));
        }
    }

    @Test
    void seedsAreTheSameForEveryConfiguration() {
        EngineRuns.execute(results, selectClass(SweepExperiments.class));

        List<TrialResult> trials = EngineRuns.trials(results);
        List<Long> seedsOfFirst = trials.stream()
                .filter(t -> t.configId().equals("alpha=0.01, algorithm=LMS"))
                .map(TrialResult::seed)
                .sorted()
                .toList();
        assertThat(seedsOfFirst).hasSize(4).doesNotHaveDuplicates();
        assertThat(trials).allSatisfy(t -> assertThat(seedsOfFirst).contains(t.seed()));
    }

    @Test
    void aFailingTrialIsReportedAndStoredWhileTheOthersGoOn() {
        EngineExecutionResults execution = EngineRuns.execute(results, selectClass(FailingExperiments.class));

        execution
                .testEvents()
                .assertStatistics(
                        stats -> stats.started(4).succeeded(2).failed(1).aborted(1));
        execution
                .testEvents()
                .failed()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(IllegalStateException.class), message("diverged at mode 2"))));
        List<TrialResult> trials = EngineRuns.trials(results);
        assertThat(trials)
                .extracting(TrialResult::status)
                .containsExactlyInAnyOrder(
                        TrialStatus.SUCCESSFUL, TrialStatus.SUCCESSFUL, TrialStatus.FAILED, TrialStatus.ABORTED);
        TrialResult failed = trials.stream()
                .filter(t -> t.status() == TrialStatus.FAILED)
                .findFirst()
                .orElseThrow();
        assertThat(failed.configId()).isEqualTo("mode=2");
        assertThat(failed.seedIndex()).isEqualTo(1);
        assertThat(failed.error().type()).isEqualTo(IllegalStateException.class.getName());
        assertThat(failed.error().message()).isEqualTo("diverged at mode 2");
        assertThat(failed.metrics()).containsEntry("mode", 2.0);
        assertThat(failed.curves()).isNull();
    }

    @Test
    void trialsRunInParallel() {
        OverlapExperiments.bothStarted = new CountDownLatch(2);

        EngineRuns.execute(results, selectClass(OverlapExperiments.class))
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(2));

        assertThat(EngineRuns.trials(results))
                .as("each trial saw the other start while it was running")
                .allSatisfy(t -> assertThat(t.metrics()).containsEntry("met", 1.0));
    }

    @Test
    void twoRunsGiveIdenticalMetrics(@TempDir Path second) {
        EngineRuns.execute(results, selectClass(SweepExperiments.class), selectClass(PlainExperiments.class));
        EngineRuns.engine(second)
                .configurationParameter(CohortConfiguration.PARALLELISM, "1")
                .selectors(selectClass(SweepExperiments.class), selectClass(PlainExperiments.class))
                .execute();

        assertThat(EngineRuns.metricsByTrial(second)).hasSize(24 + 2).isEqualTo(EngineRuns.metricsByTrial(results));
    }

    @Test
    void resultsDirectoryIsConfigurableAndEachRunGetsItsOwnFile() throws IOException {
        Path nested = results.resolve("deep/er");
        EngineRuns.execute(nested, selectClass(PlainExperiments.class));
        EngineRuns.execute(nested, selectClass(PlainExperiments.class));

        try (Stream<Path> files = Files.list(nested)) {
            assertThat(files.filter(f -> f.toString().endsWith(".jsonl"))).hasSize(2);
        }
        assertThat(EngineRuns.trials(nested)).hasSize(4);
    }

    @Test
    void anExecutionWithoutTrialsLeavesNoFile() {
        EngineRuns.execute(results, selectClass(ExecutionTest.class));

        assertThat(results).isEmptyDirectory();
    }

    @Test
    void trialDisplayNamesShowSeedIndexAndSeed() {
        EngineRuns.execute(results, selectClass(PlainExperiments.class))
                .testEvents()
                .finished()
                .assertThatEvents()
                .haveExactly(
                        2,
                        event(displayName(
                                "seed #0 (" + EngineRuns.trials(results).get(0).seed() + ")")));
    }
}

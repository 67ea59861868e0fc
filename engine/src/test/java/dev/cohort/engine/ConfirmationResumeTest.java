package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.cohort.engine.fixtures.ConfirmExperiments;
import dev.cohort.engine.fixtures.FlakyConfirmExperiments;
import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.results.LatestResult;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.RunRecorder;
import dev.cohort.runtime.SeedSequence;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The confirmation stage across executions: resumed, re-run when failed, split from sharded tuning. */
class ConfirmationResumeTest {

    @TempDir
    Path results;

    @TempDir
    Path whole;

    @AfterEach
    void nothingFails() {
        FlakyConfirmExperiments.FAILING.clear();
    }

    private static EngineTestKit.Builder engine(Path results, Map<String, String> parameters) {
        EngineTestKit.Builder engine = EngineRuns.engine(results);
        parameters.forEach(engine::configurationParameter);
        return engine;
    }

    private static EngineExecutionResults run(Path results, Map<String, String> parameters, Class<?>... classes) {
        return engine(results, parameters)
                .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new))
                .execute();
    }

    @Test
    void aResumedRunAddsNoTrialAndSelectsTheSameConfigurations() {
        run(results, Map.of(), ConfirmExperiments.class);
        int stored = EngineRuns.trials(results).size();

        EngineExecutionResults resumed =
                run(results, Map.of(CohortConfiguration.RESUME, "true"), ConfirmExperiments.class);

        resumed.testEvents().assertStatistics(stats -> stats.started(0).skipped(41));
        assertThat(EngineRuns.trials(results)).hasSize(stored);
    }

    @Test
    void aResumeAfterTheTuningStageRunsOnlyTheConfirmationTrialsThenNothing() {
        run(results, Map.of(CohortConfiguration.STAGE, "tuning"), ConfirmExperiments.class);
        assertThat(EngineRuns.trials(results)).hasSize(33).noneMatch(TrialResult::isConfirmation);

        EngineExecutionResults resumed =
                run(results, Map.of(CohortConfiguration.RESUME, "true"), ConfirmExperiments.class);
        // the confirmation seeds are not tuning seeds: none of the 8 confirmation trials counts as done
        resumed.testEvents()
                .assertStatistics(stats -> stats.skipped(33).started(8).succeeded(8));

        EngineExecutionResults again =
                run(results, Map.of(CohortConfiguration.RESUME, "true"), ConfirmExperiments.class);
        again.testEvents().assertStatistics(stats -> stats.skipped(41).started(0));
        assertThat(EngineRuns.trials(results)).hasSize(41);
    }

    @Test
    void aConfirmationTrialInFlightWhenItsJvmEndedIsRecordedAsCrashedAndRunAgainOnResume() throws Exception {
        run(results, Map.of(), ConfirmExperiments.class);
        ExperimentDefinition tuned = ExperimentReader.read(
                ConfirmExperiments.class,
                ExperimentReader.experimentMethods(ConfirmExperiments.class).stream()
                        .filter(m -> m.getName().equals("tuned"))
                        .findFirst()
                        .orElseThrow());
        ExperimentDefinition confirmation = tuned.confirmationStage();
        Configuration best = tuned.configurations().get(0);
        assertThat(best.id()).isEqualTo("algorithm=A, step=0.1");
        try (RunRecorder killed = RunRecorder.open(results)) {
            killed.started(confirmation, best, 1);
        }

        EngineExecutionResults resumed =
                run(results, Map.of(CohortConfiguration.RESUME, "true"), ConfirmExperiments.class);

        resumed.testEvents()
                .assertStatistics(stats -> stats.skipped(40).started(1).succeeded(1));
        assertThat(EngineRuns.trials(results))
                .filteredOn(t -> t.status() == TrialStatus.CRASHED)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.isConfirmation()).isTrue();
                    assertThat(t.configId()).isEqualTo(best.id());
                    assertThat(t.seed()).isEqualTo(confirmation.seed(1));
                });
        assertThat(latest(results).values())
                .hasSize(41)
                .allSatisfy(t -> assertThat(t.status()).isEqualTo(TrialStatus.SUCCESSFUL));
    }

    @Test
    void twoTuningShardsThenTheConfirmationStepGiveTheResultsOfOneExecution() {
        run(whole, Map.of(), ConfirmExperiments.class, SweepExperiments.class);

        for (String shard : List.of("0/2", "1/2")) {
            EngineExecutionResults tuning = run(
                    results,
                    Map.of(CohortConfiguration.SHARD, shard),
                    ConfirmExperiments.class,
                    SweepExperiments.class);
            tuning.testEvents().assertStatistics(stats -> stats.failed(0));
        }
        assertThat(EngineRuns.trials(results)).as("a shard runs tuning only").noneMatch(TrialResult::isConfirmation);

        EngineExecutionResults confirmation = run(
                results,
                Map.of(CohortConfiguration.STAGE, "confirmation"),
                ConfirmExperiments.class,
                SweepExperiments.class);

        confirmation.testEvents().assertStatistics(stats -> stats.started(8).succeeded(8));
        assertThat(byTrial(results)).isEqualTo(byTrial(whole)).hasSize(24 + 9 + 24 + 8);
    }

    @Test
    void theConfirmationStepBeforeEveryTuningShardEndedSaysHowManyTuningTrialsAreMissing() {
        run(results, Map.of(CohortConfiguration.SHARD, "0/2"), ConfirmExperiments.class);
        int missing = 33 - EngineRuns.trials(results).size();
        assertThat(missing).isPositive();

        EngineExecutionResults confirmation =
                run(results, Map.of(CohortConfiguration.STAGE, "confirmation"), ConfirmExperiments.class);

        confirmation.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
        confirmation
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        2,
                        event(
                                test("confirmation"),
                                finishedWithFailure(message(m -> m.contains("tuning trials have no stored result")
                                        && m.contains("run cohort.stage=confirmation after all tuning shards")))));
        assertThat(EngineRuns.trials(results)).noneMatch(TrialResult::isConfirmation);
    }

    @Test
    void theConfirmationStageCannotRunAsAShard() {
        assertThatThrownBy(() -> CohortConfiguration.from(
                        ResumeTest.parameters(
                                Map.of(CohortConfiguration.STAGE, "confirmation", CohortConfiguration.SHARD, "1/4")),
                        name -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cohort.stage=confirmation")
                .hasMessageContaining("shard 1/4");
    }

    @Test
    void failedTuningTrialsCountAsStoredAndOnlyFailedConfirmationTrialsRerun() {
        long failingConfirmationSeed = SeedSequence.confirmation(experimentId(), 3, SeedSequence.first(3))[1];
        FlakyConfirmExperiments.FAILING.add(SeedSequence.first(3)[2]);
        FlakyConfirmExperiments.FAILING.add(failingConfirmationSeed);

        EngineExecutionResults first = engine(results, Map.of())
                .selectors(
                        selectMethod(FlakyConfirmExperiments.class, "flaky", "java.lang.String, int, dev.cohort.Trial"))
                .execute();
        // 12 tuning trials, 4 failing on the third seed; 2 x 3 confirmation trials, 2 failing on the second seed
        first.testEvents().assertStatistics(stats -> stats.started(18).failed(6));
        assertThat(latest(results).values()).filteredOn(t -> t.isConfirmation()).hasSize(6);

        FlakyConfirmExperiments.FAILING.clear();
        EngineExecutionResults rerun = engine(results, Map.of(CohortConfiguration.RERUN, "failed"))
                .selectors(
                        selectMethod(FlakyConfirmExperiments.class, "flaky", "java.lang.String, int, dev.cohort.Trial"))
                .execute();

        rerun.testEvents()
                .assertStatistics(stats -> stats.started(6).succeeded(6).skipped(12));
        assertThat(latest(results).values())
                .hasSize(18)
                .allSatisfy(t -> assertThat(t.status()).isEqualTo(TrialStatus.SUCCESSFUL));
    }

    @Test
    void aGroupWithoutACandidateFailsVisiblyWhileTheOthersAreConfirmed() {
        EngineExecutionResults execution = engine(results, Map.of())
                .selectors(selectMethod(
                        FlakyConfirmExperiments.class, "hopeless", "java.lang.String, int, dev.cohort.Trial"))
                .execute();

        // 4 tuning trials of B fail; A's winner runs on 2 fresh seeds; the confirmation test fails
        execution
                .testEvents()
                .assertStatistics(stats -> stats.started(11).succeeded(6).failed(5));
        execution
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("confirmation"),
                                finishedWithFailure(message(m -> m.contains("no configuration of [{algorithm=B}]")))));
        assertThat(EngineRuns.trials(results))
                .filteredOn(TrialResult::isConfirmation)
                .extracting(TrialResult::configId)
                .containsExactly("algorithm=A, step=1", "algorithm=A, step=1");
    }

    /** Every trial's stage, configuration, seed and metrics, sorted: what one execution and shards must share. */
    private static Map<String, Map<String, Double>> byTrial(Path results) {
        Map<String, Map<String, Double>> trials = new TreeMap<>();
        for (TrialResult t : EngineRuns.trials(results)) {
            trials.put(
                    t.experiment() + " | " + t.stage() + " | " + t.configId() + " | " + t.seedIndex() + " | "
                            + t.seed(),
                    t.metrics());
        }
        return trials;
    }

    private static Map<String, TrialResult> latest(Path results) {
        Map<String, TrialResult> latest = new HashMap<>();
        for (TrialResult t : EngineRuns.trials(results)) {
            latest.merge(
                    t.stage() + " | " + t.configId() + " | " + t.seed(),
                    t,
                    (a, b) -> LatestResult.supersedes(b, a) ? b : a);
        }
        return latest;
    }

    private static String experimentId() {
        return FlakyConfirmExperiments.class.getName() + "#flaky";
    }
}

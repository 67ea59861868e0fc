package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.cohort.engine.fixtures.ConcurrentConfirmExperiments;
import dev.cohort.engine.fixtures.ConfirmExperiments;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.SeedSequence;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** An experiment with {@code @Confirm} in one execution: tuning, then its winners on fresh seeds. */
class ConfirmationStageTest {

    static final String TUNED = "[engine:cohort]/[class:dev.cohort.engine.fixtures.ConfirmExperiments]"
            + "/[experiment:tuned(java.lang.String,double,dev.cohort.Trial)]";

    @TempDir
    Path results;

    @Test
    void oneExecutionRunsTheBestConfigurationOfEachGroupOnFreshSeedsAfterTheTuningStage() throws Exception {
        EngineExecutionResults execution = EngineRuns.execute(results, selectClass(ConfirmExperiments.class));

        // tuned: 24 tuning + 2 x 3 confirmation; overall: 9 tuning + 1 x 2 confirmation
        execution.testEvents().assertStatistics(stats -> stats.started(41).succeeded(41));
        List<TrialResult> confirmation = confirmationTrials(EngineRuns.trials(results), "tuned");
        assertThat(confirmation)
                .extracting(TrialResult::configId)
                .containsOnly("algorithm=A, step=0.1", "algorithm=B, step=0.3")
                .hasSize(6);
        long[] fresh = SeedSequence.confirmation(experimentId("tuned"), 3, SeedSequence.first(4));
        assertThat(confirmation)
                .allSatisfy(t -> assertThat(t.seed()).isEqualTo(fresh[t.seedIndex()]))
                .extracting(TrialResult::seedIndex)
                .containsExactlyInAnyOrder(0, 1, 2, 0, 1, 2);
        Set<Long> tuningSeeds = Arrays.stream(SeedSequence.first(4)).boxed().collect(Collectors.toSet());
        assertThat(confirmation).extracting(TrialResult::seed).doesNotContainAnyElementsOf(tuningSeeds);
        assertThat(confirmationTrials(EngineRuns.trials(results), "overall"))
                .extracting(TrialResult::configId)
                .containsExactly("width=3", "width=3");
    }

    @Test
    void confirmationTrialsAreDynamicTestsOfTheExperimentRegisteredAfterItsTuningTrialsEnded() {
        EngineExecutionResults execution = EngineRuns.execute(results, selectUniqueId(TUNED));

        List<Event> events = execution.allEvents().list();
        UniqueId experiment = UniqueId.parse(TUNED);
        int experimentFinished = indexOf(events, EventType.FINISHED, experiment);
        int lastTuningFinished = lastIndex(
                events,
                EventType.FINISHED,
                d -> d.getUniqueId().getSegments().stream()
                        .anyMatch(s -> s.getType().equals(CohortIds.CONFIG)));
        List<TestDescriptor> registered = events.stream()
                .filter(e -> e.getType() == EventType.DYNAMIC_TEST_REGISTERED)
                .map(Event::getTestDescriptor)
                .toList();
        assertThat(registered).hasSize(6).allSatisfy(trial -> {
            assertThat(trial.getParent()).map(TestDescriptor::getUniqueId).contains(experiment);
            int registeredAt = indexOf(events, EventType.DYNAMIC_TEST_REGISTERED, trial.getUniqueId());
            int started = indexOf(events, EventType.STARTED, trial.getUniqueId());
            int finished = indexOf(events, EventType.FINISHED, trial.getUniqueId());
            assertThat(lastTuningFinished).isLessThan(registeredAt);
            assertThat(registeredAt).isLessThan(started);
            assertThat(started).isLessThan(finished);
            assertThat(finished).isLessThan(experimentFinished);
        });
        long fresh = SeedSequence.confirmation(experimentId("tuned"), 3, SeedSequence.first(4))[0];
        assertThat(registered).anySatisfy(trial -> {
            assertThat(trial.getDisplayName()).isEqualTo("confirmation: algorithm=A, step=0.1 seed #0 (" + fresh + ")");
            assertThat(trial.getLegacyReportingName())
                    .isEqualTo("tuned confirmation: algorithm=A, step=0.1 seed #0 (" + fresh + ")");
            assertThat(trial.getUniqueId())
                    .isEqualTo(experiment
                            .append("confirmation", "algorithm=A, step=0.1")
                            .append("seed", Long.toString(fresh)));
            assertThat(trial.isTest()).isTrue();
        });
    }

    @Test
    void otherExperimentsRunWhileAConfirmationStageRuns() {
        EngineExecutionResults execution = EngineRuns.execute(results, selectClass(ConcurrentConfirmExperiments.class));

        // confirmed: 2 tuning + 2 confirmation trials; other: 1 trial, each waiting for the other to start
        execution
                .testEvents()
                .assertStatistics(stats -> stats.started(5).succeeded(5).failed(0));
    }

    @Test
    void oneTrialOrConfigurationRerunByUniqueIdStartsNoConfirmation() {
        EngineRuns.execute(results, selectUniqueId(TUNED + "/[config:algorithm=A, step=0.2]"))
                .testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(4));

        assertThat(confirmationTrials(EngineRuns.trials(results), "tuned")).isEmpty();
    }

    @Test
    void oneConfirmationTrialRerunByUniqueIdRunsAloneWithTheSameSeedAndMetrics() {
        EngineRuns.execute(results, selectUniqueId(TUNED));
        TrialResult original =
                confirmationTrials(EngineRuns.trials(results), "tuned").get(0);
        UniqueId id = UniqueId.parse(TUNED)
                .append("confirmation", original.configId())
                .append("seed", Long.toString(original.seed()));

        EngineExecutionResults rerun = EngineRuns.execute(results, selectUniqueId(id));

        rerun.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        List<TrialResult> again = confirmationTrials(EngineRuns.trials(results), "tuned").stream()
                .filter(t -> t.configId().equals(original.configId()) && t.seed() == original.seed())
                .toList();
        assertThat(again).hasSize(2).allSatisfy(t -> {
            assertThat(t.seedIndex()).isEqualTo(original.seedIndex());
            assertThat(t.metrics()).isEqualTo(original.metrics());
        });
    }

    @Test
    void aSelectedConfigurationsConfirmationRerunByUniqueIdRunsItsConfirmationSeeds() {
        EngineRuns.execute(results, selectUniqueId(TUNED));

        EngineRuns.execute(results, selectUniqueId(TUNED + "/[confirmation:algorithm=B, step=0.3]"))
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));
        // a configuration the tuning stage did not select runs nothing
        EngineRuns.execute(results, selectUniqueId(TUNED + "/[confirmation:algorithm=B, step=0.1]"))
                .testEvents()
                .assertStatistics(stats -> stats.started(0));
    }

    @Test
    void stageTuningRunsNoConfirmationTrial() {
        EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.STAGE, "tuning")
                .selectors(selectClass(ConfirmExperiments.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(33).succeeded(33));

        assertThat(EngineRuns.trials(results)).noneMatch(TrialResult::isConfirmation);
    }

    @Test
    void aTuningStageWithoutAnyStoredResultBlocksTheConfirmationVisibly() {
        EngineExecutionResults confirmation = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.STAGE, "confirmation")
                .selectors(selectUniqueId(TUNED))
                .execute();

        confirmation.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        confirmation
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("confirmation"),
                                finishedWithFailure(
                                        message(m -> m.contains("24 of the 24 tuning trials have no" + " stored result")
                                                && m.contains("cohort.stage=confirmation after all tuning shards")))));
        assertThat(EngineRuns.trials(results)).isEmpty();
    }

    static List<TrialResult> confirmationTrials(List<TrialResult> trials, String method) {
        return trials.stream()
                .filter(t ->
                        t.stage() == TrialStage.CONFIRMATION && t.experiment().endsWith("#" + method))
                .toList();
    }

    static String experimentId(String method) {
        Method found = Arrays.stream(ConfirmExperiments.class.getDeclaredMethods())
                .filter(m -> m.getName().equals(method))
                .findFirst()
                .orElseThrow();
        try {
            return ExperimentReader.read(ConfirmExperiments.class, found).id();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(List<Event> events, EventType type, UniqueId id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getType() == type
                    && events.get(i).getTestDescriptor().getUniqueId().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("No " + type + " event of " + id);
    }

    private static int lastIndex(List<Event> events, EventType type, Predicate<TestDescriptor> descriptor) {
        int last = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getType() == type && descriptor.test(events.get(i).getTestDescriptor())) {
                last = i;
            }
        }
        return last;
    }
}

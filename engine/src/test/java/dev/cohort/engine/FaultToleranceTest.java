package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;

import dev.cohort.engine.fixtures.FaultyExperiments;
import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.runtime.NothingRecordedException;
import dev.cohort.runtime.TrialTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Trials that hang, run out of memory or stack, record nothing, record non-finite values or throw an
 * error: each is recorded with its cause and shown in the report, and the other trials keep their results.
 * The hanging trials' experiment declares a 300 ms timeout; the others, which end at once, run under a
 * generous {@code cohort.trial.timeout} that no load makes them reach.
 */
class FaultToleranceTest {

    private static final String GENEROUS = "10m";

    @TempDir
    Path results;

    @TempDir
    Path reports;

    @Test
    void everyFaultIsRecordedWithItsCauseWhileTheOtherTrialsComplete() throws Exception {
        EngineExecutionResults execution = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.TRIAL_TIMEOUT, GENEROUS)
                .selectors(selectClass(FaultyExperiments.class))
                .execute();

        execution
                .testEvents()
                .assertStatistics(stats -> stats.started(14).succeeded(4).failed(10));
        execution
                .testEvents()
                .failed()
                .assertThatEvents()
                .haveExactly(
                        2,
                        event(finishedWithFailure(
                                instanceOf(IllegalStateException.class), cause(instanceOf(OutOfMemoryError.class)))))
                .haveExactly(2, event(finishedWithFailure(instanceOf(TrialTimeoutException.class))));
        List<TrialResult> trials = EngineRuns.trials(results);
        assertThat(trials).hasSize(14);
        Map<String, List<String>> errors = trials.stream()
                .collect(Collectors.groupingBy(
                        TrialResult::configId,
                        Collectors.mapping(
                                t -> t.status()
                                        + (t.error() == null
                                                ? ""
                                                : " " + t.error().type()),
                                Collectors.toList())));
        assertThat(errors)
                .containsEntry("fault=NONE", List.of("SUCCESSFUL", "SUCCESSFUL"))
                .containsEntry("fault=NOT_FINITE", List.of("SUCCESSFUL", "SUCCESSFUL"))
                .containsEntry(
                        "fault=HANG", List.of(failed(TrialTimeoutException.class), failed(TrialTimeoutException.class)))
                .containsEntry(
                        "fault=OUT_OF_MEMORY", List.of(failed(OutOfMemoryError.class), failed(OutOfMemoryError.class)))
                .containsEntry(
                        "fault=STACK_OVERFLOW",
                        List.of(failed(StackOverflowError.class), failed(StackOverflowError.class)))
                .containsEntry(
                        "fault=NOTHING",
                        List.of(failed(NothingRecordedException.class), failed(NothingRecordedException.class)))
                .containsEntry("fault=ERROR", List.of(failed(LinkageError.class), failed(LinkageError.class)));
        assertThat(trials)
                .filteredOn(t -> t.configId().equals("fault=HANG"))
                .allSatisfy(t -> assertThat(t.error().message())
                        .contains("ran longer than its timeout of 300ms (@Experiment(timeout = \"300ms\"))"));

        new ReportPipeline().run(results, reports);

        String html = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Failed and aborted trials (8)", "Failed and aborted trials (2)")
                .contains(TrialTimeoutException.class.getName(), "ran longer than its timeout of 300ms")
                .contains(OutOfMemoryError.class.getName(), "Requested array size exceeds VM limit")
                .contains(StackOverflowError.class.getName())
                .contains(NothingRecordedException.class.getName(), "returned without recording a metric")
                .contains(LinkageError.class.getName(), "a class went missing");
    }

    private static String failed(Class<? extends Throwable> type) {
        return TrialStatus.FAILED + " " + type.getName();
    }
}

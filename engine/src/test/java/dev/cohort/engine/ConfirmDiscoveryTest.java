package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.cohort.engine.fixtures.InvalidConfirmExperiments;
import dev.cohort.runtime.InvalidExperimentException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** An invalid {@code @Confirm} is a discovery issue and a failing test; the counts include confirmation trials. */
class ConfirmDiscoveryTest {

    @TempDir
    Path results;

    @Test
    void invalidConfirmDeclarationsAreIssuesNamingClassAndMethod() {
        assertThat(EngineRuns.engine(results)
                        .selectors(selectClass(InvalidConfirmExperiments.class))
                        .discover()
                        .getDiscoveryIssues())
                .allSatisfy(issue -> {
                    assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
                    assertThat(issue.source()).containsInstanceOf(MethodSource.class);
                })
                .extracting(DiscoveryIssue::message)
                .containsExactlyInAnyOrder(
                        "InvalidConfirmExperiments#unknownPer @Confirm: per names \"algorithms\", which is not a"
                                + " swept parameter; the swept parameters are [algorithm]",
                        "InvalidConfirmExperiments#noGoal @Confirm: name the metric to select by (metric ="
                                + " \"...\"); the experiment declares no metric with a goal (@Metric(name, goal))",
                        "InvalidConfirmExperiments#oneSeed @Confirm: seeds = 1; confirm on at least 2 fresh seeds");
    }

    @Test
    void invalidConfirmDeclarationsFailAsTestsWhileValidExperimentsRun() {
        EngineExecutionResults execution = EngineRuns.execute(results, selectClass(InvalidConfirmExperiments.class));

        execution.testEvents().assertStatistics(stats -> stats.succeeded(4).failed(3));
        execution
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("oneSeed"),
                                finishedWithFailure(
                                        instanceOf(InvalidExperimentException.class),
                                        message(m -> m.contains("confirm on at least 2 fresh seeds")))));
    }

    @Test
    void theProgressCountsTheConfirmationTrialsOnceTheyAreKnown() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong nanos = new AtomicLong();
        Progress progress =
                new Progress(4, new PrintStream(bytes, true, StandardCharsets.UTF_8), nanos::get, new StoreFailure());
        for (int i = 0; i < 4; i++) {
            progress.trialEnded(false);
        }
        progress.expect(6);
        progress.trialEnded(true);
        nanos.set(2_000_000_000L);

        assertThat(progress.line()).startsWith("[cohort] 5/10 trials (50%), 1 failed");
        assertThat(progress.finalLine()).startsWith("[cohort] done: 5/10 trials, 1 failed");
    }
}

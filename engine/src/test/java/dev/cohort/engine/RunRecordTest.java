package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cohort.Goal;
import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.results.Expectation;
import dev.cohort.results.store.ManifestStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineTestKit;

/** What a run records besides trials (declarations), how it reports progress, and its names in Surefire. */
class RunRecordTest {

    @TempDir
    Path results;

    @Test
    void aRunRecordsEachExperimentsDeclarationNextToTheResults() throws Exception {
        EngineRuns.execute(results, selectClass(SweepExperiments.class));

        var manifests = ManifestStore.read(results);
        assertThat(manifests.problems()).isEmpty();
        assertThat(manifests.manifests()).singleElement().satisfies(m -> {
            assertThat(m.experiment()).isEqualTo(SweepExperiments.class.getName() + "#tracking");
            assertThat(m.description()).isEqualTo("Which step size tracks best?");
            assertThat(m.parameters()).containsOnlyKeys("alpha", "algorithm");
            assertThat(m.configurations()).hasSize(6);
            assertThat(m.seeds()).hasSize(4);
            assertThat(m.expectedTrials()).isEqualTo(24);
            assertThat(m.goals()).containsEntry("final_error", Goal.MINIMIZE);
            assertThat(m.expectations())
                    .containsExactly(new Expectation(
                            m.experiment(), "final_error", "algorithm=LMS", "algorithm=AUTOSTEP", 0.01));
        });
        assertThat(EngineRuns.trials(results)).hasSize(24);
    }

    @Test
    void surefireSeesTrialNamesThatNameExperimentConfigurationAndSeed() {
        TestDescriptor root = EngineTestKit.engine(new CohortTestEngine())
                .configurationParameter(CohortConfiguration.RESULTS, results.toString())
                .configurationParameter(CohortConfiguration.PROGRESS, "false")
                .selectors(selectClass(SweepExperiments.class))
                .execute()
                .testEvents()
                .list()
                .get(0)
                .getTestDescriptor();

        assertThat(root.getLegacyReportingName())
                .matches("tracking\\[alpha=0\\.1?0?1?, algorithm=[A-Z]+\\] seed #\\d \\(\\d+\\)");
        assertThat(root.getParent().orElseThrow().getLegacyReportingName())
                .matches("tracking\\[alpha=[0-9.]+, algorithm=[A-Z]+\\]");
    }

    @Test
    void progressLinesCountTrialsFailuresRateAndEta() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress =
                new Progress(180, new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get, new StoreFailure());

        for (int i = 0; i < 120; i++) {
            progress.trialEnded(i < 2);
        }
        now.set(4_000_000_000L);

        assertThat(progress.line()).isEqualTo("[cohort] 120/180 trials (67%), 2 failed, 30.0 trials/s, ETA 2.0s");
        progress.close();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("[cohort] done: 120/180 trials, 2 failed, in 4.0s (30.0 trials/s)" + System.lineSeparator());
        assertThat(Progress.duration(3725)).isEqualTo("1h 02m");
        assertThat(Progress.duration(192)).isEqualTo("3m 12s");
    }

    @Test
    void theFinalLineNamesTimedOutTrialsWhoseThreadsStillRun() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress =
                new Progress(2, new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> 0L, new StoreFailure());
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread stubborn = new Thread(() -> {
            while (!stop.get()) {
                Thread.onSpinWait(); // ignores interrupts
            }
        });
        stubborn.setDaemon(true);
        stubborn.start();
        stubborn.interrupt();
        Thread stopped = new Thread(() -> {});
        stopped.start();
        stopped.join();
        progress.timedOut(new dev.cohort.runtime.TrialTimeoutException(
                "a", java.time.Duration.ofSeconds(1), "test", new StackTraceElement[0], stubborn));
        progress.timedOut(new dev.cohort.runtime.TrialTimeoutException(
                "b", java.time.Duration.ofSeconds(1), "test", new StackTraceElement[0], stopped));

        try {
            assertThat(progress.finalLine()).endsWith(", 1 timed-out trial still running (it ignored the interrupt)");
        } finally {
            stop.set(true);
            stubborn.join();
        }
        assertThat(progress.finalLine()).doesNotContain("still running");
    }

    @Test
    void progressIsConfigurable() {
        var configuration = CohortConfiguration.from(new MapParameters(
                java.util.Map.of(CohortConfiguration.PROGRESS, "false", CohortConfiguration.PROGRESS_INTERVAL, "0.5")));

        assertThat(configuration.progress()).isFalse();
        assertThat(configuration.progressInterval()).hasMillis(500);
        assertThat(Progress.start(configuration, 10, new StoreFailure())).isSameAs(Progress.silent());
    }

    /** Configuration parameters from a map. */
    private record MapParameters(java.util.Map<String, String> values)
            implements org.junit.platform.engine.ConfigurationParameters {

        @Override
        public java.util.Optional<String> get(String key) {
            return java.util.Optional.ofNullable(values.get(key));
        }

        @Override
        public java.util.Optional<Boolean> getBoolean(String key) {
            return get(key).map(Boolean::parseBoolean);
        }

        @Override
        public java.util.Set<String> keySet() {
            return values.keySet();
        }
    }
}

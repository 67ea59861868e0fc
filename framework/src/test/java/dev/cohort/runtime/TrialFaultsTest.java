package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cohort.Experiment;
import dev.cohort.Trial;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens when a trial misbehaves: each fault is an outcome with its cause, never a crash. */
class TrialFaultsTest {

    static final CountDownLatch NEVER = new CountDownLatch(1);
    static final AtomicBoolean RELEASE = new AtomicBoolean();

    static class Experiments {
        private Experiments() {}

        @Experiment
        void hangs(Trial trial) throws InterruptedException {
            trial.record("before", 1);
            NEVER.await();
        }

        @Experiment
        void ignoresInterrupts(Trial trial) {
            trial.record("before", 1);
            while (!RELEASE.get()) {
                Thread.onSpinWait();
            }
        }

        @Experiment(timeout = "5s")
        void quick(Trial trial) {
            trial.record("value", 3);
        }

        @Experiment
        void exhaustsMemory(Trial trial) {
            for (int step = 0; step < 1000; step++) {
                trial.log("curve", step, step);
            }
            long[] huge = new long[Integer.MAX_VALUE];
            trial.record("never", huge.length);
        }

        @Experiment
        void recordsNothing(Trial trial) {}

        @Experiment
        void logsHostileCurveNames(Trial trial) {
            trial.log("lone\uD800surrogate", 0, 1.0);
            trial.log("nul\u0000", 0, 2.0);
        }

        @Experiment
        void logsOnlyACurve(Trial trial) {
            trial.log("curve", 0, 1.0);
        }

        @Experiment
        void nonFinite(Trial trial) {
            trial.record("nan", Double.NaN);
            trial.record("plus", Double.POSITIVE_INFINITY);
            trial.record("minus", Double.NEGATIVE_INFINITY);
            trial.record("fine", 0.5);
        }

        @Experiment(timeout = "soon")
        void badTimeout(Trial trial) {}
    }

    @Test
    void aTrialPastItsTimeoutIsInterruptedAndRecordedAsFailedNamingTheLimitAndWhereItHung() {
        ExperimentDefinition hangs = definition("hangs");
        TrialOutcome outcome = TrialRunner.run(
                hangs, hangs.configurations().get(0), 0, Duration.ofMillis(200), "cohort.trial.timeout=200ms");

        assertThat(outcome.status()).isEqualTo(TrialStatus.FAILED);
        assertThat(outcome.failure())
                .isInstanceOf(TrialTimeoutException.class)
                .hasMessageStartingWith("Trial hangs[] seed #0 (")
                .hasMessageContaining("ran longer than its timeout of 200ms (cohort.trial.timeout=200ms)");
        assertThat(outcome.failure().getStackTrace())
                .as("the stack trace shows where the trial was waiting")
                .anySatisfy(frame -> assertThat(frame.getMethodName()).isEqualTo("hangs"));
        assertThat(outcome.metrics()).isEmpty();
        assertThat(outcome.durationMs()).isGreaterThanOrEqualTo(200);
        TrialResult line = outcome.toResult(null);
        assertThat(line.error().type()).isEqualTo(TrialTimeoutException.class.getName());
        assertThat(line.error().message()).contains("200ms");
    }

    @Test
    void aTrialIgnoringInterruptsIsAbandonedSoTheCallerMovesOn() throws InterruptedException {
        ExperimentDefinition spins = definition("ignoresInterrupts");
        TrialTimeoutException timeout;
        try {
            TrialOutcome outcome = TrialRunner.run(
                    spins, spins.configurations().get(0), 0, Duration.ofMillis(100), "cohort.trial.timeout=100ms");

            assertThat(outcome.failure()).isInstanceOf(TrialTimeoutException.class);
            timeout = (TrialTimeoutException) outcome.failure();
            assertThat(timeout.stillRunning())
                    .as("the trial spins on while the caller has its outcome")
                    .isTrue();
        } finally {
            RELEASE.set(true);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (timeout.stillRunning() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(timeout.stillRunning())
                .as("the abandoned trial ends once released")
                .isFalse();
    }

    @Test
    void aTrialWithinItsTimeoutKeepsItsResult() {
        ExperimentDefinition quick = definition("quick");
        Duration declared = quick.timeout().orElseThrow();

        TrialOutcome outcome =
                TrialRunner.run(quick, quick.configurations().get(0), 0, declared, "@Experiment(timeout)");

        assertThat(declared).isEqualTo(Duration.ofSeconds(5));
        assertThat(outcome.status()).isEqualTo(TrialStatus.SUCCESSFUL);
        assertThat(outcome.metrics()).containsEntry("value", 3.0);
    }

    @Test
    void anOutOfMemoryErrorIsRecordedWithItsBuffersReleased() {
        ExperimentDefinition greedy = definition("exhaustsMemory");

        TrialOutcome outcome = TrialRunner.run(greedy, greedy.configurations().get(0), 0);

        assertThat(outcome.status()).isEqualTo(TrialStatus.FAILED);
        assertThat(outcome.failure()).isInstanceOf(OutOfMemoryError.class);
        assertThat(outcome.curves().isEmpty()).isTrue();
        assertThat(outcome.toResult(null).error().type()).isEqualTo(OutOfMemoryError.class.getName());
    }

    @Test
    void aTrialThatRecordsNothingFailsWithAMessageSayingSo() {
        ExperimentDefinition empty = definition("recordsNothing");
        ExperimentDefinition curveOnly = definition("logsOnlyACurve");

        TrialOutcome nothing = TrialRunner.run(empty, empty.configurations().get(0), 0);
        TrialOutcome curve =
                TrialRunner.run(curveOnly, curveOnly.configurations().get(0), 0);

        assertThat(nothing.status()).isEqualTo(TrialStatus.FAILED);
        assertThat(nothing.failure())
                .isInstanceOf(NothingRecordedException.class)
                .hasMessageStartingWith("Trial recordsNothing[] seed #0 (")
                .hasMessageContaining("returned without recording a metric or logging a curve point");
        assertThat(curve.status()).isEqualTo(TrialStatus.SUCCESSFUL);
    }

    @Test
    void nonFiniteMetricsAreStoredAsValidJsonAndReadBack(@TempDir Path results) throws IOException {
        ExperimentDefinition nonFinite = definition("nonFinite");
        Path file;
        try (RunRecorder recorder = RunRecorder.open(results)) {
            recorder.record(
                    TrialRunner.run(nonFinite, nonFinite.configurations().get(0), 0));
            file = recorder.resultsFile();
        }

        String line = Files.readString(file).strip();
        assertThat(JsonMapper.builder().build().readTree(line).get("metrics").size())
                .as("a strict JSON parser reads the line")
                .isEqualTo(4);
        var loaded = JsonLinesResultReader.read(results);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.trials()).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(TrialStatus.SUCCESSFUL);
            assertThat(t.metrics().get("nan")).isNaN();
            assertThat(t.metrics()).containsEntry("plus", Double.POSITIVE_INFINITY);
            assertThat(t.metrics()).containsEntry("minus", Double.NEGATIVE_INFINITY);
            assertThat(t.metrics()).containsEntry("fine", 0.5);
        });
    }

    @Test
    void curveNamesUtf8CannotEncodeAreStoredWithReplacementsNeverFailingTheTrial(@TempDir Path results)
            throws IOException {
        ExperimentDefinition hostile = definition("logsHostileCurveNames");
        TrialResult stored;
        try (RunRecorder recorder = RunRecorder.open(results)) {
            stored = recorder.record(
                    TrialRunner.run(hostile, hostile.configurations().get(0), 0));
        }

        assertThat(stored.status()).isEqualTo(TrialStatus.SUCCESSFUL);
        java.util.List<String> names = new java.util.ArrayList<>();
        dev.cohort.results.store.CurveFileReader.read(
                results.resolve(stored.curves()), (metric, step, value) -> names.add(metric));
        assertThat(names).containsExactlyInAnyOrder("lone\uFFFDsurrogate", "nul\uFFFD");
    }

    @Test
    void aMalformedTimeoutIsAnInvalidDeclarationNamingTheMethod() {
        assertThatThrownBy(() -> definition("badTimeout"))
                .isInstanceOf(InvalidExperimentException.class)
                .hasMessage("Experiments#badTimeout: @Experiment(timeout): timeout \"soon\" is not a positive"
                        + " duration; write for example \"90s\", \"30m\", \"2h\" or \"PT1H30M\"");
    }

    @Test
    void timeoutsReadIsoDurationsAndNumbersWithUnits() {
        assertThat(TrialTimeout.parse("90s", "x")).isEqualTo(Duration.ofSeconds(90));
        assertThat(TrialTimeout.parse("1.5h", "x")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TrialTimeout.parse(" 250ms ", "x")).isEqualTo(Duration.ofMillis(250));
        assertThat(TrialTimeout.parse("PT2M", "x")).isEqualTo(Duration.ofMinutes(2));
        assertThat(TrialTimeout.parse("2d", "x")).isEqualTo(Duration.ofDays(2));
        for (String bad : new String[] {"0s", "-5s", "5", "PT0S", "", "5 minutes"}) {
            assertThatThrownBy(() -> TrialTimeout.parse(bad, "cohort.trial.timeout"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cohort.trial.timeout: timeout \"" + bad + "\" is not a positive duration");
        }
        assertThat(TrialTimeout.describe(Duration.ofSeconds(150))).isEqualTo("2m 30s");
        assertThat(TrialTimeout.describe(Duration.ofMillis(1500))).isEqualTo("1.5s");
    }

    private static ExperimentDefinition definition(String name) {
        return ExperimentReader.experimentMethods(Experiments.class).stream()
                .filter(m -> m.getName().equals(name))
                .map(m -> ExperimentReader.read(Experiments.class, m))
                .findFirst()
                .orElseThrow();
    }
}

package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Experiment;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.CurveFileReader;
import dev.cohort.results.store.JsonLinesResultReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class TrialRunnerTest {

    static class Experiments {
        private Experiments() {}

        @Experiment
        @Seeds(2)
        void draws(@Sweep({"1", "2"}) int scale, Trial trial) {
            assertThat(trial.random()).isSameAs(trial.random());
            trial.record("draw", trial.random().nextDouble() * scale);
            trial.record("draw", trial.random().nextDouble());
            trial.record("scale", scale);
            for (int step = 0; step < 40; step++) {
                trial.log("error, squared", step, 1.0 / (step + 1));
            }
        }

        @Experiment
        void fails(Trial trial) {
            trial.record("partial", 1);
            throw new IllegalStateException("diverged");
        }

        @Experiment
        void aborts(Trial trial) {
            throw new TestAbortedException("not today");
        }
    }

    @Test
    void runsAMethodWithItsConfigurationAndSeed() {
        ExperimentDefinition definition = definition("draws");
        TrialOutcome first =
                TrialRunner.run(definition, definition.configurations().get(0), 1);
        TrialOutcome other =
                TrialRunner.run(definition, definition.configurations().get(1), 1);

        assertThat(first.status()).isEqualTo(TrialStatus.SUCCESSFUL);
        assertThat(first.failure()).isNull();
        assertThat(first.seed()).isEqualTo(definition.seed(1));
        assertThat(first.metrics()).containsOnlyKeys("draw", "scale");
        assertThat(first.metrics().keySet()).containsExactly("draw", "scale");
        assertThat(first.metrics().get("draw"))
                .as("the same seed draws the same numbers in every configuration")
                .isEqualTo(other.metrics().get("draw"));
        assertThat(first.curves().size()).isEqualTo(40);
        assertThat(first.durationMs()).isNotNegative();
    }

    @Test
    void failureAndAbortAreOutcomesNotExceptions() {
        ExperimentDefinition fails = definition("fails");
        TrialOutcome failed = TrialRunner.run(fails, fails.configurations().get(0), 0);
        ExperimentDefinition aborts = definition("aborts");
        TrialOutcome aborted = TrialRunner.run(aborts, aborts.configurations().get(0), 0);

        assertThat(failed.status()).isEqualTo(TrialStatus.FAILED);
        assertThat(failed.failure()).isInstanceOf(IllegalStateException.class).hasMessage("diverged");
        assertThat(failed.toResult(null).error().type()).isEqualTo(IllegalStateException.class.getName());
        assertThat(aborted.status()).isEqualTo(TrialStatus.ABORTED);
    }

    @Test
    void recorderWritesLinesAndCurvesThatReadBack(@TempDir Path results) throws IOException {
        ExperimentDefinition definition = definition("draws");
        TrialResult stored;
        Path file;
        try (RunRecorder recorder = RunRecorder.open(results)) {
            stored = recorder.record(
                    TrialRunner.run(definition, definition.configurations().get(0), 0));
            file = recorder.resultsFile();
            try (RunRecorder second = RunRecorder.open(results)) {
                assertThat(second.resultsFile()).isNotEqualTo(file);
            }
        }

        assertThat(file.getFileName().toString()).matches("run-\\d{8}-\\d{6}-[a-z0-9_-]+-\\d+\\.jsonl");
        assertThat(stored.curves()).matches("curves/run-[a-z0-9_-]+/[0-9a-f]{16}-s\\d+\\.csv");
        List<TrialResult> read = JsonLinesResultReader.read(results).trials();
        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.metrics()).isEqualTo(stored.metrics());
            assertThat(r.curves()).isEqualTo(stored.curves());
            assertThat(r.startedAt()).isNotBlank();
            assertThat(r.run().id()).isEqualTo(file.getFileName().toString().replace(".jsonl", ""));
            assertThat(r.run().jvm()).contains(System.getProperty("java.version"));
            assertThat(r.run().host()).isEqualTo(RunEnvironment.host());
            assertThat(r.run().os()).startsWith(System.getProperty("os.name"));
            assertThat(r.run().startedAt()).isNotBlank();
            assertThat(r.run().commit())
                    .isEqualTo(RunEnvironment.gitCommit(Path.of("")).orElse(null));
        });
        List<String> points = new ArrayList<>();
        int malformed = CurveFileReader.read(
                results.resolve(stored.curves()),
                (metric, step, value) -> points.add(metric + "|" + step + "|" + value));
        assertThat(malformed).isZero();
        assertThat(points).hasSize(40).startsWith("error, squared|0|1.0", "error, squared|1|0.5");
        assertThat(Files.readAllLines(results.resolve(stored.curves())).get(0)).isEqualTo("metric,step,value");
    }

    private static ExperimentDefinition definition(String name) {
        return ExperimentReader.experimentMethods(Experiments.class).stream()
                .filter(m -> m.getName().equals(name))
                .map(m -> ExperimentReader.read(Experiments.class, m))
                .findFirst()
                .orElseThrow();
    }
}

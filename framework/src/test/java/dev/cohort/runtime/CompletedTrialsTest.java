package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Confirm;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a resumed run learns from the results directory. */
class CompletedTrialsTest {

    static class Experiments {
        private Experiments() {}

        @Experiment
        @Seeds(2)
        void mixed(@Sweep({"0.1", "1e-4"}) float rate, @Sweep({"A", "B"}) Kind kind, Trial trial) {
            if (kind == Kind.B && trial.seedIndex() == 1) {
                throw new IllegalStateException("diverged");
            }
            trial.record("value", rate);
        }
    }

    static class Confirmed {
        private Confirmed() {}

        @Experiment
        @Seeds(2)
        @Metric(name = "value", goal = Goal.MAXIMIZE)
        @Confirm(seeds = 2)
        void confirmed(@Sweep({"1", "2"}) int width, Trial trial) {
            trial.record("value", width);
        }
    }

    enum Kind {
        A,
        B {
            @Override
            public String toString() {
                return "kind b";
            }
        }
    }

    @TempDir
    Path results;

    @Test
    void findsEachTrialsLatestResultWhateverItsParameterTypes() throws IOException {
        ExperimentDefinition experiment = definition();
        try (RunRecorder recorder = RunRecorder.open(results)) {
            for (Configuration configuration : experiment.configurations()) {
                for (int seed = 0; seed < experiment.seedCount(); seed++) {
                    recorder.record(TrialRunner.run(experiment, configuration, seed));
                }
            }
        }

        CompletedTrials completed = CompletedTrials.read(results);

        assertThat(completed.size()).isEqualTo(8);
        for (Configuration configuration : experiment.configurations()) {
            boolean b = configuration.values().get("kind") == Kind.B;
            assertThat(completed.latest(experiment.id(), configuration, experiment.seed(0)))
                    .hasValueSatisfying(s -> {
                        assertThat(s.status()).isEqualTo(TrialStatus.SUCCESSFUL);
                        assertThat(s.file()).matches("run-.*\\.jsonl");
                    });
            assertThat(completed.latest(experiment.id(), configuration, experiment.seed(1)))
                    .hasValueSatisfying(
                            s -> assertThat(s.status()).isEqualTo(b ? TrialStatus.FAILED : TrialStatus.SUCCESSFUL));
        }
        assertThat(completed.latest(
                        "other#experiment", experiment.configurations().get(0), experiment.seed(0)))
                .isEmpty();
        assertThat(completed.latest(experiment.id(), experiment.configurations().get(0), 42L))
                .isEmpty();
    }

    @Test
    void aLaterResultOfTheSameTrialReplacesAnEarlierOne() throws IOException {
        ExperimentDefinition experiment = definition();
        Configuration configuration = experiment.configurations().get(1);
        Files.writeString(
                results.resolve("a.jsonl"),
                line(experiment, configuration, "FAILED", "2026-01-01T10:00:00Z")
                        + line(experiment, configuration, "SUCCESSFUL", "2026-01-01T09:00:00Z"),
                StandardCharsets.UTF_8);
        Files.writeString(
                results.resolve("b.jsonl"),
                line(experiment, configuration, "SUCCESSFUL", "2026-01-01T11:00:00Z"),
                StandardCharsets.UTF_8);

        var latest = CompletedTrials.read(results).latest(experiment.id(), configuration, experiment.seed(0));

        assertThat(latest).hasValue(new CompletedTrials.Stored(TrialStatus.SUCCESSFUL, "b.jsonl"));
    }

    @Test
    void aTornLastLineIsReportedWithFileAndLineAndIgnored() throws IOException {
        ExperimentDefinition experiment = definition();
        Configuration configuration = experiment.configurations().get(0);
        Path file = results.resolve("run.jsonl");
        String whole = line(experiment, configuration, "SUCCESSFUL", "2026-01-01T10:00:00Z");
        Files.writeString(file, whole + whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);
        Files.writeString(results.resolve("ok.jsonl"), "{\"experiment\":", StandardOpenOption.CREATE);
        Files.writeString(results.resolve("ok.jsonl"), "\n", StandardOpenOption.APPEND);

        CompletedTrials completed = CompletedTrials.read(results);
        var loaded = JsonLinesResultReader.read(results);

        assertThat(completed.size()).isEqualTo(1);
        assertThat(completed.problems()).hasSize(2);
        assertThat(completed.problems().get(1).toString())
                .startsWith(file + ":2: " + JsonLinesResultReader.TORN_LINE + ": ");
        assertThat(completed.problems().get(0).toString())
                .as("a malformed line that ends with a line break is not torn")
                .startsWith(results.resolve("ok.jsonl") + ":1: ")
                .doesNotContain("torn");
        assertThat(loaded.problems()).isEqualTo(completed.problems());
    }

    @Test
    void aDamagedDirectoryStillTellsWhichTrialsAreDoneAndNeverInventsSeedZero() throws IOException {
        ExperimentDefinition experiment = definition();
        Configuration first = experiment.configurations().get(0);
        Configuration second = experiment.configurations().get(1);
        Configuration third = experiment.configurations().get(2);
        String withBom = "\uFEFF" + line(experiment, first, "SUCCESSFUL", "2026-01-01T10:00:00Z");
        byte[] latin1 = line(experiment, second, "SUCCESSFUL", "2026-01-01T10:00:00Z")
                .replace("\"value\"", "\"val\u00fce\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(withBom.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(latin1);
        Files.write(results.resolve("a.jsonl"), bytes.toByteArray());
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(zipped)) {
            zip.write(line(experiment, third, "FAILED", "2026-01-01T10:00:00Z").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(results.resolve("b.jsonl.gz"), zipped.toByteArray());
        String noSeed = line(experiment, experiment.configurations().get(3), "SUCCESSFUL", "2026-01-01T10:00:00Z")
                .replace("\"seed\":" + experiment.seed(0) + ",", "");
        Files.writeString(results.resolve("c.jsonl"), noSeed, StandardCharsets.UTF_8);

        CompletedTrials completed = CompletedTrials.read(results);

        assertThat(completed.size()).isEqualTo(2);
        assertThat(completed.latest(experiment.id(), first, experiment.seed(0)))
                .hasValue(new CompletedTrials.Stored(TrialStatus.SUCCESSFUL, "a.jsonl"));
        assertThat(completed.latest(experiment.id(), second, experiment.seed(0)))
                .as("a metric name holding a replaced byte would be another metric: the trial runs again")
                .isEmpty();
        assertThat(completed.latest(experiment.id(), third, experiment.seed(0)))
                .hasValue(new CompletedTrials.Stored(TrialStatus.FAILED, "b.jsonl.gz"));
        assertThat(completed.latest(experiment.id(), experiment.configurations().get(3), 0L))
                .isEmpty();
        assertThat(completed.problems())
                .extracting(Object::toString)
                .containsExactly(
                        results.resolve("a.jsonl") + ":2: " + JsonLinesResultReader.INVALID_BYTES
                                + " in 'metrics', line ignored (it would be read as another metric)",
                        results.resolve("c.jsonl") + ":1: missing required field 'seed' (an integer), line ignored");
    }

    @Test
    void aMissingResultsDirectoryHoldsNothing() throws IOException {
        assertThat(CompletedTrials.read(results.resolve("not-yet")).size()).isZero();
    }

    private static String line(
            ExperimentDefinition experiment, Configuration configuration, String status, String startedAt) {
        StringBuilder config = new StringBuilder("{");
        configuration
                .values()
                .forEach((name, value) -> config.append(config.length() > 1 ? "," : "")
                        .append('"')
                        .append(name)
                        .append("\":")
                        .append(value instanceof Enum<?> e ? "\"" + e.name() + "\"" : String.valueOf(value)));
        config.append('}');
        return "{\"experiment\":\"" + experiment.id() + "\",\"config\":" + config + ",\"seed\":" + experiment.seed(0)
                + ",\"seedIndex\":0,\"status\":\"" + status + "\",\"metrics\":{\"value\":1.0},\"durationMs\":1,"
                + "\"startedAt\":\"" + startedAt + "\"}\n";
    }

    @Test
    void aJournaledStartWithoutAResultIsInFlightUntilItsCrashIsRecorded() throws IOException {
        ExperimentDefinition experiment = definition();
        Configuration answered = experiment.configurations().get(0);
        Configuration crashed = experiment.configurations().get(1);
        try (RunRecorder recorder = RunRecorder.open(results)) {
            recorder.started(experiment, answered, 0);
            recorder.record(TrialRunner.run(experiment, answered, 0));
            recorder.started(experiment, crashed, 0);
            Files.writeString(recorder.journalFile(), "{\"experiment\":\"torn", StandardOpenOption.APPEND);
        }

        CompletedTrials first = CompletedTrials.read(results);

        assertThat(first.inFlightCount())
                .as("the answered start and the torn line are not in flight")
                .isEqualTo(1);
        assertThat(first.inFlight(experiment.id(), answered, experiment.seed(0)))
                .isEmpty();
        assertThat(first.crashes(experiment.id(), crashed, experiment.seed(0))).isEqualTo(1);
        assertThat(first.latest(experiment.id(), crashed, experiment.seed(0))).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo(TrialStatus.CRASHED);
            assertThat(s.file()).endsWith(StartJournal.EXTENSION);
        });

        StartJournal.Start start =
                first.inFlight(experiment.id(), crashed, experiment.seed(0)).get(0);
        try (RunRecorder recorder = RunRecorder.open(results)) {
            recorder.record(TrialCrashedException.outcome(experiment, crashed, 0, start));
        }
        CompletedTrials second = CompletedTrials.read(results);

        assertThat(second.inFlightCount())
                .as("the recorded crash answers its start")
                .isZero();
        assertThat(second.crashes(experiment.id(), crashed, experiment.seed(0))).isEqualTo(1);
        assertThat(second.latest(experiment.id(), crashed, experiment.seed(0)))
                .hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(TrialStatus.CRASHED));
        assertThat(JsonLinesResultReader.files(results))
                .as("the journal is no results file")
                .noneMatch(f -> f.toString().endsWith(StartJournal.EXTENSION));
    }

    private static ExperimentDefinition definition() {
        return ExperimentReader.read(
                Experiments.class,
                ExperimentReader.experimentMethods(Experiments.class).get(0));
    }

    @Test
    void aConfirmationTrialNeverStandsForATuningTrialNorTheOtherWayRound() throws IOException {
        ExperimentDefinition tuning = ExperimentReader.read(
                Confirmed.class,
                ExperimentReader.experimentMethods(Confirmed.class).get(0));
        ExperimentDefinition confirmation = tuning.confirmationStage();
        Configuration configuration = tuning.configurations().get(1);
        long seed = confirmation.seed(0);
        try (RunRecorder recorder = RunRecorder.open(results)) {
            recorder.record(TrialRunner.run(confirmation, configuration, 0));
            recorder.record(TrialRunner.run(tuning, configuration, 0));
            recorder.started(confirmation, configuration, 1);
        }

        CompletedTrials completed = CompletedTrials.read(results);

        assertThat(completed.latest(tuning.id(), TrialStage.CONFIRMATION, configuration, seed))
                .map(CompletedTrials.Stored::status)
                .contains(TrialStatus.SUCCESSFUL);
        assertThat(completed.latest(tuning.id(), TrialStage.TUNING, configuration, seed))
                .isEmpty();
        assertThat(completed.latest(tuning.id(), TrialStage.CONFIRMATION, configuration, tuning.seed(0)))
                .isEmpty();
        assertThat(completed.latest(tuning.id(), configuration, tuning.seed(0)))
                .as("without a stage: the tuning trial")
                .isPresent();
        assertThat(completed.inFlight(tuning.id(), TrialStage.CONFIRMATION, configuration, confirmation.seed(1)))
                .singleElement()
                .satisfies(start -> assertThat(start.stage()).isEqualTo(TrialStage.CONFIRMATION));
        assertThat(completed.inFlight(tuning.id(), configuration, confirmation.seed(1)))
                .isEmpty();
    }
}

package dev.cohort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Goal;
import dev.cohort.pipeline.ReportOutcome;
import dev.cohort.query.Results;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultWriter;
import dev.cohort.results.store.ManifestStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cohort:check} ends the build with a summary of the trials, the report and the verdicts. */
class BuildSummaryTest {

    private static final String ID = "org.acme.Runs#race";
    private static final Instant BUILD_STARTED = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();

    @Test
    void countsTheTrialsThatRanInThisBuildAndNamesTheReportItsHeadlinesAndTheVerdicts() throws Exception {
        Path results = temp.resolve("results");
        writeResults(results, 0.0);
        Path index = temp.resolve("report/index.html");
        ReportOutcome report = new ReportOutcome(
                index, List.of(index), 10, 1, List.of(), List.of(), List.of("Runs#race: car=fast is fastest."));

        List<String> summary = BuildSummary.lines(
                Results.load(results), BUILD_STARTED, Optional.of(report), List.of("Expectation holds: it does"));

        assertThat(summary)
                .containsExactly(
                        "Cohort summary:",
                        "  Trials: 10 of 12 declared done (6 ran in this build, 4 from earlier runs), 0 failed,"
                                + " 2 missing",
                        "  Report: " + index,
                        "  Runs#race: car=fast is fastest.",
                        "  Expectation holds: it does");
    }

    @Test
    void theCheckEndsWithTheSummaryAndItsVerdicts() throws Exception {
        Path results = temp.resolve("results");
        writeResults(results, 0.0);
        CheckMojo check = new CheckMojo();
        check.setLog(log);
        check.results = results.toFile();
        check.buildStartTime = Date.from(BUILD_STARTED);

        check.execute();

        List<String> info = log.at("INFO");
        assertThat(info.subList(info.indexOf(BuildSummary.HEADING), info.size()))
                .startsWith(
                        "Cohort summary:",
                        "  Trials: 10 of 12 declared done (6 ran in this build, 4 from earlier runs), 0 failed,"
                                + " 2 missing")
                .anySatisfy(line -> assertThat(line).startsWith("  Expectation holds: Runs#race time:"));
    }

    @Test
    void saysWhenTheReportDidNotRunInThisBuild() throws Exception {
        Path results = temp.resolve("results");
        writeResults(results, 0.0);
        CheckMojo check = new CheckMojo();
        check.setLog(log);
        check.results = results.toFile();

        check.execute();

        assertThat(log.at("INFO")).contains("  Report: not written in this build (cohort:report did not run)");
    }

    @Test
    void aFailedExpectationIsInTheSummaryBeforeTheBuildFails() throws Exception {
        Path results = temp.resolve("results");
        writeResults(results, 20.0);
        CheckMojo check = new CheckMojo();
        check.setLog(log);
        check.results = results.toFile();
        check.buildStartTime = Date.from(BUILD_STARTED);

        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class);

        List<String> info = log.at("INFO");
        assertThat(info.subList(info.indexOf(BuildSummary.HEADING), info.size()))
                .anySatisfy(line -> assertThat(line).startsWith("  Expectation failed: Runs#race time:"));
    }

    @Test
    void withInfoOffTheSummaryGoesToStandardOutputCleaned() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuietLog quiet = new QuietLog();

        EssentialOutput.print(
                quiet, List.of(BuildSummary.HEADING, "  Report: a\u001b[31mb"), new PrintStream(bytes, true));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Cohort summary:\n  Report: ab\n");
        assertThat(quiet.at("INFO")).isEmpty();
    }

    /** A log as {@code mvn -q} gives: INFO off. */
    private static final class QuietLog extends RecordingLog {
        @Override
        public boolean isInfoEnabled() {
            return false;
        }
    }

    /**
     * Two cars, six declared seeds, five run per car: seeds #0 and #1 before the build started, the others
     * since. The fast car takes about 10 plus {@code handicap}, the slow one about 20.
     */
    private static void writeResults(Path results, double handicap) throws Exception {
        List<Map<String, Object>> configurations = List.of(Map.of("car", "fast"), Map.of("car", "slow"));
        List<Long> seeds = List.of(1L, 2L, 3L, 4L, 5L, 6L);
        double[] noise = {0.1, -0.05, 0, -0.1, 0.05};
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("run-1.jsonl"))) {
            for (int c = 0; c < 2; c++) {
                for (int s = 0; s < 5; s++) {
                    double time = (c == 0 ? 10 + handicap : 20) + noise[s] * (c + 1) + 0.1 * ((s * 7) % 5);
                    Instant started = s < 2 ? BUILD_STARTED.minusSeconds(60) : Instant.now();
                    writer.append(new TrialResult(
                            ID,
                            configurations.get(c),
                            seeds.get(s),
                            s,
                            TrialStatus.SUCCESSFUL,
                            Map.of("time", time),
                            1,
                            null,
                            Map.of("time", Goal.MINIMIZE),
                            null,
                            started.toString(),
                            c,
                            null));
                }
            }
        }
        ManifestStore.write(
                results,
                new ExperimentManifest(
                        ID,
                        "",
                        "org.acme.Runs",
                        "race",
                        Map.of("car", List.of("fast", "slow")),
                        configurations,
                        seeds,
                        Map.of("time", Goal.MINIMIZE),
                        List.of(new Expectation(ID, "time", "car=fast", "car=slow", 0.05)),
                        "2025-01-01T00:00:00Z",
                        null,
                        null));
    }
}

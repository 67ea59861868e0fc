package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.ConfigurationCurve;
import dev.cohort.analysis.CurvePoint;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.report.CurvesCsvFormat;
import dev.cohort.report.HtmlReportFormat;
import dev.cohort.report.ReportContext;
import dev.cohort.report.ReportFormat;
import dev.cohort.report.ReportWriter;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.CurveFileWriter;
import dev.cohort.results.store.JsonLinesResultWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline with the real Analyzer and curve files written by the {@link CurveFileWriter}. */
class CurvePipelineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final double T2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025);

    @TempDir
    Path temp;

    /** Keeps the analysis the report formats were given. */
    private static final class Capture implements ReportFormat {
        private StudyAnalysis study;

        @Override
        public String fileName() {
            return "capture.txt";
        }

        @Override
        public void write(StudyAnalysis study, ReportContext context, Writer out) {
            this.study = study;
        }
    }

    private static TrialResult trial(
            double alpha, int configIndex, long seed, TrialStatus status, String curves, String startedAt) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("alpha", alpha);
        return new TrialResult(
                "org.acme.E#run",
                config,
                seed,
                (int) seed,
                status,
                Map.of("final", seed * alpha),
                1.0,
                null,
                null,
                curves,
                startedAt,
                configIndex,
                null);
    }

    /** Writes a curve file: {@code squared_error} at steps 0, 100, 200 with values base + step / 100. */
    private static void curveFile(Path file, double base) throws IOException {
        try (CurveFileWriter writer = CurveFileWriter.create(file)) {
            for (long step = 0; step <= 200; step += 100) {
                writer.write("squared_error", step, base + step / 100.0);
            }
        }
    }

    @Test
    void aggregatesRealCurveFilesOfTheAnalyzersTrials() throws Exception {
        Path results = temp.resolve("results");
        try (JsonLinesResultWriter lines = JsonLinesResultWriter.open(results.resolve("run-1.jsonl"))) {
            // configuration alpha=0.1 (declared second) finishes first
            for (int seed = 0; seed < 3; seed++) {
                String curves = "curves/run-1/b-s" + seed + ".csv";
                curveFile(results.resolve(curves), 10 + seed);
                lines.append(trial(0.1, 1, seed, TrialStatus.SUCCESSFUL, curves, "2025-01-01T00:00:0" + seed + "Z"));
            }
            for (int seed = 0; seed < 2; seed++) {
                String curves = "curves/run-1/a-s" + seed + ".csv";
                curveFile(results.resolve(curves), seed);
                lines.append(trial(0.01, 0, seed, TrialStatus.SUCCESSFUL, curves, "2025-01-01T00:00:00Z"));
            }
            // a failed trial's curves do not count
            curveFile(results.resolve("curves/run-1/failed.csv"), 1000);
            lines.append(trial(0.01, 0, 5, TrialStatus.FAILED, "curves/run-1/failed.csv", null));
            // a missing curve file is a problem, not a failure
            lines.append(trial(0.01, 0, 6, TrialStatus.SUCCESSFUL, "curves/run-1/gone.csv", null));
        }
        // an older run of seed 0 of alpha=0.1 loses to the newer one above
        try (JsonLinesResultWriter lines = JsonLinesResultWriter.open(results.resolve("old/run-0.jsonl"))) {
            curveFile(results.resolve("old/curves/run-0/b-s0.csv"), -1000);
            lines.append(trial(0.1, 1, 0, TrialStatus.SUCCESSFUL, "curves/run-0/b-s0.csv", "2024-12-31T00:00:00Z"));
        }
        // a fork writing into its own directory: curve paths are relative to its results file
        try (JsonLinesResultWriter lines = JsonLinesResultWriter.open(results.resolve("fork-2/run-2.jsonl"))) {
            curveFile(results.resolve("fork-2/curves/run-2/a-s2.csv"), 2);
            lines.append(trial(0.01, 0, 2, TrialStatus.SUCCESSFUL, "curves/run-2/a-s2.csv", null));
        }
        // a killed run leaves a truncated line
        Files.writeString(
                results.resolve("fork-2/curves/run-2/a-s2.csv"),
                "squared_error,300,",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        Capture capture = new Capture();
        ReportPipeline pipeline =
                new ReportPipeline(Analyzer::analyze, new ReportWriter(List.of(capture, new CurvesCsvFormat())), CLOCK);
        ReportOutcome outcome = pipeline.run(results, temp.resolve("reports"));

        assertThat(outcome.problems())
                .extracting(p -> results.relativize(p.file()) + ":" + p.line() + ": " + p.message())
                .containsExactlyInAnyOrder(
                        "curves/run-1/gone.csv:0: curve file not found, so the curves of alpha=0.01 lack seed 6",
                        "fork-2/curves/run-2/a-s2.csv:5: malformed curve point skipped");
        assertThat(capture.study.experiments()).singleElement().satisfies(experiment -> {
            assertThat(experiment.curves()).singleElement().satisfies(curve -> {
                assertThat(curve.metric()).isEqualTo("squared_error");
                assertThat(curve.configurations())
                        .extracting(ConfigurationCurve::config)
                        .containsExactly(Map.of("alpha", 0.01), Map.of("alpha", 0.1));
                ConfigurationCurve a = curve.configurations().get(0);
                assertThat(a.seeds()).isEqualTo(3);
                // seeds 0, 1, 2 at step 100: 1, 2, 3 -> mean 2, sd 1
                CurvePoint middle = a.points().get(1);
                assertThat(middle.step()).isEqualTo(100);
                assertThat(middle.n()).isEqualTo(3);
                assertThat(middle.mean()).isCloseTo(2.0, within(1e-12));
                assertThat(middle.ciHigh().value()).isCloseTo(2.0 + T2 / Math.sqrt(3), within(1e-12));
                ConfigurationCurve b = curve.configurations().get(1);
                assertThat(b.seeds()).isEqualTo(3);
                assertThat(b.points())
                        .extracting(CurvePoint::mean)
                        .as("the re-run and the failed trial do not count")
                        .containsExactly(11.0, 12.0, 13.0);
            });
        });

        List<String> csv = Files.readAllLines(temp.resolve("reports/curves.csv"));
        assertThat(csv)
                .hasSize(7)
                .startsWith("experiment,metric,config,alpha,step,n,mean,ciLow,ciHigh")
                .filteredOn(line -> line.startsWith("org.acme.E#run,squared_error,alpha=0.01,0.01,100,3,2.0,"))
                .singleElement()
                .satisfies(line -> {
                    String[] fields = line.split(",");
                    assertThat(Double.parseDouble(fields[7])).isCloseTo(2.0 - T2 / Math.sqrt(3), within(1e-12));
                    assertThat(Double.parseDouble(fields[8])).isCloseTo(2.0 + T2 / Math.sqrt(3), within(1e-12));
                });
    }

    @Test
    void resultsWithoutCurvesGiveAnEmptyCurvesFile() throws Exception {
        Path results = temp.resolve("results");
        try (JsonLinesResultWriter lines = JsonLinesResultWriter.open(results.resolve("run.jsonl"))) {
            lines.append(trial(0.1, 0, 1, TrialStatus.SUCCESSFUL, null, null));
        }
        ReportOutcome outcome = new ReportPipeline().run(results, temp.resolve("reports"));

        assertThat(outcome.problems()).isEmpty();
        assertThat(Files.readAllLines(temp.resolve("reports/curves.csv")))
                .containsExactly("experiment,metric,config,step,n,mean,ciLow,ciHigh");
    }

    @Test
    void handMadeCurveFilesWithABomInvalidBytesAndHostileNamesAreReadLeniently() throws Exception {
        Path results = temp.resolve("results");
        Path bom = results.resolve("curves/run-1/a-s0.csv");
        Path latin1 = results.resolve("curves/run-1/a-s1.csv");
        Files.createDirectories(bom.getParent());
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        first.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        first.writeBytes("metric,step,value\r\nsquared_error,0,1\r\nsquared_error,100,2\r\nsquared_error,200,3\r\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(bom, first.toByteArray());
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        second.writeBytes("metric,step,value\nsquared_error,0,2\n".getBytes(StandardCharsets.UTF_8));
        second.writeBytes("squared_err\u00e9r,100,99\n".getBytes(StandardCharsets.ISO_8859_1));
        second.writeBytes("squared_error,100,3\ngarbage\nsquared_error,200,4\n".getBytes(StandardCharsets.UTF_8));
        Files.write(latin1, second.toByteArray());
        try (CurveFileWriter writer = CurveFileWriter.create(results.resolve("curves/run-1/a-s2.csv"))) {
            for (long step = 0; step <= 200; step += 100) {
                writer.write("squared_error", step, 3 + step / 100.0);
                writer.write("lone\uD800\u0000", step, step);
            }
        }
        try (JsonLinesResultWriter lines = JsonLinesResultWriter.open(results.resolve("run-1.jsonl"))) {
            for (int seed = 0; seed < 3; seed++) {
                lines.append(trial(0.1, 0, seed, TrialStatus.SUCCESSFUL, "curves/run-1/a-s" + seed + ".csv", null));
            }
        }

        Capture capture = new Capture();
        ReportOutcome outcome = new ReportPipeline(
                        Analyzer::analyze,
                        new ReportWriter(List.of(capture, new CurvesCsvFormat(), new HtmlReportFormat())),
                        CLOCK)
                .run(results, temp.resolve("reports"));

        assertThat(outcome.problems())
                .extracting(p -> results.relativize(p.file()) + ":" + p.line() + ": " + p.message())
                .containsExactly("curves/run-1/a-s1.csv:3: bytes that are not valid UTF-8, replaced with U+FFFD, curve"
                        + " point skipped, and 1 more lines skipped in this file");
        assertThat(capture.study.experiments().get(0).curves())
                .extracting(c -> c.metric())
                .containsExactlyInAnyOrder("squared_error", "lone\uFFFD\uFFFD");
        assertThat(capture.study.experiments().get(0).curves())
                .filteredOn(c -> c.metric().equals("squared_error"))
                .singleElement()
                .satisfies(curve -> assertThat(curve.configurations().get(0).points())
                        .extracting(CurvePoint::mean)
                        .containsExactly(2.0, 3.0, 4.0));
    }
}

package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.report.ReportWriter;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading and writing through the pipeline, with a stand-in for the analysis. The end-to-end test with
 * the real Analyzer follows once it is implemented.
 */
class ReportPipelineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final List<List<TrialResult>> analyzed = new ArrayList<>();

    private ReportPipeline pipeline() {
        return new ReportPipeline(
                trials -> {
                    analyzed.add(trials);
                    return new StudyAnalysis(List.of(new ExperimentAnalysis(
                            "org.acme.E#run", List.of("x"), trials.size(), trials.size(), List.of(), List.of())));
                },
                ReportWriter.standard(),
                CLOCK);
    }

    private static TrialResult trial(int seed) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("x", 1);
        return new TrialResult(
                "org.acme.E#run",
                config,
                seed,
                seed,
                TrialStatus.SUCCESSFUL,
                Map.of("m", 1.0 * seed),
                1.0,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void readsAnalyzesAndWritesEveryFormat() throws Exception {
        Path results = temp.resolve("results");
        Path file = results.resolve("fork-1/trials.jsonl");
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(file)) {
            writer.append(trial(1));
            writer.append(trial(2));
        }
        Files.writeString(file, "{\"experiment\": \"trunc", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path reports = temp.resolve("reports");

        ReportOutcome outcome = pipeline().run(results, reports);

        assertThat(analyzed)
                .singleElement()
                .satisfies(trials -> assertThat(trials).hasSize(2));
        assertThat(outcome.trials()).isEqualTo(2);
        assertThat(outcome.experiments()).isEqualTo(1);
        assertThat(outcome.index()).isEqualTo(reports.toAbsolutePath().resolve("index.html"));
        assertThat(outcome.files())
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(
                        "index.html",
                        "report.tex",
                        "comparisons.tex",
                        "summary.csv",
                        "comparisons.csv",
                        "summary.json",
                        "curves.csv",
                        "tasks.csv",
                        "aggregate.csv");
        assertThat(outcome.files()).allSatisfy(p -> assertThat(p).isRegularFile());
        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.line()).isEqualTo(3);
        });
        String html = Files.readString(outcome.index(), StandardCharsets.UTF_8);
        assertThat(html).contains("org.acme.E#run", "2025-01-02T03:04:05Z", "fork-1/trials.jsonl:3: ");
        assertThat(html).contains(results.toAbsolutePath().toString());
    }

    @Test
    void failsNamingAMissingResultsDirectory() {
        Path missing = temp.resolve("no-results");

        assertThatThrownBy(() -> pipeline().run(missing, temp.resolve("reports")))
                .isInstanceOf(MissingResultsException.class)
                .hasMessageContaining(missing.toString())
                .satisfies(e ->
                        assertThat(((MissingResultsException) e).directory()).isEqualTo(missing));
        assertThat(temp.resolve("reports")).doesNotExist();
        assertThat(analyzed).isEmpty();
    }

    @Test
    void writesAReportForAnEmptyResultsDirectory() throws Exception {
        Path results = Files.createDirectories(temp.resolve("results"));

        ReportOutcome outcome = pipeline().run(results, temp.resolve("reports"));

        assertThat(outcome.trials()).isZero();
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.index()).isRegularFile();
    }
}

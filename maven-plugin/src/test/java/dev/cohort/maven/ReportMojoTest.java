package dev.cohort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TestChoice;
import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.report.ReportWriter;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TaskDeclaration;
import dev.cohort.results.store.ManifestStore;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mojo as a thin adapter, over a pipeline whose analysis is a stand-in for the Analyzer. */
class ReportMojoTest {

    private static final String TRIAL = "{\"experiment\":\"org.acme.E#run\",\"config\":{\"x\":1},\"seed\":1,"
            + "\"seedIndex\":0,\"status\":\"SUCCESSFUL\",\"metrics\":{\"m\":0.5},\"durationMs\":1.0}";

    @TempDir
    Path temp;

    private final RecordingLog log = new RecordingLog();
    private ReportMojo mojo;
    private Path build;

    @BeforeEach
    void inAProject() {
        build = temp.resolve("target");
        mojo = new ReportMojo();
        mojo.setLog(log);
        mojo.projectFile = temp.resolve("pom.xml").toFile();
        mojo.buildDirectory = build.toFile();
        mojo.results = build.resolve("cohort/results").toFile();
        mojo.reports = build.resolve("cohort/report").toFile();
        mojo.pipeline = options -> new ReportPipeline(
                trials -> new StudyAnalysis(List.of(new ExperimentAnalysis(
                        "org.acme.E#run", List.of("x"), trials.size(), trials.size(), List.of(), List.of()))),
                ReportWriter.standard(),
                Clock.systemUTC(),
                options);
    }

    private Path results(String... lines) throws Exception {
        Path file = build.resolve("cohort/results/trials.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void writesTheReportAndLogsWhereItIs() throws Exception {
        results(TRIAL);

        mojo.execute();

        Path index = build.resolve("cohort/report/index.html").toAbsolutePath();
        assertThat(index).isRegularFile();
        assertThat(build.resolve("cohort/report"))
                .isDirectoryContaining("glob:**/report.tex")
                .isDirectoryContaining("glob:**/summary.csv")
                .isDirectoryContaining("glob:**/comparisons.csv")
                .isDirectoryContaining("glob:**/summary.json");
        assertThat(log.at("INFO")).contains("Cohort report: " + index);
        assertThat(log.at("INFO")).anySatisfy(m -> assertThat(m).startsWith("Read 1 trial of 1 experiment from "));
        assertThat(log.at("WARN")).isEmpty();
    }

    @Test
    void warnsAboutEveryUnreadableLineNamingFileAndLine() throws Exception {
        Path file = results(TRIAL, "not json", TRIAL);

        mojo.execute();

        assertThat(log.at("WARN"))
                .singleElement()
                .asString()
                .startsWith("Skipped unreadable result at " + file + ", line 2: ");
    }

    @Test
    void warnsAndSkipsInAProjectWhoseRunWroteNoResults() throws Exception {
        mojo.execute();

        assertThat(log.at("WARN")).singleElement().asString().contains("No Cohort results in ");
        assertThat(build.resolve("cohort/report")).doesNotExist();
    }

    @Test
    void failsWhenAChosenResultsDirectoryIsMissing() {
        mojo.results = temp.resolve("elsewhere").toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(temp.resolve("elsewhere").toString());
    }

    @Test
    void failsWithoutAProjectWhenResultsAreMissing() {
        mojo.projectFile = null;

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(build.resolve("cohort/results").toString())
                .hasMessageContaining("-Dcohort.results");
    }

    @Test
    void skipsWhenAsked() throws Exception {
        results(TRIAL);
        mojo.skip = true;

        mojo.execute();

        assertThat(build.resolve("cohort/report")).doesNotExist();
        assertThat(log.at("INFO")).containsExactly("Cohort report skipped (cohort.skip).");
    }

    @Test
    void reportsAFailingAnalysisAsAnExecutionError() throws Exception {
        results(TRIAL);
        mojo.pipeline = options -> new ReportPipeline(
                trials -> {
                    throw new IllegalStateException("boom");
                },
                ReportWriter.standard(),
                Clock.systemUTC());

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("boom");
    }

    @Test
    void passesTheTestChoiceToTheAnalysis() throws Exception {
        results(TRIAL);
        List<AnalysisOptions> seen = new ArrayList<>();
        var standIn = mojo.pipeline;
        mojo.pipeline = options -> {
            seen.add(options);
            return standIn.apply(options);
        };
        mojo.test = " mann_whitney ";

        mojo.execute();

        assertThat(seen)
                .singleElement()
                .satisfies(o -> assertThat(o.testChoice()).isEqualTo(TestChoice.MANN_WHITNEY));
    }

    @Test
    void namesTheTaskParameterOfResultsWithoutADeclaration() throws Exception {
        results(TRIAL.replace("{\"x\":1}", "{\"x\":1,\"game\":\"Pong\"}"));
        List<AnalysisOptions> seen = new ArrayList<>();
        var standIn = mojo.pipeline;
        mojo.pipeline = options -> {
            seen.add(options);
            return standIn.apply(options);
        };
        mojo.task = " game ";

        mojo.execute();

        assertThat(seen).singleElement().satisfies(o -> {
            assertThat(o.task()).isEqualTo(TaskDeclaration.minMax("game"));
            assertThat(o.taskResamples()).isEqualTo(AnalysisOptions.DEFAULT_TASK_RESAMPLES);
        });
        assertThat(log.at("WARN")).isEmpty();
    }

    @Test
    void warnsWhenTheTaskIsNoParameterOfAnExperimentNamingItsParameters() throws Exception {
        results(TRIAL);
        mojo.task = "game";

        mojo.execute();

        assertThat(log.at("WARN"))
                .containsExactly("E#run: -Dcohort.task=game names no parameter of the experiment (its parameters:"
                        + " x), so it is analysed without tasks");
    }

    @Test
    void aDeclaredTaskWinsOverAnotherNamedOneWithAWarning() throws Exception {
        results(TRIAL.replace("{\"x\":1}", "{\"x\":1,\"game\":\"Pong\"}"));
        ManifestStore.write(
                build.resolve("cohort/results"),
                new ExperimentManifest(
                        "org.acme.E#run",
                        "",
                        "org.acme.E",
                        "run",
                        Map.of("x", List.of(1), "game", List.of("Pong")),
                        List.of(Map.of("x", 1, "game", "Pong")),
                        List.of(1L),
                        Map.of(),
                        List.of(),
                        "2026-01-01T00:00:00Z",
                        null,
                        TaskDeclaration.minMax("game")));
        mojo.task = "x";

        mojo.execute();

        assertThat(log.at("WARN"))
                .containsExactly("E#run: declares @Task on game, which wins over -Dcohort.task=x; its tasks are the"
                        + " values of game");
    }

    @Test
    void aBlankTaskNamesNone() throws Exception {
        mojo.task = " ";

        assertThat(mojo.options().task()).isNull();
    }

    @Test
    void usesTheAutomaticTestChoiceByDefault() throws Exception {
        assertThat(new ReportMojo().options()).isEqualTo(AnalysisOptions.defaults());
    }

    @Test
    void rejectsAnUnknownTestChoiceListingTheAllowedOnes() throws Exception {
        results(TRIAL);
        mojo.test = "t-test";

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("'t-test'")
                .hasMessageContaining("cohort.test")
                .hasMessageContaining("AUTO, STUDENT_T, WELCH_T, MANN_WHITNEY, PAIRED_T, WILCOXON");
        assertThat(build.resolve("cohort/report")).doesNotExist();
    }

    @Test
    void theRealPipelineAnalyzesWithTheChosenTestAndTheReportSaysSo() throws Exception {
        List<String> lines = new ArrayList<>();
        double[] values = {0.5, 0.7, 0.4, 0.9, 0.6, 1.5, 1.2, 1.9, 1.1, 1.4};
        for (int i = 0; i < values.length; i++) {
            lines.add("{\"experiment\":\"org.acme.E#run\",\"config\":{\"x\":" + (i / 5) + "},\"seed\":"
                    + (i % 5) + ",\"seedIndex\":" + (i % 5) + ",\"status\":\"SUCCESSFUL\",\"metrics\":{\"m\":"
                    + values[i] + "},\"durationMs\":1.0}");
        }
        results(lines.toArray(String[]::new));
        mojo.pipeline = ReportPipeline::new;
        mojo.test = "WELCH_T";

        mojo.execute();

        Path report = build.resolve("cohort/report");
        assertThat(Files.readString(report.resolve("summary.json"))).contains("\"test\" : \"WELCH_T\"");
        assertThat(Files.readString(report.resolve("index.html"))).contains("WELCH_T");
        assertThat(Files.readString(report.resolve("report.tex"))).contains("WELCH\\_T");
    }

    @Test
    void acceptsThePairedTestsForConfigurationsThatRanTheSameSeeds() throws Exception {
        List<String> lines = new ArrayList<>();
        double[] values = {0.5, 0.7, 0.4, 0.9, 0.6, 1.5, 1.2, 1.9, 1.1, 1.4};
        for (int i = 0; i < values.length; i++) {
            lines.add("{\"experiment\":\"org.acme.E#run\",\"config\":{\"x\":" + (i / 5) + "},\"seed\":"
                    + (i % 5) + ",\"seedIndex\":" + (i % 5) + ",\"status\":\"SUCCESSFUL\",\"metrics\":{\"m\":"
                    + values[i] + "},\"durationMs\":1.0}");
        }
        results(lines.toArray(String[]::new));
        mojo.pipeline = ReportPipeline::new;
        mojo.test = "wilcoxon";

        mojo.execute();

        Path report = build.resolve("cohort/report");
        assertThat(Files.readString(report.resolve("summary.json")))
                .contains("\"test\" : \"WILCOXON\"")
                .contains("\"pairs\" : 5");
        assertThat(Files.readString(report.resolve("index.html")))
                .contains("Wilcoxon signed-rank for every pair (policy WILCOXON");
    }

    @Test
    void fallsBackToTheCurrentDirectoryWithoutAProject() {
        Path cwd = Path.of("").toAbsolutePath();

        assertThat(ReportMojo.resolve(new File("${project.build.directory}/cohort/results"), "target/cohort/results"))
                .isEqualTo(cwd.resolve("target/cohort/results"));
        assertThat(ReportMojo.resolve(null, "target/cohort/report")).isEqualTo(cwd.resolve("target/cohort/report"));
        assertThat(ReportMojo.resolve(temp.toFile(), "target/cohort/report")).isEqualTo(temp.toAbsolutePath());
    }

    @Test
    void declaresTheGoalAsSpecified() throws Exception {
        String descriptor;
        try (InputStream in = ReportMojo.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).isNotNull();
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(descriptor).contains("<goalPrefix>cohort</goalPrefix>", "<goal>report</goal>");
        assertThat(descriptor).contains("<phase>post-integration-test</phase>");
        assertThat(descriptor)
                .contains(
                        "<results implementation=\"java.io.File\" default-value=\"${project.build.directory}/cohort/results\">${cohort.results}</results>",
                        "<reports implementation=\"java.io.File\" default-value=\"${project.build.directory}/cohort/report\">${cohort.reports}</reports>",
                        "<skip implementation=\"boolean\" default-value=\"false\">${cohort.skip}</skip>",
                        "<test implementation=\"java.lang.String\" default-value=\"AUTO\">${cohort.test}</test>",
                        "<task implementation=\"java.lang.String\">${cohort.task}</task>");
    }
}

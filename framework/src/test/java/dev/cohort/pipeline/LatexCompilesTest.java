package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TestChoice;
import dev.cohort.report.ConfirmationFixtures;
import dev.cohort.report.ConfirmedResults;
import dev.cohort.report.LatexReportFormat;
import dev.cohort.report.ReportContext;
import dev.cohort.report.TaskFixtures;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.CurveFileWriter;
import dev.cohort.results.store.JsonLinesResultWriter;
import dev.cohort.results.store.ManifestStore;
import dev.cohort.testing.RReference;
import dev.cohort.testing.TestEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code report.tex}, written by the real pipeline from results whose names hold every LaTeX special
 * character, wrapped in a minimal document and compiled with {@code pdflatex -halt-on-error}. Without
 * {@code pdflatex} on the PATH every test is skipped with the reason, except on CI where each fails
 * ({@link TestEnvironment}).
 */
class LatexCompilesTest {

    private static final String HOSTILE = "a<b & 50% _x #1 {y} \\z $ ^ ~ >";
    private static final String DOCUMENT = """
            \\documentclass%s{article}
            \\usepackage{booktabs}
            \\usepackage{graphicx}
            \\usepackage{pgfplots}
            \\pgfplotsset{compat=1.16}
            \\begin{document}
            \\input{report}
            %s\\ifdefined\\cohortHeadlineABFiveZeroXOneYZRun \\cohortHeadlineABFiveZeroXOneYZRun\\fi
            \\end{document}
            """;

    private static final String TEXLIVE =
            "apt-get install texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-pictures";

    /** Found per test, so that a missing pdflatex shows every test skipped with the reason. */
    private static Path pdflatex;

    @TempDir
    Path temp;

    @BeforeEach
    void findPdflatex() {
        pdflatex = TestEnvironment.requireProgram("pdflatex", TEXLIVE);
    }

    @ParameterizedTest
    @EnumSource(
            value = TestChoice.class,
            names = {"AUTO", "MANN_WHITNEY"})
    void reportTexCompilesInAMinimalDocument(TestChoice choice) throws Exception {
        Path results = temp.resolve("results");
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("trials.jsonl"))) {
            for (TrialResult trial : trials()) {
                writer.append(trial);
                writeCurve(results.resolve(trial.curves()), trial.seed());
            }
        }
        ManifestStore.write(results, declaration());
        Path reports = temp.resolve("report");
        new ReportPipeline(AnalysisOptions.defaults().withTestChoice(choice)).run(results, reports);
        String log = compile(reports);
        Path kept = Path.of("target", "latex-hostile-pipeline-" + choice);
        Files.createDirectories(kept);
        for (String file : List.of("report.tex", "main.pdf")) {
            Files.copy(reports.resolve(file), kept.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(log).doesNotContain("Missing character");
        assertThat(overfullWiderThan(log, 0)).isEmpty();
        assertThat(Files.readString(reports.resolve("report.tex")))
                .contains("$^{\\dagger}$", "\\textbf{", "\\begin{axis}", "fill opacity")
                .contains("Incomplete: 40 of 48 declared trials have results", "no longer declares were left out")
                .contains("\\providecommand{\\cohortHeadlineABFiveZeroXOneYZRun}{");
    }

    /**
     * A study across tasks: the tasks x configurations table and the critical-difference diagram compile
     * without an overfull box, for 2 and 4 configurations in one tabular and for 10 (one with a hostile
     * name) split over several.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 4, 10})
    void aTaskStudyCompilesWithinTheTextWidth(int configurations) throws Exception {
        List<String> algorithms = new java.util.ArrayList<>();
        for (int i = 0; i < configurations; i++) {
            algorithms.add(
                    configurations > 4 && i == 0
                            ? "Rainbow " + HOSTILE
                            : List.of("DQN", "C51", "Rainbow", "PPO", "algorithm_" + i)
                                    .get(Math.min(i, 4)));
        }
        StudyAnalysis study = TaskFixtures.study(algorithms, List.of("Pong", "Breakout", "Sea_quest & #2", "Qbert"));
        Path reports = temp.resolve("report");
        Files.createDirectories(reports);
        Files.writeString(
                reports.resolve("report.tex"),
                new LatexReportFormat().render(study, ReportContext.of(Instant.EPOCH, "/tmp/results", List.of())),
                StandardCharsets.UTF_8);

        String log = compile(reports);

        Path kept = Path.of("target", "latex-task-report-" + configurations);
        Files.createDirectories(kept);
        for (String file : List.of("report.tex", "main.pdf")) {
            Files.copy(reports.resolve(file), kept.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(log).doesNotContain("Missing character");
        assertThat(overfullWiderThan(log, 0)).isEmpty();
        assertThat(Files.readString(reports.resolve("report.tex")))
                .contains("\\begin{tikzpicture}", "CD = ", "\\toprule", "Mean rank", "W/T/L & ")
                .doesNotContain("\\resizebox");
    }

    /**
     * Experiments with {@code @Confirm} (a selection per algorithm, one selection overall with missing
     * confirmation trials, and one whose confirmation has not run), one with a hostile name: the
     * confirmation subsections, tables and comparisons and the exploratory tuning tables compile within
     * the text width.
     */
    @org.junit.jupiter.api.Test
    void aConfirmedStudyCompilesWithinTheTextWidth() throws Exception {
        StudyAnalysis study = new StudyAnalysis(List.of(
                ConfirmationFixtures.experiment("org.acme." + HOSTILE + "#confirmed", List.of("algorithm"), 30),
                ConfirmationFixtures.experiment("org.acme.Overall#partial", List.of(), 12),
                ConfirmationFixtures.experiment("org.acme.Tuned#notConfirmedYet", List.of("algorithm"), 0)));
        Path reports = temp.resolve("report");
        Files.createDirectories(reports);
        Files.writeString(
                reports.resolve("report.tex"),
                new LatexReportFormat().render(study, ReportContext.of(Instant.EPOCH, "/tmp/results", List.of())),
                StandardCharsets.UTF_8);

        String log = compile(reports);

        Path kept = Path.of("target", "latex-confirmation-report");
        Files.createDirectories(kept);
        for (String file : List.of("report.tex", "main.pdf")) {
            Files.copy(reports.resolve(file), kept.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(log).doesNotContain("Missing character", "multiply defined");
        assertThat(overfullWiderThan(log, 0)).isEmpty();
        String tex = Files.readString(reports.resolve("report.tex"));
        assertThat(tex.split("\\\\subsection\\*\\{\\\\raggedright Confirmation on 30 fresh seeds", -1))
                .hasSize(4);
        assertThat(tex.split("\\\\subsection\\*\\{\\\\raggedright Tuning \\(exploratory\\)", -1))
                .hasSize(4);
        assertThat(tex)
                .contains("Tuning & Confirmed & 95\\% CI & Shrinkage", "12 of 30 declared trials have results")
                .doesNotContain("NaN");
    }

    /** A study with {@code @Confirm} recorded by the runtime: the pipeline's report.tex compiles. */
    @org.junit.jupiter.api.Test
    void theReportOfARecordedConfirmedStudyCompiles() throws Exception {
        Path results = temp.resolve("results");
        ConfirmedResults.write(results, 5);
        Path reports = temp.resolve("report");
        new ReportPipeline().run(results, reports);

        String log = compile(reports);

        assertThat(log).doesNotContain("Missing character", "multiply defined");
        assertThat(overfullWiderThan(log, 0)).isEmpty();
        assertThat(Files.readString(reports.resolve("report.tex")))
                .contains(
                        "\\subsection*{\\raggedright Confirmation on 8 fresh seeds",
                        "\\subsection*{\\raggedright Tuning (exploratory)");
    }

    /**
     * Twenty experiments whose names, parameter values and metric names hold NUL and other control
     * characters, emoji, bidirectional marks and overrides, zero-width characters, a spreadsheet formula
     * and accented letters, each with two tables and a figure of learning curves: the report compiles
     * (no "Too many unprocessed floats", no missing character) and keeps the accented letters.
     */
    @org.junit.jupiter.api.Test
    void twentyExperimentsWithHostileNamesCompile() throws Exception {
        List<String> payloads = List.of(
                "nul\u0000byte",
                "bell\u0007 esc\u001b[31mred\u001b[0m",
                "emoji \ud83d\ude80\ud83d\udd25",
                "rlm\u200f lrm\u200e",
                "override \u202ecipsid\u202c",
                "isolate \u2066x\u2069 \u2067y\u2068",
                "zero\u200bwidth\u200c\u200d\ufeff",
                "=cmd|' /C calc'!A0",
                "Cr\u00e8me br\u00fbl\u00e9e \u0141\u00f3d\u017a Erd\u0151s",
                HOSTILE,
                "cjk \u4e2d\u6587 cyrillic \u0434\u0430",
                "line\nbreak\rreturn\ttab",
                "del\u007f c1\u0085\u009b",
                "separators\u2028\u2029",
                "maths \u2211\u221e \u00b1\u00d7",
                "ogonek \u0105\u0119 eth \u00f0 thorn \u00fe \u00ab\u00bb",
                "dashes \u2013\u2014 \u201cquotes\u201d \u2026",
                "combining e\u0301",
                "private \ue000 noncharacter \uffff",
                "arabic \u0627\u0644 hebrew \u05d0");
        Path results = temp.resolve("results");
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("trials.jsonl"))) {
            for (int e = 0; e < payloads.size(); e++) {
                String name = payloads.get(e);
                String experiment = "org.acme.E" + e + " " + name + "#run";
                String metric = "score " + name;
                int configIndex = 0;
                for (String value : List.of(name, "plain")) {
                    for (int level = 1; level <= 2; level++) {
                        Map<String, Object> config = new LinkedHashMap<>();
                        config.put("p " + name, value);
                        config.put("level", level);
                        for (int seed = 0; seed < 4; seed++) {
                            String curves = "curves/" + e + "-" + configIndex + "-" + seed + ".csv";
                            try (CurveFileWriter curve = CurveFileWriter.create(results.resolve(curves))) {
                                for (int step = 1; step <= 20; step++) {
                                    curve.write(metric, step * 10L, level + 1.0 / step + seed * 0.01);
                                }
                            }
                            writer.append(new TrialResult(
                                    experiment,
                                    config,
                                    1000 + seed,
                                    seed,
                                    TrialStatus.SUCCESSFUL,
                                    Map.of(metric, level + (value.equals("plain") ? 0.3 : 0) + seed * 0.05),
                                    1.0,
                                    null,
                                    Map.of(metric, Goal.MAXIMIZE),
                                    curves,
                                    null,
                                    configIndex,
                                    null));
                        }
                        configIndex++;
                    }
                }
            }
        }
        Path reports = temp.resolve("report");
        new ReportPipeline(AnalysisOptions.defaults()).run(results, reports);

        String log = compile(reports);

        Path kept = Path.of("target", "latex-hostile-report");
        Files.createDirectories(kept);
        for (String file : List.of("report.tex", "main.pdf")) {
            Files.copy(reports.resolve(file), kept.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(log).doesNotContain("Missing character", "Too many unprocessed floats");
        String tex = Files.readString(reports.resolve("report.tex"));
        assertThat(tex)
                .contains("Cr\u00e8me br\u00fbl\u00e9e \u0141\u00f3d\u017a Erd\u0151s", "emoji ??", "nul?byte")
                .doesNotContain("\u0000", "\u200f", "\u202e", "\u200b", "\u001b");
        assertThat(tex.split("\\\\clearpage", -1)).hasSize(payloads.size());
        assertThat(tex.split("begin\\{axis\\}", -1)).hasSize(payloads.size() + 1);
    }

    /**
     * The example's shape (the step-size study: algorithm x stepSize, 30 common seeds, a minimized error
     * with learning curves) and a study of 20 configurations with long names: report.tex and
     * comparisons.tex compile in a two-column article with only booktabs, graphicx and pgfplots, no box is
     * more than 20pt too wide, nothing is shrunk, and report.tex holds the pairs against the best only,
     * comparisons.tex every pair.
     */
    @ParameterizedTest(name = "{0} configurations")
    @ValueSource(ints = {6, 20})
    void theReportFitsATwoColumnPaperAtTheTextSize(int configurations) throws Exception {
        List<String> algorithms =
                configurations == 6 ? List.of("LMS", "IDBD") : List.of("LMS", "IDBD", "Autostep", "NormalizedLMS");
        List<Double> stepSizes =
                configurations == 6 ? List.of(0.001, 0.01, 0.1) : List.of(1.0e-4, 3.16227766017e-4, 0.001, 0.01, 0.1);
        Path results = temp.resolve("results");
        String experiment = "dev.cohort.example.StepSizeExperiments#metaStepSize";
        SplittableRandom random = new SplittableRandom(11);
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("trials.jsonl"))) {
            int configIndex = 0;
            for (String algorithm : algorithms) {
                for (double stepSize : stepSizes) {
                    Map<String, Object> config = new LinkedHashMap<>();
                    config.put("algorithm", algorithm);
                    config.put("stepSize", stepSize);
                    double level = 2 + algorithms.indexOf(algorithm) * 0.4 + Math.abs(Math.log10(stepSize) + 2);
                    for (int seed = 0; seed < 30; seed++) {
                        String curves = "curves/" + configIndex + "-" + seed + ".csv";
                        try (CurveFileWriter curve = CurveFileWriter.create(results.resolve(curves))) {
                            for (int step = 1; step <= 20; step++) {
                                curve.write("error", step * 100L, level + 5.0 / step + random.nextDouble() * 0.1);
                            }
                        }
                        writer.append(new TrialResult(
                                experiment,
                                config,
                                1000 + seed,
                                seed,
                                TrialStatus.SUCCESSFUL,
                                Map.of("final_error", level + seed * 0.001 + random.nextGaussian() * 0.2),
                                1.0,
                                null,
                                Map.of("final_error", Goal.MINIMIZE, "error", Goal.MINIMIZE),
                                curves,
                                null,
                                configIndex,
                                null));
                    }
                    configIndex++;
                }
            }
        }
        Path reports = temp.resolve("report");
        new ReportPipeline(AnalysisOptions.defaults()).run(results, reports);

        String log = compile(reports, "[twocolumn]", "\\clearpage\n\\input{comparisons}\n");

        Path kept = Path.of("target", "latex-two-column-" + configurations);
        Files.createDirectories(kept);
        for (String file : List.of("report.tex", "comparisons.tex", "main.pdf")) {
            Files.copy(reports.resolve(file), kept.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(log).doesNotContain("Missing character", "multiply defined", "Float too large");
        assertThat(overfullWiderThan(log, 20)).isEmpty();
        String tex = Files.readString(reports.resolve("report.tex"));
        String all = Files.readString(reports.resolve("comparisons.tex"));
        for (String shrinking : List.of("\\resizebox", "\\scalebox", "\\tiny", "\\scriptsize")) {
            assertThat(tex).doesNotContain(shrinking);
            assertThat(all).doesNotContain(shrinking);
        }
        assertThat(tex)
                .contains("\\caption{metaStepSize, final\\_error (lower is better)")
                .contains("each configuration against the best, algorithm=LMS, stepSize=0.01")
                .contains("one-way ANOVA over the configurations", "factorial ANOVA over the swept parameters")
                .contains("algorithm $\\times$ stepSize & ")
                .doesNotContain("NaN");
        assertThat(tex.lines().filter(line -> line.startsWith("\\caption{")))
                .isNotEmpty()
                .noneMatch(line -> line.contains("StepSizeExperiments"));
        int pairs = configurations * (configurations - 1) / 2;
        String comparisonsTable = tex.substring(tex.indexOf("each configuration against the best"));
        comparisonsTable = comparisonsTable.substring(0, comparisonsTable.indexOf("\\end{tabular}"));
        assertThat(comparisonsTable.split("paired \\$t\\$|Wilcoxon", -1)).hasSize(configurations);
        assertThat(all.split("paired \\$t\\$|Wilcoxon", -1)).hasSize(pairs + 1);
        for (String caption : tex.split("\\\\caption\\{", -1)) {
            if (caption.startsWith("metaStepSize")) {
                assertThat(visibleLength(caption.substring(0, caption.indexOf("\n"))))
                        .as("caption %s", caption)
                        .isLessThanOrEqualTo(3 * 60);
            }
        }
    }

    /**
     * A step-size sweep in which the largest step size diverged (errors around 1e67 with a spread as
     * large, next to errors near 1): every table of report.tex and comparisons.tex stays within the text
     * width of a one-column article and of a two-column one, at the text size, nothing shrunk.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "[twocolumn]"})
    void aDivergedConfigurationStaysWithinTheTextWidth(String documentOptions) throws Exception {
        Path results = temp.resolve("results");
        String experiment = "dev.cohort.example.TrackingExperiments#tracking";
        SplittableRandom random = new SplittableRandom(5);
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("trials.jsonl"))) {
            int configIndex = 0;
            for (String algorithm : List.of("LMS", "IDBD")) {
                for (double stepSize : List.of(0.01, 0.03, 0.1)) {
                    Map<String, Object> config = new LinkedHashMap<>();
                    config.put("algorithm", algorithm);
                    config.put("stepSize", stepSize);
                    boolean diverged = stepSize == 0.1 && algorithm.equals("LMS");
                    for (int seed = 0; seed < 10; seed++) {
                        double error = diverged
                                ? Math.pow(10, 60 + random.nextDouble() * 8)
                                : 1 + stepSize * 3 + random.nextGaussian() * 0.05;
                        writer.append(new TrialResult(
                                experiment,
                                config,
                                1000 + seed,
                                seed,
                                TrialStatus.SUCCESSFUL,
                                Map.of("tracking_error", error, "final_weight", -error * 1.5),
                                1.0,
                                null,
                                Map.of("tracking_error", Goal.MINIMIZE, "final_weight", Goal.MAXIMIZE),
                                null,
                                null,
                                configIndex,
                                null));
                    }
                    configIndex++;
                }
            }
        }
        Path reports = temp.resolve("report");
        new ReportPipeline(AnalysisOptions.defaults()).run(results, reports);

        String log = compile(reports, documentOptions, "\\clearpage\n\\input{comparisons}\n");

        Path kept = Path.of("target", "latex-diverged" + (documentOptions.isEmpty() ? "" : "-twocolumn"));
        Files.createDirectories(kept);
        for (String file : List.of("report.tex", "comparisons.tex", "main.pdf")) {
            Files.copy(reports.resolve(file), kept.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(overfullWiderThan(log, 0)).isEmpty();
        assertThat(log).doesNotContain("Float too large");
        String tex =
                Files.readString(reports.resolve("report.tex")) + Files.readString(reports.resolve("comparisons.tex"));
        for (String shrinking : List.of("\\resizebox", "\\scalebox", "\\tiny", "\\scriptsize", "\\small")) {
            assertThat(tex).doesNotContain(shrinking);
        }
        assertThat(tex).contains("10^{6").doesNotContain("NaN", "Infinity");
    }

    /** The characters a caption prints, roughly: its LaTeX without commands, braces and math shifts. */
    private static int visibleLength(String latex) {
        return latex.replaceAll("\\\\[a-zA-Z]+", "x").replaceAll("[{}$^_]", "").length();
    }

    /** Every R case across tasks through the real pipeline: its report.tex compiles without an overfull box. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.cohort.pipeline.TaskCases#files")
    void everyTaskCaseCompilesThroughThePipeline(Path file) throws Exception {
        JsonNode reference = RReference.read(file);
        Path results = temp.resolve("results");
        TaskCases.writeTrialLines(reference, results.resolve("tasks.jsonl"));
        Path reports = temp.resolve("report");
        new ReportPipeline(TaskCases.options(reference)).run(results, reports);

        String log = compile(reports);

        assertThat(log).doesNotContain("Missing character");
        assertThat(overfullWiderThan(log, 0)).isEmpty();
        assertThat(Files.readString(reports.resolve("report.tex")))
                .contains("\\begin{tikzpicture}", "Mean rank")
                .doesNotContain("NaN");
    }

    private static String compile(Path reports) throws Exception {
        return compile(reports, "", "");
    }

    /**
     * Compiles {@code report.tex} in {@code \\documentclass[options]{article}} with only booktabs, graphicx
     * and pgfplots, then whatever {@code more} inputs, and returns pdflatex's output.
     */
    private static String compile(Path reports, String options, String more) throws Exception {
        Files.writeString(reports.resolve("main.tex"), DOCUMENT.formatted(options, more), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(
                        pdflatex.toString(), "-interaction=nonstopmode", "-halt-on-error", "main.tex")
                .directory(reports.toFile())
                .redirectErrorStream(true)
                .redirectOutput(reports.resolve("pdflatex.out").toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("pdflatex did not finish within 120 s");
        }
        String log = Files.readString(reports.resolve("pdflatex.out"), StandardCharsets.ISO_8859_1);
        assertThat(process.exitValue())
                .as("pdflatex exit code; its output ends with:%n%s", tail(log))
                .isZero();
        assertThat(reports.resolve("main.pdf")).isNotEmptyFile();
        return log;
    }

    /**
     * The latest declaration: the configurations that ran but the last, and one with a hostile value
     * that has not run, so the captions note missing and stale trials with hostile names.
     */
    private static ExperimentManifest declaration() {
        List<TrialResult> trials = trials();
        List<Map<String, Object>> configurations = new java.util.ArrayList<>();
        for (TrialResult t : trials) {
            if (!configurations.contains(t.config())) {
                configurations.add(t.config());
            }
        }
        configurations.remove(configurations.size() - 1);
        Map<String, Object> notRun = new LinkedHashMap<>();
        notRun.put("name " + HOSTILE, "never " + HOSTILE);
        notRun.put("level_#", 9);
        configurations.add(notRun);
        List<Long> seeds = new java.util.ArrayList<>();
        for (long seed = 1000; seed < 1008; seed++) {
            seeds.add(seed);
        }
        return new ExperimentManifest(
                trials.get(0).experiment(),
                "Does " + HOSTILE + " help?",
                "org.acme.Run",
                "run",
                Map.of(),
                configurations,
                seeds,
                Map.of(),
                List.of(),
                "2026-01-01T00:00:00Z",
                null,
                null);
    }

    /** A learning curve of 50 points whose metric name holds every special character. */
    private static void writeCurve(Path file, long seed) throws IOException {
        try (CurveFileWriter curve = CurveFileWriter.create(file)) {
            for (int step = 1; step <= 50; step++) {
                curve.write("loss " + HOSTILE, step * 100L, 1.0 / step + (seed % 5) * 0.01);
            }
        }
    }

    /** The overfull boxes of a pdflatex log wider than {@code points}, each with the line that follows. */
    static List<String> overfullWiderThan(String log, double points) {
        List<String> boxes = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "Overfull \\\\hbox \\(([0-9.]+)pt too wide\\)[^\\n]*\\n[^\\n]*")
                .matcher(log);
        while (m.find()) {
            if (Double.parseDouble(m.group(1)) > points) {
                boxes.add(m.group());
            }
        }
        return boxes;
    }

    private static String tail(String log) throws IOException {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /**
     * Two swept parameters with hostile values, a minimized metric with a hostile name and clear
     * differences, and a second metric with a constant configuration and a NaN (missing statistics).
     */
    private static List<TrialResult> trials() {
        SplittableRandom random = new SplittableRandom(7);
        String experiment = "org.acme." + HOSTILE + "#run";
        String metric = "error " + HOSTILE;
        List<TrialResult> trials = new java.util.ArrayList<>();
        int configIndex = 0;
        for (String first : List.of(HOSTILE, "plain")) {
            for (int second = 1; second <= 3; second++) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("name " + HOSTILE, first);
                config.put("level_#", second);
                for (int seed = 0; seed < 8; seed++) {
                    Map<String, Double> metrics = new LinkedHashMap<>();
                    metrics.put(metric, second + (first.equals("plain") ? 0.5 : 0) + random.nextGaussian() * 0.3);
                    metrics.put("steady%", second == 1 ? 1.0 : seed == 3 ? Double.NaN : random.nextDouble());
                    trials.add(new TrialResult(
                            experiment,
                            config,
                            1000 + seed,
                            seed,
                            TrialStatus.SUCCESSFUL,
                            metrics,
                            1.0,
                            null,
                            Map.of(metric, Goal.MINIMIZE, "steady%", Goal.MAXIMIZE),
                            "curves/" + configIndex + "-" + seed + ".csv",
                            null,
                            configIndex,
                            null));
                }
                configIndex++;
            }
        }
        return trials;
    }
}

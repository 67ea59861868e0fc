package dev.cohort.pipeline;

import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.ExperimentTrials;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.report.Headline;
import dev.cohort.report.ReportContext;
import dev.cohort.report.ReportWriter;
import dev.cohort.report.StudyNotes;
import dev.cohort.results.Declarations;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialTable;
import dev.cohort.results.store.JsonLinesResultReader;
import dev.cohort.results.store.ManifestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * From a results directory to a reports directory: reads every trial with the
 * {@link JsonLinesResultReader} (and the experiments' declarations), analyzes each experiment against its
 * latest declaration with the {@link Analyzer}, aggregates their learning
 * curves by streaming their curve files through a {@link dev.cohort.analysis.CurveAggregator}, and writes every report format
 * with the {@link ReportWriter}. The only place where results are read for a report; report writers
 * see the analysis model only.
 */
public final class ReportPipeline {

    private final StudyAnalyzer analyzer;

    /** The analysis of every experiment's trials against its declaration. */
    private interface StudyAnalyzer extends Function<List<ExperimentTrials>, StudyAnalysis> {}

    private final ReportWriter writer;
    private final Clock clock;
    private final AnalysisOptions options;

    /** The standard pipeline: the {@link Analyzer} with its default options, all report formats, the system clock. */
    public ReportPipeline() {
        this(AnalysisOptions.defaults());
    }

    /** The standard pipeline with the given analysis options (for example another test choice). */
    public ReportPipeline(AnalysisOptions options) {
        this(
                (StudyAnalyzer) experiments -> Analyzer.analyzeExperiments(experiments, options),
                ReportWriter.standard(),
                Clock.systemUTC(),
                options);
    }

    /**
     * A pipeline with the given analysis, writer and clock (for the report's generation time); the
     * report describes the analysis as made with {@link AnalysisOptions#defaults()}.
     */
    public ReportPipeline(Function<List<TrialResult>, StudyAnalysis> analyzer, ReportWriter writer, Clock clock) {
        this(analyzer, writer, clock, AnalysisOptions.defaults());
    }

    /**
     * A pipeline with the given analysis, writer and clock; {@code options} are the ones the analysis
     * uses, which the report names (test choice, alpha).
     */
    public ReportPipeline(
            Function<List<TrialResult>, StudyAnalysis> analyzer,
            ReportWriter writer,
            Clock clock,
            AnalysisOptions options) {
        this(countedTrials(Objects.requireNonNull(analyzer, "analyzer")), writer, clock, options);
    }

    private ReportPipeline(StudyAnalyzer analyzer, ReportWriter writer, Clock clock, AnalysisOptions options) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** An analysis of every experiment's counted trials, in one list, by {@code analyzer}. */
    private static StudyAnalyzer countedTrials(Function<List<TrialResult>, StudyAnalysis> analyzer) {
        return experiments -> {
            List<TrialResult> counted = new ArrayList<>();
            experiments.forEach(e -> counted.addAll(e.counted()));
            return analyzer.apply(counted);
        };
    }

    /** The analysis options this pipeline's report names. */
    public AnalysisOptions options() {
        return options;
    }

    /**
     * Reads the results under {@code results}, analyzes them and writes the report into {@code reports}
     * (created when missing). Malformed result lines are reported in the outcome and in the report,
     * never fatal.
     *
     * @throws MissingResultsException when {@code results} is not a directory
     * @throws IOException when results cannot be read or the report cannot be written
     */
    public ReportOutcome run(Path results, Path reports) throws IOException {
        return run(results, reports, List.of());
    }

    /**
     * Reads the results under {@code results}, analyzes each experiment against its latest declaration
     * and writes the report into {@code reports} (created when missing). The latest declaration of an
     * experiment with results or a recorded declaration is its entry in {@code newer} (for example read
     * from the project's compiled classes), else the one recorded with the results. Malformed result
     * lines are reported in the outcome and in the report, never fatal.
     *
     * @throws MissingResultsException when {@code results} is not a directory
     * @throws IOException when results cannot be read or the report cannot be written
     */
    public ReportOutcome run(Path results, Path reports, List<ExperimentManifest> newer) throws IOException {
        Path resultsDirectory = results.toAbsolutePath().normalize();
        Path reportsDirectory = reports.toAbsolutePath().normalize();
        if (!Files.isDirectory(resultsDirectory)) {
            throw new MissingResultsException(resultsDirectory);
        }
        List<ReadProblem> readProblems = new ArrayList<>();
        Map<String, String> designs = new LinkedHashMap<>();
        Map<String, ExperimentManifest> declarations = new LinkedHashMap<>();
        Analyzed analyzed = readAndAnalyze(resultsDirectory, newer, readProblems, designs, declarations);
        StudyAnalysis study = analyzed.study();
        List<String> problems = readProblems.stream()
                .map(problem -> describe(problem, resultsDirectory))
                .toList();
        ReportContext context = new ReportContext(
                "Cohort report",
                clock.instant(),
                resultsDirectory.toString(),
                problems,
                options.alpha(),
                options,
                designs,
                declarations);
        List<Path> files = writer.write(study, context, reportsDirectory);
        List<String> notes = new ArrayList<>(analyzed.taskNotes());
        notes.addAll(StudyNotes.log(study, options.stale()));
        return new ReportOutcome(
                reportsDirectory.resolve(ReportWriter.INDEX),
                files,
                analyzed.trials(),
                study.experiments().size(),
                readProblems,
                notes,
                Headline.log(study, context));
    }

    /**
     * Reads and analyzes the results; the trials are unreachable once it returns, so writing the report
     * does not hold a million trials next to the page it builds.
     */
    private Analyzed readAndAnalyze(
            Path resultsDirectory,
            List<ExperimentManifest> newer,
            List<ReadProblem> readProblems,
            Map<String, String> designs,
            Map<String, ExperimentManifest> declared)
            throws IOException {
        LoadedResults loaded = JsonLinesResultReader.read(resultsDirectory);
        readProblems.addAll(loaded.problems());
        ManifestStore.Manifests manifests = ManifestStore.read(resultsDirectory);
        readProblems.addAll(manifests.problems());
        Set<String> present = new HashSet<>();
        TrialTable trials = TrialTable.of(loaded.trials());
        for (int i = 0; i < trials.size(); i++) {
            present.add(trials.experiment(i));
        }
        manifests.manifests().forEach(m -> present.add(m.experiment()));
        List<ExperimentManifest> declarations = Declarations.latest(
                manifests.manifests(),
                newer.stream().filter(d -> present.contains(d.experiment())).toList());
        for (ExperimentManifest manifest : declarations) {
            declared.put(manifest.experiment(), manifest);
            if (manifest.design() != null && manifest.design().description() != null) {
                designs.put(manifest.experiment(), manifest.design().description());
            }
        }
        List<ExperimentTrials> experiments = ExperimentTrials.of(loaded.trials(), declarations, options.stale());
        StudyAnalysis study =
                CurveLoading.attach(analyzer.apply(experiments), experiments, resultsDirectory, readProblems);
        return new Analyzed(study, loaded.trials().size(), TaskOptionNotes.of(experiments, options.task()));
    }

    /** An analysis, the number of trials it read and the notes on the task parameter the options name. */
    private record Analyzed(StudyAnalysis study, int trials, List<String> taskNotes) {}

    /** A read problem as the report shows it: the file relative to the results directory, the line, why. */
    static String describe(ReadProblem problem, Path resultsDirectory) {
        Path file = problem.file().toAbsolutePath().normalize();
        Path shown = file.startsWith(resultsDirectory) ? resultsDirectory.relativize(file) : file;
        return shown + ":" + problem.line() + ": " + problem.message();
    }
}

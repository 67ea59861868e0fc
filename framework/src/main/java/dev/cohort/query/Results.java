package dev.cohort.query;

import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.ExperimentTrials;
import dev.cohort.analysis.StalePolicy;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.Declarations;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.ExperimentNames;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.store.JsonLinesResultReader;
import dev.cohort.results.store.ManifestStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A results directory loaded for questions: its trials (every {@code *.jsonl} file), the experiments'
 * declarations the engine recorded next to them, and the statistical analysis of the trials against
 * those declarations, computed once on first use. Queries and the analysis count the trials the report
 * counts ({@link ExperimentTrials}): stale trials, of configurations or seeds an experiment's latest
 * declaration no longer has, are left out unless {@link #withStale} includes them.
 *
 * <pre>{@code
 * Results results = Results.load(Path.of("target/cohort/results"));
 * CohortAssertions.assertThat(results).experiment("StepSizeExperiments#tracking") ...
 * ConfigurationSummary best = results.query("StepSizeExperiments#tracking").where("algorithm", "IDBD")
 *         .best("final_error");
 * }</pre>
 *
 * <p>Experiments are named by their id or by its short form {@code SimpleClass#method} when that is
 * unambiguous. Immutable and thread-safe.
 */
public final class Results {

    private final Path directory;
    private final List<TrialResult> trials;
    private final List<ReadProblem> problems;
    private final List<ExperimentManifest> manifests;
    private final StalePolicy stale;
    private List<ExperimentTrials> experiments;
    private StudyAnalysis analysis;

    private Results(
            Path directory,
            List<TrialResult> trials,
            List<ReadProblem> problems,
            List<ExperimentManifest> manifests,
            StalePolicy stale) {
        this.directory = directory;
        this.trials = List.copyOf(trials);
        this.problems = List.copyOf(problems);
        this.manifests = List.copyOf(manifests);
        this.stale = stale;
    }

    /**
     * Reads the results directory.
     *
     * @throws IllegalArgumentException when {@code directory} is not a directory
     * @throws UncheckedIOException when a file cannot be read
     */
    public static Results load(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("No Cohort results directory at " + absolute
                    + ": run the experiments first (they write to target/cohort/results by default)");
        }
        try {
            LoadedResults loaded = JsonLinesResultReader.read(absolute);
            ManifestStore.Manifests declared = ManifestStore.read(absolute);
            List<ReadProblem> problems = new ArrayList<>(loaded.problems());
            problems.addAll(declared.problems());
            return new Results(absolute, loaded.trials(), problems, declared.manifests(), StalePolicy.EXCLUDE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Cohort results in " + absolute, e);
        }
    }

    /** Results made from trials and declarations already in memory (for tests and tools). */
    public static Results of(List<TrialResult> trials, List<ExperimentManifest> manifests) {
        return new Results(null, trials, List.of(), manifests, StalePolicy.EXCLUDE);
    }

    /**
     * These results with {@code declarations} in place of the recorded declarations of the same
     * experiments (for example the declarations of the compiled experiment classes, which are newer
     * than any run's); recorded declarations of other experiments are kept.
     */
    public Results withDeclarations(List<ExperimentManifest> declarations) {
        return new Results(directory, trials, problems, Declarations.latest(manifests, declarations), stale);
    }

    /**
     * These results with another policy for stale trials (of configurations or seeds that an
     * experiment's latest declaration no longer has): left out of queries and the analysis by default.
     */
    public Results withStale(StalePolicy policy) {
        return new Results(directory, trials, problems, manifests, Objects.requireNonNull(policy, "policy"));
    }

    /** The directory read, or empty for results made in memory. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Every readable trial, in file order. */
    public List<TrialResult> trials() {
        return trials;
    }

    /** The lines and declaration files that could not be read. */
    public List<ReadProblem> problems() {
        return problems;
    }

    /** The experiments' recorded declarations, sorted by experiment id. */
    public List<ExperimentManifest> manifests() {
        return manifests;
    }

    /**
     * A query over every trial that counts (the latest result of each experiment, configuration and
     * seed; stale trials left out unless {@link #withStale} includes them; of an experiment with
     * {@code @Confirm}, the tuning stage, see {@link #query(String, TrialStage)}), as the report counts them,
     * reading learning curves from this directory on demand.
     */
    public TrialQuery query() {
        List<TrialResult> counted = new ArrayList<>();
        experiments().forEach(e -> counted.addAll(e.counted()));
        return new TrialQuery(counted, new CurveFiles(directory));
    }

    /**
     * A query over the trials of the experiment named {@code name} (its id, or {@code SimpleClass#method}).
     *
     * @throws IllegalArgumentException when no experiment or several match
     */
    public TrialQuery query(String name) {
        return query().experiment(resolveExperiment(name));
    }

    /**
     * A query over the trials of one stage of the experiment named {@code name}: {@link TrialStage#TUNING}
     * as {@link #query(String)}; {@link TrialStage#CONFIRMATION} the confirmation trials of an experiment
     * with {@code @Confirm} that its analysis counts (the configurations selected now, on the confirmation
     * seeds, the latest result of each).
     *
     * @throws IllegalArgumentException when no experiment or several match, or the confirmation stage is
     *     asked of an experiment whose latest declaration has no {@code @Confirm}
     */
    public TrialQuery query(String name, TrialStage stage) {
        if (stage == TrialStage.TUNING) {
            return query(name);
        }
        String id = resolveExperiment(name);
        List<TrialResult> confirmation = experiments().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .flatMap(ExperimentTrials::confirmation)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Experiment " + id + " has no confirmation stage: its latest declaration has no @Confirm"))
                .counted();
        return new TrialQuery(confirmation, new CurveFiles(directory));
    }

    /**
     * Every experiment's trials against its latest declaration ({@link ExperimentTrials}), sorted by id,
     * computed on first use: what the query API and the analysis count.
     */
    public synchronized List<ExperimentTrials> experiments() {
        if (experiments == null) {
            experiments = ExperimentTrials.of(trials, manifests, stale);
        }
        return experiments;
    }

    /** The analysis of all trials against the experiments' declarations, computed on first use. */
    public synchronized StudyAnalysis analysis() {
        if (analysis == null) {
            analysis = Analyzer.analyzeExperiments(
                    experiments(), AnalysisOptions.defaults().withStale(stale));
        }
        return analysis;
    }

    /** Every experiment id, declared or with results, sorted. */
    public List<String> experimentIds() {
        Set<String> ids = new java.util.TreeSet<>();
        manifests.forEach(m -> ids.add(m.experiment()));
        trials.forEach(t -> {
            if (t.experiment() != null) {
                ids.add(t.experiment());
            }
        });
        return List.copyOf(ids);
    }

    /**
     * The full id of the experiment named {@code name}: the id itself, or the one id whose short form
     * ({@code SimpleClass#method}) or suffix after a {@code .} is {@code name}.
     *
     * @throws IllegalArgumentException when no experiment or several match; the message lists the ids
     */
    public String resolveExperiment(String name) {
        List<String> ids = experimentIds();
        if (ids.contains(name)) {
            return name;
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (String id : ids) {
            if (id.endsWith("." + name) || shortName(id).equals(name)) {
                candidates.add(id);
            }
        }
        if (candidates.size() == 1) {
            return candidates.iterator().next();
        }
        String where = directory == null ? "" : " in " + directory;
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException(
                    "No experiment " + name + where + "; experiments: " + (ids.isEmpty() ? "none" : ids));
        }
        throw new IllegalArgumentException("Experiment " + name + " is ambiguous" + where + ": " + candidates);
    }

    /**
     * The analysis of the experiment named {@code name}, if it has results. With {@code @Confirm}, its
     * {@link ExperimentAnalysis#confirmation()} holds the conclusions and {@code
     * stage(TrialStage.TUNING)} the tuning stage alone, for exploration.
     */
    public Optional<ExperimentAnalysis> experiment(String name) {
        String id = resolveExperiment(name);
        return analysis().experiments().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The recorded declaration of the experiment named {@code name}, if the engine recorded one. */
    public Optional<ExperimentManifest> manifest(String name) {
        String id = resolveExperiment(name);
        return manifests.stream().filter(m -> m.experiment().equals(id)).findFirst();
    }

    /** {@code StepSizeExperiments#tracking} for {@code dev.cohort.example.StepSizeExperiments#tracking}. */
    public static String shortName(String id) {
        return ExperimentNames.shortName(id);
    }
}

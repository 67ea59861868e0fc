package dev.cohort.pipeline;

import dev.cohort.analysis.CurveAggregator;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.ExperimentTrials;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import dev.cohort.results.store.CurveFileReader;
import dev.cohort.results.store.JsonLinesResultReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the learning curves of the trials and attaches their aggregates to the analysis. Curve files are
 * streamed one at a time, so memory does not grow with the number of points, and read once: the step
 * grid comes from the first trial's file and is checked against every point as it is aggregated
 * ({@link CurveAggregator#gridHeld()}); only when the trials logged other steps are the files read again,
 * all scanned first, as the {@link CurveAggregator}'s two passes ask. A missing curve file, or a line of one that is skipped (malformed, or holding bytes
 * that are not UTF-8), is a {@link ReadProblem} naming the file and the first such line, never fatal.
 */
final class CurveLoading {

    private final Path resultsDirectory;
    private final List<ReadProblem> problems = new ArrayList<>();
    private List<Path> resultFileDirectories;

    private CurveLoading(Path resultsDirectory) {
        this.resultsDirectory = resultsDirectory;
    }

    /**
     * {@code study} with the curves of the counted trials of {@code trials} attached to their experiments.
     *
     * @param trials every experiment's trials against its declaration, as the analysis counted them
     * @param problems receives the curve files or points that could not be read
     */
    static StudyAnalysis attach(
            StudyAnalysis study, List<ExperimentTrials> trials, Path resultsDirectory, List<ReadProblem> problems)
            throws IOException {
        CurveLoading loading = new CurveLoading(resultsDirectory);
        Map<String, ExperimentTrials> byExperiment = new HashMap<>();
        trials.forEach(e -> byExperiment.put(e.id(), e));
        List<ExperimentAnalysis> experiments = new ArrayList<>();
        for (ExperimentAnalysis experiment : study.experiments()) {
            ExperimentTrials own = byExperiment.get(experiment.id());
            experiments.add(own == null ? experiment : loading.attach(experiment, own));
        }
        problems.addAll(loading.problems);
        return new StudyAnalysis(experiments);
    }

    private ExperimentAnalysis attach(ExperimentAnalysis experiment, ExperimentTrials trials) throws IOException {
        CurveAggregator curves = CurveAggregator.of(trials, CurveAggregator.DEFAULT_MAX_POINTS);
        if (curves.trials().isEmpty()) {
            return experiment;
        }
        List<Path> files = new ArrayList<>();
        for (TrialResult trial : curves.trials()) {
            Path file = locate(trial.curves());
            if (file == null) {
                problems.add(new ReadProblem(
                        resultsDirectory.resolve(trial.curves()),
                        0,
                        "curve file not found, so the curves of " + trial.configId() + " lack seed " + trial.seed()));
            }
            files.add(file);
        }
        Path first = files.stream().filter(Objects::nonNull).findFirst().orElse(null);
        if (first != null) {
            CurveFileReader.read(first, curves::scan);
        }
        List<ReadProblem> skipped = aggregate(curves, files);
        if (!curves.gridHeld()) {
            curves = CurveAggregator.of(trials, CurveAggregator.DEFAULT_MAX_POINTS);
            CurveAggregator scanned = curves;
            ReadCurveFile.inOrder(files, (i, read) -> {
                if (read != null) {
                    read.replay(scanned::scan);
                }
            });
            skipped = aggregate(curves, files);
        }
        problems.addAll(skipped);
        return experiment.withCurves(curves.result());
    }

    /**
     * The aggregating pass over the trials' files (parsed on every core, aggregated in order); returns the
     * lines it skipped, the first per file.
     */
    private static List<ReadProblem> aggregate(CurveAggregator curves, List<Path> files) throws IOException {
        List<ReadProblem> skippedLines = new ArrayList<>();
        ReadCurveFile.inOrder(files, (i, read) -> {
            if (read == null) {
                return;
            }
            curves.beginTrial(curves.trials().get(i));
            read.replay(curves::add);
            curves.endTrial();
            int skipped = read.skipped();
            if (skipped > 0) {
                skippedLines.add(new ReadProblem(
                        read.file(),
                        read.firstSkippedLine(),
                        skipped == 1
                                ? read.firstSkippedReason()
                                : read.firstSkippedReason() + ", and " + (skipped - 1)
                                        + " more lines skipped in this file"));
            }
        });
        return skippedLines;
    }

    /**
     * The curve file a trial line names, relative to the directory of the results file that holds the
     * line: the results directory itself for the engine's own layout, else any directory holding a results
     * file. Never a file outside the results directory.
     */
    private Path locate(String relative) throws IOException {
        Path found = within(resultsDirectory, relative);
        if (found != null) {
            return found;
        }
        for (Path directory : resultFileDirectories()) {
            found = within(directory, relative);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Path within(Path directory, String relative) {
        try {
            Path file = directory.resolve(relative).normalize();
            return file.startsWith(resultsDirectory) && Files.isRegularFile(file) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private List<Path> resultFileDirectories() throws IOException {
        if (resultFileDirectories == null) {
            Set<Path> directories = new LinkedHashSet<>();
            try (Stream<Path> walk = Files.walk(resultsDirectory)) {
                walk.filter(JsonLinesResultReader::isResultsFile)
                        .filter(Files::isRegularFile)
                        .map(Path::getParent)
                        .sorted()
                        .forEach(directories::add);
            }
            directories.remove(resultsDirectory);
            resultFileDirectories = List.copyOf(directories);
        }
        return resultFileDirectories;
    }
}

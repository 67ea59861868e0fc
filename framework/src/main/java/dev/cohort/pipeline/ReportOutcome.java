package dev.cohort.pipeline;

import dev.cohort.results.ReadProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run of the {@link ReportPipeline} did.
 *
 * @param index the HTML report, the file to open first
 * @param files every file written, all inside the reports directory
 * @param trials the number of trials read
 * @param experiments the number of experiments analyzed
 * @param problems the lines of the results that could not be read
 * @param notes what a reader of the build log must know about the study: stale trials left out or
 *     included, declared trials missing ({@link dev.cohort.report.StudyNotes#log})
 * @param headlines every experiment's headline ({@link dev.cohort.report.Headline#text()}), prefixed with
 *     its short name, for the build log's summary
 */
public record ReportOutcome(
        Path index,
        List<Path> files,
        int trials,
        int experiments,
        List<ReadProblem> problems,
        List<String> notes,
        List<String> headlines) {

    /** Copies the lists. */
    public ReportOutcome {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        headlines = List.copyOf(headlines);
    }

    /** An outcome without headlines. */
    public ReportOutcome(
            Path index, List<Path> files, int trials, int experiments, List<ReadProblem> problems, List<String> notes) {
        this(index, files, trials, experiments, problems, notes, List.of());
    }

    /** An outcome without notes. */
    public ReportOutcome(Path index, List<Path> files, int trials, int experiments, List<ReadProblem> problems) {
        this(index, files, trials, experiments, problems, List.of());
    }
}

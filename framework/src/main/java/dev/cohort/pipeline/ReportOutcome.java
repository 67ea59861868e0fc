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
 */
public record ReportOutcome(
        Path index, List<Path> files, int trials, int experiments, List<ReadProblem> problems, List<String> notes) {

    /** Copies the lists. */
    public ReportOutcome {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** An outcome without notes. */
    public ReportOutcome(Path index, List<Path> files, int trials, int experiments, List<ReadProblem> problems) {
        this(index, files, trials, experiments, problems, List.of());
    }
}

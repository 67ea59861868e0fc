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
 */
public record ReportOutcome(Path index, List<Path> files, int trials, int experiments, List<ReadProblem> problems) {

    /** Copies the lists. */
    public ReportOutcome {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}

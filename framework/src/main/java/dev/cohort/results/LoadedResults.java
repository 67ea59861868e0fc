package dev.cohort.results;

import java.util.List;

/**
 * The trials read from a results directory, with the lines that could not be read.
 *
 * @param trials every readable trial, in file order (files sorted by path)
 * @param problems the malformed or truncated lines, each naming its file and line
 */
public record LoadedResults(List<TrialResult> trials, List<ReadProblem> problems) {

    /** Copies the lists; a {@link TrialTable} of trials is immutable, so it is kept as it is. */
    public LoadedResults {
        trials = trials instanceof TrialTable ? trials : List.copyOf(trials);
        problems = List.copyOf(problems);
    }
}

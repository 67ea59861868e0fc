package dev.cohort.analysis;

import java.util.List;

/**
 * The analysis of every experiment found in a set of results: the model that all report writers
 * read. Field names follow {@code summary.json} (SPEC section 5).
 *
 * @param experiments one analysis per experiment id, sorted by id
 */
public record StudyAnalysis(List<ExperimentAnalysis> experiments) {

    /** Copies the list. */
    public StudyAnalysis {
        experiments = List.copyOf(experiments);
    }
}

package dev.cohort.analysis;

import dev.cohort.results.TrialResult;
import java.util.List;

/** Turns trial results into the statistical comparison that report writers present. */
public final class Analyzer {

    private Analyzer() {}

    /**
     * Analyzes all trials: groups them by experiment, metric and configuration and computes the
     * statistics of SPEC section 5.
     */
    public static StudyAnalysis analyze(List<TrialResult> trials) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

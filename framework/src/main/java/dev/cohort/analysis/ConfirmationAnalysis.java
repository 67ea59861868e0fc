package dev.cohort.analysis;

import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.ConfirmationSelection;
import java.util.List;

/**
 * The confirmation stage of an experiment with {@code @Confirm}: which configurations the tuning stage
 * selected, and the analysis of their trials on the fresh seeds, on which the experiment's conclusions
 * and expectations are drawn. Comparisons are among the selected configurations only, one small family.
 *
 * @param declaration the experiment's {@code @Confirm}: per, metric, goal and the confirmation seeds
 * @param selection the selected configurations with their tuning means ({@link ConfirmationSelection},
 *     the rule the engine ran them by)
 * @param trials the confirmation trials (selected configuration x confirmation seed) that entered the
 *     analysis
 * @param successful how many of them succeeded
 * @param failures the confirmation trials that failed or were aborted, with their causes
 * @param metrics one analysis per recorded metric over the confirmation trials of the selected
 *     configurations
 * @param coverage how many of the declared confirmation trials (selected configurations x confirmation
 *     seeds) have results
 */
public record ConfirmationAnalysis(
        ConfirmationDeclaration declaration,
        ConfirmationSelection selection,
        int trials,
        int successful,
        List<FailedTrial> failures,
        List<MetricAnalysis> metrics,
        Coverage coverage) {

    /** Copies the lists. */
    public ConfirmationAnalysis {
        failures = List.copyOf(failures);
        metrics = List.copyOf(metrics);
    }
}

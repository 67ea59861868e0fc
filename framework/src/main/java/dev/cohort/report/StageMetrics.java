package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.results.TrialStage;
import java.util.ArrayList;
import java.util.List;

/**
 * One metric analysis of one stage of an experiment, for the files with a {@code stage} column: with
 * {@code @Confirm}, the confirmation's metrics (the conclusions) come first, then the tuning stage's
 * (exploratory); without, the experiment's metrics, all of the tuning stage.
 *
 * @param stage the stage the metric was analysed over
 * @param metric the analysis
 */
record StageMetrics(TrialStage stage, MetricAnalysis metric) {

    /** The experiment's metric analyses, stage by stage: confirmation first. */
    static List<StageMetrics> of(ExperimentAnalysis experiment) {
        List<StageMetrics> all = new ArrayList<>();
        if (experiment.hasConfirmation()) {
            experiment.confirmation().metrics().forEach(m -> all.add(new StageMetrics(TrialStage.CONFIRMATION, m)));
        }
        experiment.metrics().forEach(m -> all.add(new StageMetrics(TrialStage.TUNING, m)));
        return all;
    }
}

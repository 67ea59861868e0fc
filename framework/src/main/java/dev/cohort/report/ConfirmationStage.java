package dev.cohort.report;

import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.SelectedConfiguration;
import dev.cohort.results.TrialStage;
import java.util.IntSummaryStatistics;
import java.util.List;

/**
 * How the report presents the two stages of an experiment with {@code @Confirm}: the words of the
 * confirmation's heading and selection rule and of the exploratory tuning's heading, which the HTML page
 * and {@code report.tex} share, and the confirmation stage as an experiment of its own, so the sections
 * that present an experiment's metrics (comparisons, failed trials) present it unchanged.
 */
final class ConfirmationStage {

    /** The heading of the tuning stage of an experiment with a confirmation stage. */
    static final String EXPLORATORY = "Tuning (exploratory): the selection's seeds; not a test of the winners";

    /** Appended to the experiment id to name its confirmation stage, so its charts and labels are its own. */
    static final String SUFFIX = " (confirmation)";

    private ConfirmationStage() {}

    /**
     * The confirmation stage of {@code experiment} as an experiment ({@link
     * ExperimentAnalysis#stage(TrialStage)}), named {@code <id> (confirmation)} so that its charts and
     * LaTeX labels are not the tuning stage's.
     */
    static ExperimentAnalysis view(ExperimentAnalysis experiment) {
        ExperimentAnalysis s = experiment.stage(TrialStage.CONFIRMATION);
        return new ExperimentAnalysis(
                s.id() + SUFFIX,
                s.parameters(),
                s.trials(),
                s.successful(),
                s.failures(),
                s.metrics(),
                s.curves(),
                s.coverage(),
                s.notRun(),
                s.stale(),
                null);
    }

    /** For example {@code Confirmation on 30 fresh seeds}. */
    static String heading(ConfirmationAnalysis confirmation) {
        int seeds = confirmation.declaration().seeds().size();
        return "Confirmation on " + StudyNotes.count(seeds, "fresh seed");
    }

    /**
     * The selection rule in one sentence, for example {@code Selected: per algorithm, the configuration
     * with the best mean of final_error (lower is better) over the 30 tuning seeds, a tie to the first in
     * declared order; each selected configuration then ran on 30 fresh seeds, disjoint from the tuning
     * seeds. Conclusions are drawn from these runs only.}
     */
    static String rule(ConfirmationAnalysis confirmation) {
        ConfirmationDeclaration declaration = confirmation.declaration();
        return "Selected: " + groups(declaration.per()) + ", the configuration with the best mean of "
                + declaration.metric() + " (" + Labels.goal(declaration.goal()) + ") over "
                + tuningSeeds(confirmation.selection().selected())
                + ", a tie to the first in declared order; each selected configuration then ran on "
                + StudyNotes.count(declaration.seeds().size(), "fresh seed")
                + ", disjoint from the tuning seeds. Conclusions are drawn from these runs only.";
    }

    /**
     * Why the selected configurations have no comparison of {@code metric}: the confirmation's own reason
     * ({@link ConfirmationAnalysis#reasons()}, fewer than two selected), else fewer than two of them with
     * values of the metric.
     */
    static String nothingToCompare(ConfirmationAnalysis confirmation, String metric) {
        String reason = confirmation.reasons().get("comparisons");
        if (reason == null) {
            reason = "fewer than two selected configurations have confirmation values of " + metric
                    + ", so they are not compared yet";
        }
        return sentence(reason);
    }

    /** {@code text} as a sentence: capitalised, with a full stop. */
    static String sentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String capitalised = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }

    private static String groups(List<String> per) {
        if (per.isEmpty()) {
            return "of all configurations";
        }
        if (per.size() == 1) {
            return "per " + per.get(0);
        }
        return "per combination of " + String.join(", ", per.subList(0, per.size() - 1)) + " and "
                + per.get(per.size() - 1);
    }

    private static String tuningSeeds(List<SelectedConfiguration> selected) {
        IntSummaryStatistics n =
                selected.stream().mapToInt(SelectedConfiguration::tuningSeeds).summaryStatistics();
        if (n.getCount() == 0) {
            return "the tuning seeds";
        }
        if (n.getMin() == n.getMax()) {
            return "the " + StudyNotes.count(n.getMin(), "tuning seed");
        }
        return "the tuning seeds (" + n.getMin() + " to " + n.getMax() + " per configuration)";
    }
}

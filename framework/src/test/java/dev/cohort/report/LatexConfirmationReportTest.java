package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code report.tex} of an experiment with {@code @Confirm}: the confirmation subsection with the table of
 * the selected configurations and their comparisons first, then the tuning tables under a subsection and
 * with captions that label them exploratory; the degenerate stages say why they have no comparison or no
 * confirmed values. {@code LatexCompilesTest} compiles them.
 */
class LatexConfirmationReportTest {

    private static String render(ExperimentAnalysis experiment) {
        return new LatexReportFormat().render(new StudyAnalysis(List.of(experiment)), Fixtures.context());
    }

    @Test
    void theConfirmationComesFirstAndTheTuningTablesAreLabelledExploratory() {
        String tex = render(ConfirmationFixtures.experiment(List.of("algorithm"), 30));

        int confirmation =
                tex.indexOf("\\subsection*{\\raggedright Confirmation on 30 fresh seeds (StepSize\\#tracking)}");
        int table = tex.indexOf("\\caption{Confirmation stage of tracking, final\\_error: the selected"
                + " configurations on fresh seeds.}");
        int comparisons = tex.indexOf(
                "\\caption{tracking (confirmation), final\\_error: each" + " configuration against the best, ");
        int tuning =
                tex.indexOf("\\subsection*{\\raggedright Tuning (exploratory): the selection's seeds; not a test of the"
                        + " winners (StepSize\\#tracking)}");
        int tuningSummary = tex.indexOf("\\caption{tracking, final\\_error (lower is better)");
        assertThat(List.of(confirmation, table, comparisons, tuning, tuningSummary))
                .doesNotContain(-1)
                .isSorted();
        assertThat(tex.substring(0, confirmation))
                .contains("The tuning stage is exploratory: its seeds selected the configurations confirmed on fresh"
                        + " seeds, so its differences are not tests of the winners")
                .contains("over all 45 pairs of the 10 configurations");
        // 2 summaries and the pairs against the best of final_error; time_s has no best and 45 pairs
        assertThat(tex.split("tuning stage \\(exploratory\\)", -1)).hasSize(1 + 3);
        assertThat(tex).contains("The 45 pairwise comparisons of tracking, time\\_s, are in comparisons.tex.");
        assertThat(tex).doesNotContain("NaN");
    }

    @Test
    void theTableHoldsTheTuningMeanTheConfirmedMeanWithItsIntervalAndTheShrinkage() {
        ExperimentAnalysis experiment = ConfirmationFixtures.experiment(List.of("algorithm"), 30);
        String tex = render(experiment);

        assertThat(tex).contains("Configuration & Tuning & Confirmed & 95\\% CI & Shrinkage \\\\");
        for (ConfirmedSelection row : ConfirmedSelection.of(experiment.confirmation())) {
            double tuning = row.selected().tuningMean();
            double confirmed = row.confirmedMean().value();
            double shrinkage = confirmed - tuning;
            assertThat(shrinkage).isPositive();
            IntervalDigits digits = IntervalDigits.of(row.ciLow(), row.ciHigh());
            assertThat(tex)
                    .contains("\\raggedright " + Latex.escape(row.label()) + " & $" + Numbers.latex(tuning)
                            + "$ & $"
                            + digits.latex(confirmed) + "$ & $["
                            + digits.latex(row.ciLow().value()) + ", "
                            + digits.latex(row.ciHigh().value()) + "]$ & $+" + Numbers.latex(shrinkage) + "$ \\\\");
        }
    }

    @Test
    void oneSelectedConfigurationWithMissingTrialsSaysWhyItHasNoComparison() {
        ExperimentAnalysis experiment = ConfirmationFixtures.experiment(List.of(), 12);
        String tex = render(experiment);

        String why = experiment.confirmation().reasons().get("comparisons");
        assertThat(why).startsWith("one configuration is selected");
        assertThat(tex)
                .contains("Configuration & Tuning & Confirmed & 95\\% CI & Shrinkage & $n$ \\\\")
                .contains("; confirmation stage: 12 of 30 declared trials have results; 18 missing. "
                        + Latex.escape(ConfirmationStage.sentence(why)).replaceAll("\\.$", "") + ".\n")
                .doesNotContain("org.acme.StepSize\\#tracking (confirmation)");
    }

    @Test
    void withoutConfirmationTrialsTheConfirmedCellsAreMissingWithTheirReason() {
        String tex = render(ConfirmationFixtures.experiment(List.of("algorithm"), 0));

        assertThat(tex)
                .contains("& --- & --- & --- & 0 \\\\")
                .contains("% --- confirmedMean: no confirmation trial has run yet")
                .doesNotContain("NaN", "(confirmation)");
    }

    @Test
    void anExperimentWithoutConfirmationHasNoStageSubsections() {
        String tex = new LatexReportFormat().render(Fixtures.study(), Fixtures.context());

        assertThat(tex).doesNotContain("\\subsection", "exploratory", "Confirmation");
    }
}

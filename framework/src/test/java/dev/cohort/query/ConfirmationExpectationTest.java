package dev.cohort.query;

import static dev.cohort.analysis.ConfirmationStudy.ID;
import static dev.cohort.analysis.ConfirmationStudy.config;
import static dev.cohort.assertions.CohortAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.analysis.ConfirmationStudy;
import dev.cohort.query.ExpectationCheck.Outcome;
import dev.cohort.query.ExpectationCheck.Verdict;
import dev.cohort.results.Expectation;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expectations, assertions and queries of an experiment with {@code @Confirm}: judged on the fresh seeds. */
class ConfirmationExpectationTest {

    private static final Expectation IDBD_BEATS_LMS =
            new Expectation("Tracking#run", "final_error", "algorithm=IDBD", "algorithm=LMS", 0.05);

    /** The tuning means favour IDBD; on the fresh seeds IDBD is no better than LMS. */
    private static Results notConfirmed() {
        List<TrialResult> trials = new ArrayList<>(ConfirmationStudy.tuning());
        trials.addAll(ConfirmationStudy.confirmation(config("LMS", 0.3), ConfirmationStudy.LMS));
        trials.addAll(ConfirmationStudy.confirmation(config("IDBD", 0.1), new double[] {3.30, 3.12, 3.61, 2.85, 3.47}));
        trials.addAll(ConfirmationStudy.confirmation(config("Adam", 0.3), ConfirmationStudy.ADAM));
        return Results.of(trials, List.of(ConfirmationStudy.manifest("algorithm")));
    }

    private static Results confirmed() {
        return Results.of(ConfirmationStudy.all(), List.of(ConfirmationStudy.manifest("algorithm")));
    }

    @Test
    void anExpectationHoldsOnTheConfirmationStageAndSaysSo() {
        Outcome outcome = ExpectationCheck.check(confirmed(), IDBD_BEATS_LMS);

        assertThat(outcome.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(outcome.message())
                .startsWith("Expectation holds: Tracking#run final_error (confirmed on 5 fresh seeds): best of"
                        + " algorithm=IDBD (algorithm=IDBD, step=0.1, mean 2.034)")
                .contains("significantly lower than best of algorithm=LMS (algorithm=LMS, step=0.3, mean 3.27)")
                .contains("paired t");
    }

    @Test
    void anExpectationTheTuningStageWouldGrantFailsWhenTheFreshSeedsDoNotConfirmIt() {
        Results results = notConfirmed();

        Outcome outcome = ExpectationCheck.check(results, IDBD_BEATS_LMS);

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(outcome.message())
                .startsWith("Expectation failed: Tracking#run final_error (confirmed on 5 fresh seeds): ")
                .contains("is not lower than best of algorithm=LMS");
        // by the tuning means, which chose the configurations, IDBD (2.0) is far below LMS (3.0)
        MetricView tuning = MetricView.of(results.experiment(ID).orElseThrow(), TrialStage.TUNING, "final_error");
        assertThat(tuning.select("algorithm=IDBD").mean().value()).isEqualTo(2.0);
        assertThat(tuning.select("algorithm=LMS").mean().value()).isEqualTo(3.0);
        assertThat(tuning.stageLabel()).isEqualTo("tuning stage, exploratory");
    }

    @Test
    void withoutConfirmationResultsTheExpectationIsPendingNotJudgedOnTheTuningTrials() {
        Results results = Results.of(ConfirmationStudy.tuning(), List.of(ConfirmationStudy.manifest("algorithm")));

        Outcome outcome = ExpectationCheck.check(results, IDBD_BEATS_LMS);

        assertThat(outcome.verdict()).isEqualTo(Verdict.PENDING);
        assertThat(outcome.holds()).isFalse();
        assertThat(outcome.message())
                .isEqualTo("Expectation not judged yet: Tracking#run final_error: algorithm=IDBD better than"
                        + " algorithm=LMS (alpha 0.05): the confirmation stage has no successful trial yet (0 of 15"
                        + " trials on the 5 fresh seeds have results); it is judged on the confirmation stage, not on"
                        + " the tuning trials that selected the configurations");
    }

    @Test
    void missingConfirmationTrialsAreNamedInTheVerdict() {
        List<TrialResult> trials = new ArrayList<>(ConfirmationStudy.all());
        trials.remove(trials.size() - 1);

        Outcome outcome = ExpectationCheck.check(
                Results.of(trials, List.of(ConfirmationStudy.manifest("algorithm"))), IDBD_BEATS_LMS);

        assertThat(outcome.message()).contains("(confirmed on 5 fresh seeds; 1 of 15 confirmation trials missing)");
    }

    @Test
    void aSelectorMatchingNoSelectedConfigurationIsInvalidAndSaysWhatTheConfirmationHolds() {
        Expectation unselected = new Expectation("Tracking#run", "final_error", "step=0.1", "algorithm=LMS", 0.05);

        Outcome outcome = ExpectationCheck.check(confirmed(), unselected);

        assertThat(outcome.verdict()).isEqualTo(Verdict.HOLDS);
        Expectation never =
                new Expectation("Tracking#run", "final_error", "algorithm=IDBD, step=0.3", "algorithm=LMS", 0.05);
        assertThat(ExpectationCheck.check(confirmed(), never).message())
                .contains("matches no configuration")
                .contains("the confirmation stage holds the configurations the tuning stage selected");
    }

    @Test
    void assertionsAreJudgedOnTheConfirmationStageAndTuningIsThereForExploration() {
        assertThat(confirmed())
                .experiment("Tracking#run")
                .hasSuccessfulTrials(15)
                .metric("final_error")
                .config("algorithm=IDBD")
                .isSignificantlyLowerThan("algorithm=LMS");

        assertThatThrownBy(() -> assertThat(notConfirmed())
                        .experiment("Tracking#run")
                        .metric("final_error")
                        .config("algorithm=IDBD")
                        .isSignificantlyLowerThan("algorithm=LMS"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("in final_error (confirmed on 5 fresh seeds)");
        assertThat(notConfirmed())
                .experiment("Tracking#run")
                .tuning()
                .hasSuccessfulTrials(18)
                .metric("final_error")
                .config("algorithm=IDBD")
                .hasMeanBetween(1.99, 2.01);
    }

    @Test
    void anAssertionOnAConfirmationWithoutResultsFailsWithTheReason() {
        Results results = Results.of(ConfirmationStudy.tuning(), List.of(ConfirmationStudy.manifest("algorithm")));

        assertThatThrownBy(() -> assertThat(results).experiment("Tracking#run").metric("final_error"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cannot be judged yet: the confirmation stage has no successful trial yet")
                .hasMessageContaining("tuning() asserts on those");
    }

    @Test
    void theQueryOffersEachStage() {
        Results results = confirmed();

        assertThat(results.query("Tracking#run").trials()).hasSize(18);
        assertThat(results.query("Tracking#run", TrialStage.TUNING).trials()).hasSize(18);
        assertThat(results.query("Tracking#run", TrialStage.CONFIRMATION).trials())
                .hasSize(15)
                .allSatisfy(t -> assertThat(t.isConfirmation()).isTrue());
        Results plain = Results.of(ConfirmationStudy.tuning(), List.of());
        assertThatThrownBy(() -> plain.query("Tracking#run", TrialStage.CONFIRMATION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no confirmation stage");
    }

    @Test
    void theStatusCountsTheConfirmationStageOnARowOfItsOwn() {
        List<TrialResult> trials = new ArrayList<>(ConfirmationStudy.all());
        trials.remove(trials.size() - 1);
        Results results = Results.of(trials, List.of(ConfirmationStudy.manifest("algorithm")));

        List<StudyStatus.ExperimentStatus> statuses = StudyStatus.of(results);

        assertThat(statuses)
                .extracting(StudyStatus.ExperimentStatus::stage)
                .containsExactly(TrialStage.TUNING, TrialStage.CONFIRMATION);
        StudyStatus.ExperimentStatus confirmation = statuses.get(1);
        assertThat(confirmation.expected()).isEqualTo(15);
        assertThat(confirmation.done()).isEqualTo(14);
        assertThat(confirmation.missing()).containsExactly("algorithm=Adam, step=0.3 seed #4 (95)");
        assertThat(statuses.get(0).done()).isEqualTo(18);
        assertThat(StatusTable.lines(statuses, 5))
                .anySatisfy(line -> assertThat(line).startsWith("Tracking#run (confirmation)"))
                .contains("Missing confirmation trials of " + ID + ":");
    }
}

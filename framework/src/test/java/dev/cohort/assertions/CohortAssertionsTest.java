package dev.cohort.assertions;

import static dev.cohort.assertions.CohortAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.query.Results;
import dev.cohort.query.Studies;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortAssertionsTest {

    private final Results clear = Results.of(Studies.trials(20, 0.3, 4.2, 3.6, 1.9, 2.1), List.of());
    private final Results noisy = Results.of(Studies.trials(5, 1.5, 4.2, 3.6, 2.6, 3.9), List.of());

    @Test
    void passesWhenTheDataShowIt() {
        assertThat(clear)
                .experiment("StepSizeExperiments#tracking")
                .hasNoFailedTrials()
                .hasSuccessfulTrials(80)
                .metric("final_error")
                .config("algorithm=IDBD")
                .isSignificantlyLowerThan("algorithm=LMS")
                .hasMeanBetween(1.5, 2.5)
                .hasSuccessfulTrials(20);
        assertThat(clear)
                .experiment(Studies.ID)
                .metric("final_error")
                .config("algorithm=LMS")
                .isSignificantlyHigherThan("algorithm=IDBD, stepSize=0.03");
        assertThat(noisy)
                .experiment(Studies.ID)
                .metric("final_error")
                .config("algorithm=IDBD, stepSize=0.01")
                .isNotSignificantlyDifferentFrom("algorithm=LMS, stepSize=0.03");
    }

    @Test
    void aFailedComparisonShowsMeansIntervalsSizesTestAndHolmP() {
        assertThatThrownBy(() -> assertThat(noisy)
                        .experiment(Studies.ID)
                        .metric("final_error")
                        .config("algorithm=IDBD")
                        .isSignificantlyLowerThan("algorithm=LMS"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected algorithm=IDBD to be significantly lower than algorithm=LMS in"
                        + " final_error, but it is not significant")
                .hasMessageContaining("algorithm=IDBD, stepSize=0.01: mean 2.822, 95% CI [0.4037, 5.241], n = 5")
                .hasMessageContaining("95% CI [")
                .hasMessageContaining("n = 5")
                .hasMessageContaining("algorithm=LMS, stepSize=0.03: mean ")
                // every configuration ran the same seeds, so the test is a paired one
                .hasMessageMatching("(?s).*(paired t|Wilcoxon signed-rank): Holm-adjusted p = [0-9.]+ >= alpha"
                        + " 0.05 \\(unadjusted p = .*");
    }

    @Test
    void withAlphaChangesTheLevel() {
        assertThatThrownBy(() -> assertThat(clear)
                        .experiment(Studies.ID)
                        .metric("final_error")
                        .config("algorithm=IDBD")
                        .withAlpha(1e-300)
                        .isSignificantlyLowerThan("algorithm=LMS"))
                .hasMessageContaining("alpha 1.00e-300");
    }

    @Test
    void aWrongDirectionSaysSo() {
        assertThatThrownBy(() -> assertThat(clear)
                        .experiment(Studies.ID)
                        .metric("final_error")
                        .config("algorithm=IDBD")
                        .isSignificantlyHigherThan("algorithm=LMS"))
                .hasMessageContaining("but it is not higher");
    }

    @Test
    void meanOutsideTheRangeShowsTheMeanAndInterval() {
        assertThatThrownBy(() -> assertThat(clear)
                        .experiment(Studies.ID)
                        .metric("final_error")
                        .config("algorithm=LMS, stepSize=0.01")
                        .hasMeanBetween(0, 1))
                .hasMessageContaining("Expected the mean final_error of algorithm=LMS, stepSize=0.01 to be between 0"
                        + " and 1, but it is 4.")
                .hasMessageContaining("95% CI [");
    }

    @Test
    void unknownNamesAreReportedWithWhatExists() {
        assertThatThrownBy(() -> assertThat(clear).experiment("Other#run"))
                .hasMessageContaining("No experiment Other#run")
                .hasMessageContaining(Studies.ID);
        assertThatThrownBy(() -> assertThat(clear).experiment(Studies.ID).metric("accuracy"))
                .hasMessageContaining("recorded no metric \"accuracy\"");
        assertThatThrownBy(() -> assertThat(clear)
                        .experiment(Studies.ID)
                        .metric("final_error")
                        .config("algorithm=SGD"))
                .hasMessageContaining("\"algorithm=SGD\" matches no configuration");
        assertThatThrownBy(() -> assertThat(clear)
                        .experiment(Studies.ID)
                        .metric("final_error")
                        .config("algorithm=IDBD")
                        .hasSuccessfulTrials(30))
                .hasMessageContaining("Expected 30 successful trials of algorithm=IDBD, stepSize=0.01")
                .hasMessageContaining("found 20");
    }
}

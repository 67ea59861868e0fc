package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.query.ExpectationCheck.Outcome;
import dev.cohort.query.ExpectationCheck.Verdict;
import dev.cohort.results.ConfigSelector;
import dev.cohort.results.Expectation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpectationCheckTest {

    private static final Expectation IDBD_BEATS_LMS =
            new Expectation("StepSizeExperiments#tracking", "final_error", "algorithm=IDBD", "algorithm=LMS", 0.05);

    @Test
    void holdsWhenTheBestOfOneSideIsSignificantlyBetter() {
        Results results = Results.of(Studies.trials(20, 0.3, 4.2, 3.6, 1.9, 2.1), List.of());

        Outcome outcome = ExpectationCheck.check(results, IDBD_BEATS_LMS);

        assertThat(outcome.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(outcome.message())
                .startsWith("Expectation holds: StepSizeExperiments#tracking final_error: best of algorithm=IDBD"
                        + " (algorithm=IDBD, stepSize=0.01, mean 1.")
                .contains("is significantly lower than best of algorithm=LMS (algorithm=LMS, stepSize=0.03, mean 3.")
                .containsPattern("Holm p (= [0-9.]+(e-[0-9]+)?|< 1e-16) < alpha 0.05")
                .doesNotContain("= <");
    }

    @Test
    void failsWithMeansTestAndPWhenTheDifferenceIsNotSignificant() {
        Results results = Results.of(Studies.trials(5, 1.5, 4.2, 3.6, 2.6, 3.9), List.of());

        Outcome outcome = ExpectationCheck.check(results, IDBD_BEATS_LMS);

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(outcome.message())
                .startsWith("Expectation failed: StepSizeExperiments#tracking final_error: best of algorithm=IDBD"
                        + " (algorithm=IDBD, stepSize=")
                .contains("is not significantly lower than best of algorithm=LMS (algorithm=LMS, stepSize=")
                // every configuration ran the same seeds, so the test is a paired one
                .containsPattern("(paired t|Wilcoxon signed-rank), Holm p = [0-9.e-]+ >= alpha 0.05");
    }

    @Test
    void failsWhenTheOtherSideIsBetter() {
        Results results = Results.of(Studies.trials(20, 0.3, 1.9, 2.1, 4.2, 3.6), List.of());

        Outcome outcome = ExpectationCheck.check(results, IDBD_BEATS_LMS);

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(outcome.message()).contains("is not lower than best of algorithm=LMS");
    }

    @Test
    void anExpectationMatchingNoConfigurationIsInvalidAndNamed() {
        Results results = Results.of(Studies.trials(5, 0.3, 4, 3, 2, 1), List.of());

        Outcome outcome = ExpectationCheck.check(
                results,
                new Expectation("StepSizeExperiments#tracking", "final_error", "algorithm=SGD", "algorithm=LMS", 0.05));

        assertThat(outcome.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(outcome.message())
                .contains("\"algorithm=SGD\" matches no configuration")
                .contains("algorithm=IDBD, stepSize=0.03");
    }

    @Test
    void unknownExperimentsAndMetricsAreInvalid() {
        Results results = Results.of(Studies.trials(5, 0.3, 4, 3, 2, 1), List.of());

        assertThat(ExpectationCheck.check(results, new Expectation("Nope#x", "final_error", "a=1", "a=2", 0.05))
                        .message())
                .contains("No experiment Nope#x")
                .contains(Studies.ID);
        assertThat(ExpectationCheck.check(
                                results,
                                new Expectation(Studies.ID, "accuracy", "algorithm=IDBD", "algorithm=LMS", 0.05))
                        .message())
                .contains("recorded no metric \"accuracy\"");
    }

    @Test
    void declaredExpectationsComeFromTheManifests() {
        Results results = Results.of(List.of(), List.of(Studies.manifest(3, IDBD_BEATS_LMS)));

        assertThat(ExpectationCheck.declared(results)).containsExactly(IDBD_BEATS_LMS);
    }

    @Test
    void selectorsMatchPartialValuesAndNumbersNumerically() {
        ConfigSelector selector = ConfigSelector.parse("algorithm=IDBD, stepSize=0.010");

        assertThat(selector.matches(Map.of("algorithm", "IDBD", "stepSize", 0.01, "other", 1)))
                .isTrue();
        assertThat(selector.matches(Map.of("algorithm", "LMS", "stepSize", 0.01)))
                .isFalse();
        assertThat(ConfigSelector.parse("").matches(Map.of("a", 1))).isTrue();
    }

    @Test
    void describesNumbersWithFourSignificantDigits() {
        assertThat(Describe.number(1.93812)).isEqualTo("1.938");
        assertThat(Describe.number(0.31)).isEqualTo("0.31");
        assertThat(Describe.number(1.2e-20)).isEqualTo("1.20e-20");
        assertThat(Describe.number(null)).isEqualTo("undefined");
    }
}

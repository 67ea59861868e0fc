package dev.cohort.assertions;

import static dev.cohort.assertions.CohortAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cohort.query.ExpectationCheck;
import dev.cohort.query.MetricView;
import dev.cohort.query.Results;
import dev.cohort.query.Studies;
import dev.cohort.results.Expectation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** cohort:check, the assertions and the query API give one answer to "is IDBD significantly better than LMS?". */
class OneSignificanceRuleTest {

    static Stream<Arguments> studies() {
        return Stream.of(
                Arguments.of("significantly lower", 20, 0.3, new double[] {4.2, 3.6, 1.9, 2.1}, true),
                Arguments.of("lower, not significantly", 5, 1.5, new double[] {4.2, 3.6, 2.6, 3.9}, false),
                Arguments.of("higher", 20, 0.3, new double[] {1.9, 2.1, 4.2, 3.6}, false),
                Arguments.of("equal constants", 5, 0, new double[] {2, 2, 2, 2}, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("studies")
    void everyCallerAppliesTheSameRule(String name, int seeds, double sd, double[] means, boolean better) {
        Results results = Results.of(Studies.trials(seeds, sd, means), List.of());
        Expectation expectation = new Expectation(Studies.ID, "final_error", "algorithm=IDBD", "algorithm=LMS", 0.05);

        boolean check = ExpectationCheck.check(results, expectation).holds();
        MetricView view = MetricView.of(results.experiment(Studies.ID).orElseThrow(), "final_error");
        boolean query = view.significance(view.select("algorithm=IDBD"), view.select("algorithm=LMS"), 0.05)
                .isSignificantlyBetter();
        Throwable assertion = catchThrowable(() -> assertThat(results)
                .experiment(Studies.ID)
                .metric("final_error")
                .config("algorithm=IDBD")
                .isSignificantlyLowerThan("algorithm=LMS"));

        assertThat(check).as("cohort:check").isEqualTo(better);
        assertThat(query).as("MetricView.significance").isEqualTo(better);
        assertThat(assertion == null).as("isSignificantlyLowerThan passes").isEqualTo(better);
    }
}

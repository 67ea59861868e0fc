package dev.cohort.assertions;

import static dev.cohort.assertions.CohortAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.query.Reduce;
import dev.cohort.query.Results;
import dev.cohort.query.Studies;
import dev.cohort.query.TrialQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryAssertTest {

    private static final TrialQuery IDBD = Results.of(Studies.trials(5, 0, 4.0, 3.0, 1.0, 2.0), List.of())
            .query(Studies.ID)
            .where("algorithm", "IDBD");

    @Test
    void passesWhenTheBestConfigurationMatches() {
        assertThat(IDBD).hasSuccessfulTrials(10).hasBest("final_error", "stepSize=0.01");
    }

    @Test
    void failureListsEveryConfigurationWithItsMean() {
        // Constant values: no t interval, as in the report (R's t.test refuses essentially constant data).
        assertThatThrownBy(() -> assertThat(IDBD).hasBest(Reduce.metric("final_error"), "stepSize=0.03"))
                .hasMessage("Expected the best configuration by final_error (minimize) to match stepSize=0.03,"
                        + " but it is algorithm=IDBD, stepSize=0.01:\n"
                        + "  algorithm=IDBD, stepSize=0.01: mean 1, n = 5\n"
                        + "  algorithm=IDBD, stepSize=0.03: mean 2, n = 5");
    }
}

package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.query.StudyStatus.ExperimentStatus;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyStatusTest {

    @Test
    void countsExpectedDoneFailedAndMissingTrialsFromTheDeclaration() {
        List<TrialResult> trials = new ArrayList<>(Studies.trials(3, 0.1, 1, 2, 3, 4));
        trials.remove(trials.size() - 1);
        trials.remove(0);
        TrialResult first = trials.get(0);
        trials.set(
                0,
                new TrialResult(
                        first.experiment(),
                        first.config(),
                        first.seed(),
                        first.seedIndex(),
                        TrialStatus.FAILED,
                        first.metrics(),
                        1,
                        null,
                        first.goals(),
                        null,
                        null,
                        first.configIndex(),
                        null));
        Results results = Results.of(trials, List.of(Studies.manifest(4)));

        List<ExperimentStatus> statuses = StudyStatus.of(results);

        assertThat(statuses).singleElement().satisfies(s -> {
            assertThat(s.expected()).isEqualTo(16);
            assertThat(s.done()).isEqualTo(9);
            assertThat(s.failed()).isEqualTo(1);
            assertThat(s.missing())
                    .hasSize(6)
                    .contains(
                            "algorithm=LMS, stepSize=0.01 seed #0 (1000)",
                            "algorithm=IDBD, stepSize=0.03 seed #3 (1003)");
        });
        List<String> lines = StatusTable.lines(statuses, 4);
        assertThat(lines.get(0)).startsWith("experiment").contains("configs  seeds  expected  done  failed  missing");
        assertThat(lines.get(1)).startsWith("StepSizeExperiments#tracking").endsWith("16     9       1        6");
        assertThat(lines).contains("  and 2 more");
    }

    @Test
    void experimentsWithoutADeclarationShowUnknownExpectations() {
        Results results = Results.of(Studies.trials(2, 0.1, 1, 2, 3, 4), List.of());

        List<String> lines = StatusTable.lines(StudyStatus.of(results), 10);

        assertThat(lines.get(1)).contains("?").endsWith("8       0        ?");
        assertThat(lines).anyMatch(l -> l.contains("no recorded declaration"));
    }
}

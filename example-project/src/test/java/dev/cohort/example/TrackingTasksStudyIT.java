package dev.cohort.example;

import static dev.cohort.assertions.CohortAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.assertions.TasksAssert;
import dev.cohort.query.Results;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the across-task study ({@link TrackingTasksExperiments}) must show, asserted after Surefire ran it
 * (see {@link StepSizeStudyIT} for why this is a Failsafe test).
 */
class TrackingTasksStudyIT {

    private static final String EXPERIMENT = "TrackingTasksExperiments#acrossTasks";

    private static Results results;

    @BeforeAll
    static void load() {
        results = Results.load(Path.of("target/cohort/results"));
    }

    private static TasksAssert acrossTasks() {
        return assertThat(results).experiment(EXPERIMENT).metric("final_error").acrossTasks();
    }

    @Test
    void everyTrialRan() {
        assertThat(results)
                .hasNoReadProblems()
                .experiment(EXPERIMENT)
                .hasNoFailedTrials()
                .hasSuccessfulTrials(180);
    }

    @Test
    void bothAdaptiveLearnersTrackBetterThanLmsAcrossTheTasks() {
        acrossTasks().configuration("algorithm=AUTOSTEP").isBetterThan("algorithm=LMS");
        acrossTasks().configuration("algorithm=IDBD").isBetterThan("algorithm=LMS");
        // within each of the 6 tasks, IDBD is significantly better than LMS
        acrossTasks().configuration("algorithm=IDBD").onAtLeast(6).tasks().isBetterThan("algorithm=LMS");
    }

    @Test
    void autostepWithoutTuningDoesNotBeatIdbdTunedOnTheFastDrift() {
        assertThatThrownBy(
                        () -> acrossTasks().configuration("algorithm=AUTOSTEP").isBetterThan("algorithm=IDBD"))
                .hasMessageContaining("excludes 0 on the worse side");
    }
}

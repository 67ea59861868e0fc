package dev.cohort.assertions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cohort.Across;
import dev.cohort.Goal;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.query.ExpectationCheck;
import dev.cohort.query.MetricView;
import dev.cohort.query.Results;
import dev.cohort.query.Studies;
import dev.cohort.query.TaskStudies;
import dev.cohort.query.TaskView;
import dev.cohort.results.Expectation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AcrossTasksAssertionsTest {

    /** Rainbow wins 3 of 4 tasks; its IQM difference over DQN has the given interval. */
    private static ExperimentAnalysis study(double low, double high) {
        return TaskStudies.of(Goal.MAXIMIZE, "algorithm=DQN", "algorithm=Rainbow")
                .task("Pong", 1, 3)
                .task("Breakout", 1, 3)
                .task("Enduro", 1, 3)
                .task("Seaquest", 2, 2)
                .iqm("algorithm=DQN", 0.52, 0.47, 0.57)
                .iqm("algorithm=Rainbow", 0.71, 0.66, 0.76)
                .difference("algorithm=DQN", "algorithm=Rainbow", -0.19, low, high)
                .build();
    }

    private static TasksAssert tasks(ExperimentAnalysis study) {
        return new ExperimentAssert(study).metric("return").acrossTasks();
    }

    @Test
    void readsLikeTheExpectation() {
        ExperimentAnalysis study = study(-0.26, -0.12);

        tasks(study).configuration("algorithm=Rainbow").isBetterThan("algorithm=DQN");
        tasks(study).configuration("algorithm=Rainbow").byIqm().isBetterThan("algorithm=DQN");
        tasks(study).configuration("algorithm=Rainbow").onMostTasks().isBetterThan("algorithm=DQN");
        tasks(study).configuration("algorithm=Rainbow").onAtLeast(3).tasks().isBetterThan("algorithm=DQN");
    }

    @Test
    void failuresShowTheNumbers() {
        ExperimentAnalysis study = study(-0.26, 0.03);

        assertThatThrownBy(() -> tasks(study).configuration("algorithm=Rainbow").isBetterThan("algorithm=DQN"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected algorithm=Rainbow to be better than algorithm=DQN in return across 4"
                        + " tasks (game) by IQM, but it is not:")
                .hasMessageContaining("algorithm=Rainbow 0.71 [0.66, 0.76] vs algorithm=DQN 0.52 [0.47, 0.57];"
                        + " difference 0.19 [-0.03, 0.26] includes 0 (stratified bootstrap, 2000 resamples)");
        assertThatThrownBy(() -> tasks(study)
                        .configuration("algorithm=Rainbow")
                        .onAtLeast(4)
                        .tasks()
                        .isBetterThan("algorithm=DQN"))
                .hasMessageContaining("on at least 4 tasks, but it is not")
                .hasMessageContaining("algorithm=Rainbow wins against algorithm=DQN on 3 of 4 tasks (needs 4), loses"
                        + " on 0, no significant difference on 1");
        assertThatThrownBy(() -> tasks(study)
                        .configuration("algorithm=DQN")
                        .onMostTasks()
                        .isBetterThan("algorithm=Rainbow"))
                .hasMessageContaining("on 0 of 4 tasks (needs 3), loses on 3");
    }

    @Test
    void anExperimentWithoutTaskOrABadSelectorFailsSayingWhy() {
        Results results = Results.of(Studies.trials(5, 0.3, 4, 3, 2, 1), List.of());

        assertThatThrownBy(() -> CohortAssertions.assertThat(results)
                        .experiment(Studies.ID)
                        .metric("final_error")
                        .acrossTasks())
                .hasMessageContaining("has no task parameter");
        assertThatThrownBy(() -> tasks(study(-0.26, -0.12)).configuration("game=Pong"))
                .hasMessageContaining("names the task parameter game");
        assertThatThrownBy(() -> tasks(study(-0.26, -0.12))
                        .configuration("algorithm=Rainbow")
                        .isBetterThan("algorithm=Rainbow"))
                .hasMessageContaining("both stand for algorithm=Rainbow");
        assertThatThrownBy(() -> tasks(study(-0.26, -0.12))
                        .configuration("algorithm=Rainbow")
                        .onAtLeast(5)
                        .tasks()
                        .isBetterThan("algorithm=DQN"))
                .hasMessageContaining("onAtLeast(5): org.acme.Atari#games has only 4 tasks (game)");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("IQM interval above 0", -0.26, -0.12, Across.IQM, 0, true),
                Arguments.of("IQM interval around 0", -0.26, 0.01, Across.IQM, 0, false),
                Arguments.of("AUTO is IQM", -0.26, 0.01, Across.AUTO, 0, false),
                Arguments.of("wins on most tasks", -0.26, 0.01, Across.WINS, 0, true),
                Arguments.of("wins on 3", -0.26, 0.01, Across.WINS, 3, true),
                Arguments.of("wins on 4", -0.26, -0.12, Across.WINS, 4, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void cohortCheckTheQueryApiAndTheAssertionsGiveOneAnswer(
            String name, double low, double high, Across rule, int minTasks, boolean better) {
        ExperimentAnalysis study = study(low, high);
        Expectation expectation =
                new Expectation(TaskStudies.ID, "return", "algorithm=Rainbow", "algorithm=DQN", 0.05, rule, minTasks);

        boolean check = ExpectationCheck.check(study, expectation).holds();
        TaskView view = TaskView.of(MetricView.of(study, "return"));
        boolean query = view.significance(view.select("algorithm=Rainbow"), view.select("algorithm=DQN"), 0.05)
                .isSignificantlyBetter(rule, minTasks);
        TaskConfigurationAssert configuration = tasks(study).configuration("algorithm=Rainbow");
        TaskConfigurationAssert judged = switch (rule) {
            case AUTO -> configuration;
            case IQM -> configuration.byIqm();
            case WINS ->
                minTasks == 0
                        ? configuration.onMostTasks()
                        : configuration.onAtLeast(minTasks).tasks();
        };
        Throwable assertion = catchThrowable(() -> judged.isBetterThan("algorithm=DQN"));

        assertThat(check).as("cohort:check").isEqualTo(better);
        assertThat(query).as("TaskView.significance").isEqualTo(better);
        assertThat(assertion == null).as("isBetterThan passes").isEqualTo(better);
    }
}

package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Across;
import dev.cohort.Goal;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.query.ExpectationCheck.Outcome;
import dev.cohort.query.ExpectationCheck.Verdict;
import dev.cohort.results.Expectation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcrossTasksExpectationTest {

    private static Expectation expect(String better, String than, Across across, int minTasks) {
        return new Expectation(TaskStudies.ID, "return", better, than, 0.05, across, minTasks);
    }

    /** DQN before Rainbow in configuration order; Rainbow's IQM is higher. */
    private static TaskStudies rainbowAhead(double low, double high) {
        return TaskStudies.of(Goal.MAXIMIZE, "algorithm=DQN", "algorithm=Rainbow")
                .task("Pong", 1, 3)
                .task("Breakout", 1, 1)
                .iqm("algorithm=DQN", 0.52, 0.47, 0.57)
                .iqm("algorithm=Rainbow", 0.71, 0.66, 0.76)
                .difference("algorithm=DQN", "algorithm=Rainbow", -0.19, low, high);
    }

    @Test
    void iqmHoldsWhenTheIntervalOfTheDifferenceLiesAboveZeroForAMaximizedMetric() {
        ExperimentAnalysis study = rainbowAhead(-0.26, -0.12).build();

        Outcome outcome = ExpectationCheck.check(study, expect("algorithm=Rainbow", "algorithm=DQN", Across.IQM, 0));

        assertThat(outcome.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(outcome.message())
                .isEqualTo("Expectation holds: Atari#games return across 2 tasks (game): IQM of normalised return"
                        + " (higher is better): algorithm=Rainbow 0.71 [0.66, 0.76] vs algorithm=DQN 0.52 [0.47, 0.57];"
                        + " difference 0.19 [0.12, 0.26] excludes 0 (stratified bootstrap, 2000 resamples)");
        // AUTO means IQM in an experiment with a task
        assertThat(ExpectationCheck.check(study, expect("algorithm=Rainbow", "algorithm=DQN", Across.AUTO, 0))
                        .verdict())
                .isEqualTo(Verdict.HOLDS);
    }

    @Test
    void iqmFailsWithTheNumbersWhenTheIntervalIncludesZeroOrLiesOnTheWorseSide() {
        Outcome around = ExpectationCheck.check(
                rainbowAhead(-0.26, 0.02).build(), expect("algorithm=Rainbow", "algorithm=DQN", Across.IQM, 0));
        assertThat(around.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(around.message())
                .startsWith("Expectation failed: Atari#games return across 2 tasks (game): ")
                .endsWith("difference 0.19 [-0.02, 0.26] includes 0 (stratified bootstrap, 2000 resamples)");

        Outcome reversed = ExpectationCheck.check(
                rainbowAhead(-0.26, -0.12).build(), expect("algorithm=DQN", "algorithm=Rainbow", Across.IQM, 0));
        assertThat(reversed.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(reversed.message())
                .contains("algorithm=DQN 0.52 [0.47, 0.57] vs algorithm=Rainbow 0.71 [0.66, 0.76]")
                .contains("difference -0.19 [-0.26, -0.12] excludes 0 on the worse side");
    }

    @Test
    void forAMinimizedMetricALowerIqmIsBetter() {
        ExperimentAnalysis study = TaskStudies.of(Goal.MINIMIZE, "algorithm=LMS", "algorithm=IDBD")
                .task("slow", 3, 1)
                .task("fast", 3, 1)
                .iqm("algorithm=LMS", 0.6, 0.55, 0.65)
                .iqm("algorithm=IDBD", 0.2, 0.15, 0.25)
                .difference("algorithm=LMS", "algorithm=IDBD", 0.4, 0.33, 0.47)
                .build();

        Outcome idbd = ExpectationCheck.check(study, expect("algorithm=IDBD", "algorithm=LMS", Across.IQM, 0));
        Outcome lms = ExpectationCheck.check(study, expect("algorithm=LMS", "algorithm=IDBD", Across.IQM, 0));

        assertThat(idbd.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(idbd.message())
                .contains("(lower is better)")
                .contains("difference -0.4 [-0.47, -0.33] excludes 0 (");
        assertThat(lms.verdict()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void winsCountTheTasksOnWhichBetterIsSignificantlyBetterWithinTheTask() {
        TaskStudies study = TaskStudies.of(Goal.MAXIMIZE, "algorithm=DQN", "algorithm=Rainbow");
        for (int t = 0; t < 6; t++) {
            study.task("won" + t, 1, 3);
        }
        study.task("tied0", 2, 2).task("tied1", 2, 2);
        study.iqm("algorithm=DQN", 0.4, 0.3, 0.5)
                .iqm("algorithm=Rainbow", 0.6, 0.5, 0.7)
                .difference("algorithm=DQN", "algorithm=Rainbow", -0.2, -0.3, -0.1);
        ExperimentAnalysis analysis = study.build();

        Outcome most = ExpectationCheck.check(analysis, expect("algorithm=Rainbow", "algorithm=DQN", Across.WINS, 0));
        Outcome seven = ExpectationCheck.check(analysis, expect("algorithm=Rainbow", "algorithm=DQN", Across.WINS, 7));
        Outcome nine = ExpectationCheck.check(analysis, expect("algorithm=Rainbow", "algorithm=DQN", Across.WINS, 9));
        Outcome dqn = ExpectationCheck.check(analysis, expect("algorithm=DQN", "algorithm=Rainbow", Across.WINS, 1));

        assertThat(most.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(most.message())
                .isEqualTo("Expectation holds: Atari#games return across 8 tasks (game): algorithm=Rainbow wins"
                        + " against algorithm=DQN on 6 of 8 tasks (needs 5), loses on 0, no significant difference"
                        + " on 2 (within each task: higher mean and Holm p < alpha 0.05)");
        assertThat(seven.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(seven.message()).contains("on 6 of 8 tasks (needs 7)");
        assertThat(nine.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(nine.message()).contains("minTasks = 9 tasks to win, but the experiment has 8");
        assertThat(dqn.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(dqn.message()).contains("on 0 of 8 tasks (needs 1), loses on 6, no significant difference on 2");
    }

    @Test
    void aSelectorMatchingSeveralConfigurationsStandsForTheBestByIqm() {
        ExperimentAnalysis study = TaskStudies.of(
                        Goal.MAXIMIZE,
                        "algorithm=DQN, lr=0.1",
                        "algorithm=Rainbow, lr=0.1",
                        "algorithm=Rainbow, lr=0.5")
                .task("Pong", 1, 2, 3)
                .task("Breakout", 1, 2, 3)
                .iqm("algorithm=DQN, lr=0.1", 0.3, 0.25, 0.35)
                .iqm("algorithm=Rainbow, lr=0.1", 0.5, 0.45, 0.55)
                .iqm("algorithm=Rainbow, lr=0.5", 0.8, 0.75, 0.85)
                .difference("algorithm=DQN, lr=0.1", "algorithm=Rainbow, lr=0.1", -0.2, -0.3, -0.1)
                .difference("algorithm=DQN, lr=0.1", "algorithm=Rainbow, lr=0.5", -0.5, -0.6, -0.4)
                .difference("algorithm=Rainbow, lr=0.1", "algorithm=Rainbow, lr=0.5", -0.3, -0.4, -0.2)
                .build();

        Outcome outcome = ExpectationCheck.check(study, expect("algorithm=Rainbow", "algorithm=DQN", Across.IQM, 0));

        assertThat(outcome.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(outcome.message())
                .contains("algorithm=Rainbow, lr=0.5 (best of algorithm=Rainbow by IQM) 0.8 [0.75, 0.85] vs"
                        + " algorithm=DQN, lr=0.1 (best of algorithm=DQN by IQM) 0.3 [0.25, 0.35]")
                .contains("difference 0.5 [0.4, 0.6] excludes 0");
    }

    @Test
    void badExpectationsAcrossTasksAreInvalidAndSayWhy() {
        ExperimentAnalysis study = rainbowAhead(-0.26, -0.12).build();

        assertThat(ExpectationCheck.check(study, expect("game=Pong", "algorithm=DQN", Across.IQM, 0))
                        .message())
                .contains("\"game=Pong\" names the task parameter game");
        assertThat(ExpectationCheck.check(study, expect("algorithm=PPO", "algorithm=DQN", Across.IQM, 0))
                        .message())
                .contains("\"algorithm=PPO\" matches no configuration of org.acme.Atari#games across tasks")
                .contains("[algorithm=DQN, algorithm=Rainbow]");
        Outcome minTasksWithIqm =
                ExpectationCheck.check(study, expect("algorithm=Rainbow", "algorithm=DQN", Across.IQM, 1));
        assertThat(minTasksWithIqm.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(minTasksWithIqm.message()).contains("only across = WINS judges");
        assertThat(ExpectationCheck.check(study, expect("algorithm=Rainbow", "algorithm=Rainbow", Across.IQM, 0))
                        .message())
                .contains("stand for the same configuration across tasks (algorithm=Rainbow)");
    }

    @Test
    void anAcrossTaskRuleOnAnExperimentWithoutTaskIsInvalid() {
        Results results = Results.of(Studies.trials(5, 0.3, 4, 3, 2, 1), List.of());

        Outcome outcome = ExpectationCheck.check(
                results,
                new Expectation(
                        "StepSizeExperiments#tracking",
                        "final_error",
                        "algorithm=IDBD",
                        "algorithm=LMS",
                        0.05,
                        Across.WINS,
                        0));

        assertThat(outcome.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(outcome.message())
                .contains("across = WINS, minTasks = 0 judge an experiment across its tasks")
                .contains("has no task parameter; declare @Task");
    }

    @Test
    void anExpectationDescribesTheRuleItIsJudgedBy() {
        assertThat(expect("algorithm=B", "algorithm=A", Across.AUTO, 0).describe())
                .isEqualTo("return: algorithm=B better than algorithm=A (alpha 0.05)");
        assertThat(expect("algorithm=B", "algorithm=A", Across.IQM, 0).describe())
                .isEqualTo("return: algorithm=B better than algorithm=A (across tasks by IQM, alpha 0.05)");
        assertThat(expect("algorithm=B", "algorithm=A", Across.WINS, 0).describe())
                .isEqualTo("return: algorithm=B better than algorithm=A (across tasks by wins on more than half,"
                        + " alpha 0.05)");
        assertThat(expect("algorithm=B", "algorithm=A", Across.WINS, 5).describe())
                .contains("(across tasks by wins on at least 5, alpha 0.05)");
    }
}

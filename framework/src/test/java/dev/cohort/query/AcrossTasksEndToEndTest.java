package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Across;
import dev.cohort.Goal;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.TaskPair;
import dev.cohort.query.ExpectationCheck.Outcome;
import dev.cohort.query.ExpectationCheck.Verdict;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TaskDeclaration;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Trials with a declared task through the real analysis to cohort:check's judgement across tasks. */
class AcrossTasksEndToEndTest {

    private static final String ID = "org.acme.Atari#games";
    private static final List<String> ALGORITHMS = List.of("DQN", "Rainbow", "PPO");
    private static final List<String> GAMES = List.of("Pong", "Breakout", "Enduro", "Seaquest", "Qbert");
    private static final int SEEDS = 8;

    /** Returns at the game's scale: Rainbow ahead of DQN by {@code gap} of the scale on every game but Qbert. */
    private static Results results(double gap) {
        return results(gap, true);
    }

    /** As {@link #results(double)}, without Rainbow's trials on Qbert when {@code rainbowOnQbert} is false. */
    private static Results results(double gap, boolean rainbowOnQbert) {
        List<TrialResult> trials = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        List<Map<String, Object>> configurations = new ArrayList<>();
        for (int g = 0; g < GAMES.size(); g++) {
            double scale = Math.pow(10, g);
            for (int a = 0; a < ALGORITHMS.size(); a++) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("algorithm", ALGORITHMS.get(a));
                config.put("game", GAMES.get(g));
                configurations.add(config);
                double mean = a == 1 && g < 4 ? 1 + gap : a == 2 ? 0.5 : 1;
                boolean runs = rainbowOnQbert || !(a == 1 && GAMES.get(g).equals("Qbert"));
                for (int s = 0; s < SEEDS && runs; s++) {
                    double value = scale * (mean + 0.1 * random.nextGaussian());
                    trials.add(new TrialResult(
                            ID,
                            config,
                            100 + s,
                            s,
                            TrialStatus.SUCCESSFUL,
                            Map.of("return", value),
                            1,
                            null,
                            Map.of("return", Goal.MAXIMIZE),
                            null,
                            null,
                            configurations.size() - 1,
                            null));
                }
            }
        }
        List<Long> seeds = new ArrayList<>();
        for (int s = 0; s < SEEDS; s++) {
            seeds.add(100L + s);
        }
        Map<String, List<Object>> parameters = new LinkedHashMap<>();
        parameters.put("algorithm", List.copyOf(ALGORITHMS));
        parameters.put("game", List.copyOf(GAMES));
        ExperimentManifest manifest = new ExperimentManifest(
                ID,
                "",
                "org.acme.Atari",
                "games",
                parameters,
                configurations,
                seeds,
                Map.of("return", Goal.MAXIMIZE),
                List.of(),
                "2025-01-01T00:00:00Z",
                null,
                TaskDeclaration.minMax("game"));
        return Results.of(trials, List.of(manifest));
    }

    private static Expectation rainbowBeatsDqn(Across across, int minTasks) {
        return new Expectation("Atari#games", "return", "algorithm=Rainbow", "algorithm=DQN", 0.05, across, minTasks);
    }

    @Test
    void aClearGapHoldsByIqmAndByWinsWithTheAnalysisNumbers() {
        Results results = results(0.5);

        Outcome iqm = ExpectationCheck.check(results, rainbowBeatsDqn(Across.IQM, 0));
        Outcome wins = ExpectationCheck.check(results, rainbowBeatsDqn(Across.WINS, 4));

        assertThat(iqm.verdict()).as(iqm.message()).isEqualTo(Verdict.HOLDS);
        assertThat(iqm.message())
                .startsWith("Expectation holds: Atari#games return across 5 tasks (game): IQM of normalised return"
                        + " (higher is better): algorithm=Rainbow ")
                .containsPattern("difference [0-9.]+ \\[[0-9.]+, [0-9.]+\\] excludes 0 \\(stratified bootstrap, \\d+"
                        + " resamples\\)");
        assertThat(wins.verdict()).as(wins.message()).isEqualTo(Verdict.HOLDS);
        assertThat(wins.message()).contains("on 4 of 5 tasks (needs 4), loses on 0, no significant difference on 1");
        assertThat(ExpectationCheck.check(results, rainbowBeatsDqn(Across.WINS, 5))
                        .verdict())
                .isEqualTo(Verdict.FAILS);
    }

    @Test
    void noGapFailsByIqm() {
        Outcome outcome = ExpectationCheck.check(results(0), rainbowBeatsDqn(Across.IQM, 0));

        assertThat(outcome.verdict()).as(outcome.message()).isEqualTo(Verdict.FAILS);
        assertThat(outcome.message()).contains("includes 0");
    }

    @Test
    void theIntervalAndTheWinsAreTheAnalysisOwnOrientedByTheExpectation() {
        TaskView view =
                TaskView.of(MetricView.of(results(0.5).experiment("Atari#games").orElseThrow(), "return"));
        AggregateScores dqn = view.select("algorithm=DQN");
        AggregateScores rainbow = view.select("algorithm=Rainbow");
        TaskPair pair = view.tasks().aggregate().pairs().stream()
                .filter(p -> p.a().equals(dqn.config()) && p.b().equals(rainbow.config()))
                .findFirst()
                .orElseThrow();

        Significance.AcrossTasks across = view.significance(rainbow, dqn, 0.05);

        assertThat(across.iqmDifference().value())
                .isEqualTo(-pair.iqmDifference().value());
        assertThat(across.iqmDifferenceLow().value())
                .isEqualTo(-pair.iqmDifferenceHigh().value());
        assertThat(across.iqmDifferenceHigh().value())
                .isEqualTo(-pair.iqmDifferenceLow().value());
        // at the analysis' level, the within-task rule counts what the report's wins/ties/losses count
        assertThat(across.wins()).isEqualTo(pair.losses()).isEqualTo(4);
        assertThat(across.losses()).isEqualTo(pair.wins());
        assertThat(across.ties()).isEqualTo(pair.ties());
        assertThat(across.bootstrap()).isEqualTo(view.tasks().aggregate().bootstrap());
    }

    @Test
    void aConfigurationWithoutValuesOnATaskIsNotComparedThereAndHasNoIqmInterval() {
        Results results = results(0.5, false);

        Outcome wins = ExpectationCheck.check(results, rainbowBeatsDqn(Across.WINS, 0));
        Outcome iqm = ExpectationCheck.check(results, rainbowBeatsDqn(Across.IQM, 0));

        assertThat(wins.verdict()).as(wins.message()).isEqualTo(Verdict.HOLDS);
        assertThat(wins.message())
                .contains("on 4 of 5 tasks (needs 3), loses on 0, no significant difference on 0, not compared on 1");
        assertThat(iqm.verdict()).as(iqm.message()).isEqualTo(Verdict.FAILS);
        assertThat(iqm.message()).contains("its interval undefined (").contains("Qbert");
        TaskView view =
                TaskView.of(MetricView.of(results.experiment("Atari#games").orElseThrow(), "return"));
        TaskPair pair = view.tasks().aggregate().pairs().get(0);
        Significance.AcrossTasks across =
                view.significance(view.select("algorithm=DQN"), view.select("algorithm=Rainbow"), 0.05);
        assertThat(List.of(across.wins(), across.ties(), across.losses()))
                .isEqualTo(List.of(pair.wins(), pair.ties(), pair.losses()));
    }
}

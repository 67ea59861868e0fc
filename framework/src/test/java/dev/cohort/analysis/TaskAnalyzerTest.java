package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cohort.Goal;
import dev.cohort.Normalization;
import dev.cohort.TaskReference;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TaskDeclaration;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The degenerate designs of a study across tasks, and the choices the R cases do not pin down. */
class TaskAnalyzerTest {

    private static final AnalysisOptions BY_GAME =
            AnalysisOptions.defaults().withBootstrap(0, 1L).withTask(TaskDeclaration.minMax("game"), 200);

    @Test
    void oneConfigurationHasAggregatesButNoComparison() {
        MetricAnalysis m = analyze(List.of("A"), List.of("g1", "g2", "g3"), 5, Goal.MAXIMIZE, i -> i % 7, BY_GAME);
        TaskAggregate aggregate = m.tasks().aggregate();
        assertThat(aggregate.pairs()).isEmpty();
        assertThat(aggregate.friedman().reasons())
                .containsEntry("chiSquared", "only one configuration: nothing" + " to compare across tasks");
        assertThat(aggregate.nemenyi().q().isDefined()).isFalse();
        assertThat(aggregate.configs().get(0).meanRank().value()).isEqualTo(1.0);
        assertThat(aggregate.configs().get(0).iqm().isDefined()).isTrue();
        assertThat(aggregate.profiles()).hasSize(1);
    }

    @Test
    void allTiedSaysWhyInsteadOfDividingByZero() {
        MetricAnalysis m = analyze(List.of("A", "B"), List.of("g1", "g2"), 4, Goal.MAXIMIZE, i -> 3.0, BY_GAME);
        TaskAggregate aggregate = m.tasks().aggregate();
        assertThat(aggregate.friedman().reasons().get("chiSquared")).contains("ties on every task");
        assertThat(aggregate.configs().get(0).reasons().get("iqm")).contains("same score 3.0");
        assertThat(aggregate.pairs().get(0).wilcoxonV().value()).isZero();
        assertThat(aggregate.pairs().get(0).reasons()).containsKeys("wilcoxonP", "pHolm", "probabilityOfImprovement");
        assertThat(aggregate.pairs().get(0).ties()).isEqualTo(2);
        assertThat(aggregate.profiles()).isEmpty();
    }

    @Test
    void theTopLevelBlockComparesNothingAcrossTasksAndKeepsTheTaskAsAFactor() {
        MetricAnalysis m = analyze(
                List.of("A", "B"), List.of("g1", "g2", "g3"), 6, Goal.MAXIMIZE, i -> (i * 37 % 11) + i / 18, BY_GAME);
        assertThat(m.comparisons()).isEmpty();
        assertThat(m.groups()).hasSize(6);
        assertThat(m.factorial().terms())
                .extracting(FactorialTerm::term)
                .contains("algorithm", "game", "algorithm*game");
        TaskMetric first = m.tasks().perTask().get(0);
        assertThat(first.task()).isEqualTo("g1");
        assertThat(first.analysis().groups())
                .extracting(GroupSummary::config)
                .containsExactly(Map.of("algorithm", "A"), Map.of("algorithm", "B"));
        assertThat(first.analysis().comparisons()).hasSize(1);
        assertThat(m.tasks().tasks()).containsExactly("g1", "g2", "g3");
    }

    @Test
    void theBootstrapSeedIsStablePerExperimentAndMetricAndRecorded() {
        long seed = TaskAggregator.bootstrapSeed("org.acme.E#run", "score", AnalysisOptions.defaults());
        assertThat(TaskAggregator.bootstrapSeed("org.acme.E#run", "score", AnalysisOptions.defaults()))
                .isEqualTo(seed);
        assertThat(TaskAggregator.bootstrapSeed("org.acme.E#run", "time", AnalysisOptions.defaults()))
                .isNotEqualTo(seed);
        MetricAnalysis m = analyze(List.of("A", "B"), List.of("g1", "g2"), 4, Goal.MAXIMIZE, i -> i, BY_GAME);
        assertThat(m.tasks().aggregate().bootstrap()).isEqualTo(new StratifiedBootstrap(200, seed));
        MetricAnalysis again = analyze(List.of("A", "B"), List.of("g1", "g2"), 4, Goal.MAXIMIZE, i -> i, BY_GAME);
        assertThat(again.tasks().aggregate()).isEqualTo(m.tasks().aggregate());
    }

    @Test
    void withoutAGoalTheLargerValueWins() {
        // B is far larger on both tasks: a significant difference, counted as B's win although no goal is declared
        MetricAnalysis m = analyze(
                List.of("A", "B"), List.of("g1", "g2"), 10, Goal.NONE, i -> (i >= 20 ? 100 : 0) + i % 5, BY_GAME);
        TaskPair pair = m.tasks().aggregate().pairs().get(0);
        assertThat(List.of(pair.wins(), pair.ties(), pair.losses())).containsExactly(0, 0, 2);
        assertThat(m.tasks().aggregate().configs().get(1).meanRank().value()).isEqualTo(1.0);
    }

    @Test
    void aDeclaredTaskWinsOverTheOptionAndReferenceScoresNormalise() {
        List<TrialResult> trials = trials(List.of("A", "B"), List.of("g1", "g2"), 3, Goal.MAXIMIZE, i -> i);
        Map<String, TaskReference> references = new LinkedHashMap<>();
        references.put("g1", new TaskReference(0, 100));
        references.put("g2", new TaskReference(0, 10));
        TaskDeclaration declared = new TaskDeclaration("game", Normalization.REFERENCE, references);
        List<Map<String, Object>> configs = new ArrayList<>();
        for (String a : List.of("A", "B")) {
            for (String g : List.of("g1", "g2")) {
                configs.add(config(a, g));
            }
        }
        ExperimentManifest manifest = new ExperimentManifest(
                "org.acme.E#run",
                null,
                "org.acme.E",
                "run",
                Map.of("algorithm", List.of("A", "B"), "game", List.of("g1", "g2")),
                configs,
                List.of(0L, 1L, 2L),
                Map.of("score", Goal.MAXIMIZE),
                List.of(),
                null,
                null,
                declared);
        AnalysisOptions other = BY_GAME.withTask(TaskDeclaration.minMax("algorithm"), 200);
        MetricAnalysis m = Analyzer.analyze(trials, List.of(manifest), other)
                .experiments()
                .get(0)
                .metrics()
                .get(0);
        assertThat(m.tasks().parameter()).isEqualTo("game");
        assertThat(m.tasks().normalization()).isEqualTo(Normalization.REFERENCE);
        // A on g1 scored 0, 1, 2 (of 100); on g2 3, 4, 5 (of 10): task means 0.01 and 0.4
        assertThat(m.tasks().aggregate().configs().get(0).mean().value()).isCloseTo(0.205, within(1e-12));
    }

    @Test
    void aConfigurationWithoutTheTaskParameterIsAClearError() {
        List<TrialResult> trials = new ArrayList<>(trials(List.of("A"), List.of("g1"), 2, Goal.MAXIMIZE, i -> i));
        TrialResult t = trials.get(0);
        trials.add(new TrialResult(
                t.experiment(),
                Map.of("algorithm", "B"),
                0,
                0,
                TrialStatus.SUCCESSFUL,
                Map.of("score", 1.0),
                1.0,
                null,
                Map.of(),
                null,
                null,
                1,
                null));
        assertThatThrownBy(() -> Analyzer.analyze(trials, BY_GAME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("experiment org.acme.E#run")
                .hasMessageContaining("{algorithm=B}")
                .hasMessageContaining("task parameter game");
    }

    private static MetricAnalysis analyze(
            List<String> algorithms,
            List<String> games,
            int seeds,
            Goal goal,
            IntToDoubleFunction value,
            AnalysisOptions options) {
        return Analyzer.analyze(trials(algorithms, games, seeds, goal, value), options)
                .experiments()
                .get(0)
                .metrics()
                .get(0);
    }

    /** Trials of algorithms x games x seeds; the i-th trial (in that order) scores {@code value(i)}. */
    private static List<TrialResult> trials(
            List<String> algorithms, List<String> games, int seeds, Goal goal, IntToDoubleFunction value) {
        List<TrialResult> trials = new ArrayList<>();
        int i = 0;
        int configIndex = 0;
        for (String a : algorithms) {
            for (String g : games) {
                for (int s = 0; s < seeds; s++, i++) {
                    trials.add(new TrialResult(
                            "org.acme.E#run",
                            config(a, g),
                            s,
                            s,
                            TrialStatus.SUCCESSFUL,
                            Map.of("score", value.applyAsDouble(i)),
                            1.0,
                            null,
                            Map.of("score", goal),
                            null,
                            null,
                            configIndex,
                            null));
                }
                configIndex++;
            }
        }
        return trials;
    }

    private static Map<String, Object> config(String algorithm, String game) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("algorithm", algorithm);
        config.put("game", game);
        return config;
    }
}

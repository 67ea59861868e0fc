package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialError;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analysis of an experiment as its latest declaration defines it (SPEC section 5, "The declared study"). */
class DeclaredStudyTest {

    private static final String ID = "x.Tuning#run";

    private static TrialResult trial(double x, long seed, TrialStatus status, double score, String curves) {
        return new TrialResult(
                ID,
                Map.of("x", x),
                seed,
                (int) seed,
                status,
                status == TrialStatus.SUCCESSFUL ? Map.of("score", score) : Map.of(),
                1,
                status == TrialStatus.FAILED ? new TrialError("java.lang.IllegalStateException", "boom", "") : null,
                Map.of("score", Goal.MAXIMIZE),
                curves,
                null,
                null,
                null);
    }

    private static TrialResult ok(double x, long seed, double score) {
        return trial(x, seed, TrialStatus.SUCCESSFUL, score, null);
    }

    private static ExperimentManifest declaring(List<Double> xs, List<Long> seeds, Map<String, Goal> goals) {
        List<Map<String, Object>> configurations = new ArrayList<>();
        xs.forEach(x -> configurations.add(Map.of("x", x)));
        return new ExperimentManifest(
                ID,
                "",
                "x.Tuning",
                "run",
                Map.of("x", List.copyOf(xs)),
                configurations,
                seeds,
                goals,
                List.of(),
                "2026-01-01T00:00:00Z",
                null,
                null);
    }

    /** The first sweep {0, 0.01, 0.1} ran on seeds 1..3; x = 0.01 scores best. */
    private static List<TrialResult> firstSweep() {
        List<TrialResult> trials = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            trials.add(ok(0, seed, 1 + seed * 0.1));
            trials.add(ok(0.01, seed, 9 + seed * 0.1));
            trials.add(ok(0.1, seed, 2 + seed * 0.1));
        }
        return trials;
    }

    private static ExperimentAnalysis analyze(
            List<TrialResult> trials, ExperimentManifest declaration, AnalysisOptions options) {
        return Analyzer.analyze(trials, List.of(declaration), options.withBootstrap(0, 1))
                .experiments()
                .get(0);
    }

    @Test
    void aChangedSweepLeavesTheUndeclaredConfigurationOutOfEveryStatistic() {
        List<TrialResult> trials = firstSweep();
        for (long seed = 1; seed <= 3; seed++) {
            trials.add(ok(0.05, seed, 3 + seed * 0.1));
        }
        ExperimentManifest now = declaring(List.of(0.0, 0.05, 0.1), List.of(1L, 2L, 3L), Map.of());

        ExperimentAnalysis e = analyze(trials, now, AnalysisOptions.defaults());

        MetricAnalysis score = e.metrics().get(0);
        assertThat(score.groups()).extracting(g -> g.config().get("x")).containsExactly(0.0, 0.05, 0.1);
        assertThat(score.comparisons()).hasSize(3);
        assertThat(score.anova().dfBetween()).isEqualTo(2);
        assertThat(e.trials()).isEqualTo(9);
        assertThat(e.coverage()).isEqualTo(new Coverage(Statistic.count(9), 9, 0, Statistic.count(0), 3));
        assertThat(e.stale()).singleElement().satisfies(s -> {
            assertThat(s.config()).isEqualTo(Map.of("x", 0.01));
            assertThat(s.declared()).isFalse();
            assertThat(s.seeds()).containsExactly(1L, 2L, 3L);
        });
        assertThat(e.notRun()).isEmpty();
        assertThat(e.bestIsProvisional()).isFalse();
    }

    @Test
    void staleIncludeKeepsTheStaleTrialsAfterTheDeclaredConfigurationsAndStillCountsThem() {
        ExperimentManifest now = declaring(List.of(0.0, 0.1), List.of(1L, 2L, 3L), Map.of());

        ExperimentAnalysis e =
                analyze(firstSweep(), now, AnalysisOptions.defaults().withStale(StalePolicy.INCLUDE));

        assertThat(e.metrics().get(0).groups())
                .extracting(g -> g.config().get("x"))
                .containsExactly(0.0, 0.1, 0.01);
        assertThat(e.trials()).isEqualTo(9);
        assertThat(e.coverage().stale()).isEqualTo(3);
        assertThat(e.coverage().declared()).isEqualTo(Statistic.count(6));
        assertThat(e.stale()).hasSize(1);
    }

    @Test
    void trialsOfSeedsNoLongerDeclaredAreStaleEvenInADeclaredConfiguration() {
        ExperimentManifest now = declaring(List.of(0.0, 0.01, 0.1), List.of(1L, 2L), Map.of());

        ExperimentAnalysis e = analyze(firstSweep(), now, AnalysisOptions.defaults());

        assertThat(e.metrics().get(0).groups())
                .allSatisfy(g -> assertThat(g.n()).isEqualTo(2));
        assertThat(e.coverage()).isEqualTo(new Coverage(Statistic.count(6), 6, 0, Statistic.count(0), 3));
        assertThat(e.stale()).hasSize(3).allSatisfy(s -> {
            assertThat(s.declared()).isTrue();
            assertThat(s.seeds()).containsExactly(3L);
        });
    }

    @Test
    void aDeclaredConfigurationWithoutResultsIsAGroupOfNoTrialsWithItsReasonAndMakesTheBestProvisional() {
        List<TrialResult> trials = new ArrayList<>(firstSweep());
        trials.add(trial(0.01, 4, TrialStatus.FAILED, 0, null));
        ExperimentManifest now = declaring(List.of(0.0, 0.01, 0.1, 1.0), List.of(1L, 2L, 3L, 4L), Map.of());

        ExperimentAnalysis e = analyze(trials, now, AnalysisOptions.defaults());

        GroupSummary notRun = e.metrics().get(0).groups().get(3);
        assertThat(notRun.config()).isEqualTo(Map.of("x", 1.0));
        assertThat(notRun.n()).isZero();
        assertThat(notRun.mean().isDefined()).isFalse();
        assertThat(notRun.reasons())
                .containsEntry("mean", "no trial of this configuration has run (0 of 4 declared seeds)");
        assertThat(e.coverage()).isEqualTo(new Coverage(Statistic.count(16), 9, 1, Statistic.count(6), 0));
        assertThat(e.notRun()).containsExactly(Map.of("x", 1.0));
        assertThat(e.bestIsProvisional()).isTrue();
    }

    @Test
    void aDeclaredExperimentWithoutAnyResultIsAnalysedWithEveryTrialMissing() {
        ExperimentManifest now = declaring(List.of(0.0, 0.1), List.of(1L, 2L), Map.of("score", Goal.MAXIMIZE));

        StudyAnalysis study = Analyzer.analyze(List.of(), List.of(now), AnalysisOptions.defaults());

        assertThat(study.experiments()).singleElement().satisfies(e -> {
            assertThat(e.coverage()).isEqualTo(new Coverage(Statistic.count(4), 0, 0, Statistic.count(4), 0));
            assertThat(e.notRun()).hasSize(2);
        });
    }

    @Test
    void resultsWithoutADeclarationCountAsTheyAre() {
        ExperimentAnalysis e = Analyzer.analyze(
                        firstSweep(), List.of(), AnalysisOptions.defaults().withBootstrap(0, 1))
                .experiments()
                .get(0);

        assertThat(e.metrics().get(0).groups())
                .extracting(g -> g.config().get("x"))
                .containsExactly(0.0, 0.01, 0.1);
        assertThat(e.coverage().declared().isDefined()).isFalse();
        assertThat(e.coverage().missing().isDefined()).isFalse();
        assertThat(e.coverage().reasons()).containsKeys("declared", "missing");
        assertThat(e.coverage().successful()).isEqualTo(9);
        assertThat(e.stale()).isEmpty();
        assertThat(e.notRun()).isEmpty();
    }

    @Test
    void theDeclaredGoalWinsOverTheGoalTheLinesRecorded() {
        ExperimentManifest now =
                declaring(List.of(0.0, 0.01, 0.1), List.of(1L, 2L, 3L), Map.of("score", Goal.MINIMIZE));

        ExperimentAnalysis e = analyze(firstSweep(), now, AnalysisOptions.defaults());

        assertThat(e.metrics().get(0).goal()).isEqualTo(Goal.MINIMIZE);
    }

    @Test
    void theLearningCurvesCountTheSameTrialsAsTheScalarAnalysis() {
        List<TrialResult> trials = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            trials.add(trial(0, seed, TrialStatus.SUCCESSFUL, 1, "curves/0-" + seed + ".jsonl"));
            trials.add(trial(0.01, seed, TrialStatus.SUCCESSFUL, 1, "curves/1-" + seed + ".jsonl"));
        }
        ExperimentManifest now = declaring(List.of(0.0, 0.1), List.of(1L, 2L), Map.of());

        ExperimentTrials experiment = ExperimentTrials.of(ID, trials, now, StalePolicy.EXCLUDE);
        CurveAggregator curves = CurveAggregator.of(experiment, 10);

        assertThat(curves.trials())
                .extracting(TrialResult::curves)
                .containsExactly("curves/0-1.jsonl", "curves/0-2.jsonl");
        assertThat(experiment.missing())
                .extracting(MissingTrial::config, MissingTrial::seedIndex)
                .hasSize(2)
                .allSatisfy(t -> assertThat(t.toList().get(0)).isEqualTo(Map.of("x", 0.1)));
    }
}

package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cohort.Goal;
import dev.cohort.results.TrialError;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.testing.IndependentReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private static TrialResult trial(
            String experiment,
            Map<String, Object> config,
            long seed,
            TrialStatus status,
            double value,
            String startedAt) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("score", value);
        return new TrialResult(
                experiment,
                config,
                seed,
                (int) seed,
                status,
                status == TrialStatus.SUCCESSFUL ? metrics : Map.of(),
                1,
                status == TrialStatus.FAILED ? new TrialError("java.lang.IllegalStateException", "boom", "") : null,
                Map.of("score", Goal.MAXIMIZE),
                null,
                startedAt,
                null,
                null);
    }

    private static TrialResult ok(String experiment, Map<String, Object> config, long seed, double value) {
        return trial(experiment, config, seed, TrialStatus.SUCCESSFUL, value, null);
    }

    @Test
    void listsConfigurationsInDeclaredOrderWhateverOrderTrialsFinishedIn() {
        List<TrialResult> trials = new ArrayList<>();
        int[] finishingOrder = {2, 0, 1};
        for (long seed = 1; seed <= 3; seed++) {
            for (int index : finishingOrder) {
                TrialResult t = ok("a#exp", Map.of("k", index * 10), seed, seed + index);
                trials.add(new TrialResult(
                        t.experiment(),
                        t.config(),
                        t.seed(),
                        t.seedIndex(),
                        t.status(),
                        t.metrics(),
                        t.durationMs(),
                        null,
                        t.goals(),
                        null,
                        null,
                        index,
                        null));
            }
        }

        MetricAnalysis m =
                Analyzer.analyze(trials).experiments().get(0).metrics().get(0);

        assertThat(m.groups()).extracting(g -> g.config().get("k")).containsExactly(0, 10, 20);
        assertThat(m.comparisons())
                .extracting(c -> c.a().get("k") + "-" + c.b().get("k"))
                .containsExactly("0-10", "0-20", "10-20");
    }

    @Test
    void groupsByExperimentSortedThenConfigurationInOrderOfAppearance() {
        List<TrialResult> trials = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            trials.add(ok("z#exp", Map.of("k", 2), seed, seed * 1.5));
            trials.add(ok("a#exp", Map.of("k", 9), seed, seed));
            trials.add(ok("a#exp", Map.of("k", 1), seed, seed * seed));
        }
        StudyAnalysis study = Analyzer.analyze(trials);
        assertThat(study.experiments()).extracting(ExperimentAnalysis::id).containsExactly("a#exp", "z#exp");
        ExperimentAnalysis a = study.experiments().get(0);
        assertThat(a.parameters()).containsExactly("k");
        MetricAnalysis m = a.metrics().get(0);
        assertThat(m.goal()).isEqualTo(Goal.MAXIMIZE);
        assertThat(m.groups()).extracting(g -> g.config().get("k")).containsExactly(9, 1);
        assertThat(m.comparisons()).hasSize(1);
        assertThat(m.comparisons().get(0).a()).containsEntry("k", 9);
    }

    @Test
    void latestStartWinsAndFailuresAreListed() {
        Map<String, Object> c = Map.of("k", 1);
        List<TrialResult> trials = List.of(
                trial("e", c, 1, TrialStatus.SUCCESSFUL, 100, "2025-01-02T00:00:00Z"),
                trial("e", c, 1, TrialStatus.SUCCESSFUL, 1, "2025-01-01T00:00:00Z"), // older re-run: ignored
                trial("e", c, 2, TrialStatus.FAILED, Double.NaN, "2025-01-01T00:00:00Z"),
                trial("e", c, 3, TrialStatus.SUCCESSFUL, 3, null),
                trial("e", c, 3, TrialStatus.SUCCESSFUL, 4, null)); // tie: later in the list wins
        ExperimentAnalysis e = Analyzer.analyze(trials).experiments().get(0);
        assertThat(e.trials()).isEqualTo(3);
        assertThat(e.successful()).isEqualTo(2);
        assertThat(e.failures()).singleElement().satisfies(f -> {
            assertThat(f.seed()).isEqualTo(2);
            assertThat(f.status()).isEqualTo("FAILED");
            assertThat(f.errorType()).isEqualTo("java.lang.IllegalStateException");
            assertThat(f.message()).isEqualTo("boom");
        });
        GroupSummary g = e.metrics().get(0).groups().get(0);
        assertThat(g.n()).isEqualTo(2);
        assertThat(g.mean()).isEqualTo(Statistic.of(52.0));
    }

    @Test
    void nonFiniteValuesAreExcludedWithAReason() {
        Map<String, Object> c = Map.of("k", 1);
        List<TrialResult> trials = List.of(
                ok("e", c, 1, 1), ok("e", c, 2, Double.NaN), ok("e", c, 3, Double.POSITIVE_INFINITY), ok("e", c, 4, 2));
        GroupSummary g = Analyzer.analyze(trials)
                .experiments()
                .get(0)
                .metrics()
                .get(0)
                .groups()
                .get(0);
        assertThat(g.n()).isEqualTo(2);
        assertThat(g.values()).containsExactly(1.0, 2.0);
        assertThat(g.nonFinite()).isEqualTo(2);
        assertThat(g.shapiroW().isDefined()).isFalse();
        assertThat(g.reasons()).containsKey("shapiroW");
    }

    @Test
    void singleConfigurationHasNoOmnibusTestsAndNoComparisons() {
        List<TrialResult> trials = List.of(ok("e", Map.of("k", 1), 1, 1), ok("e", Map.of("k", 1), 2, 2));
        MetricAnalysis m =
                Analyzer.analyze(trials).experiments().get(0).metrics().get(0);
        assertThat(m.anova().reasons()).containsOnlyKeys("f", "p", "etaSquared", "omegaSquared");
        assertThat(m.anova().f().reason()).isEqualTo("only one configuration");
        assertThat(m.levene().reasons()).containsOnlyKeys("f", "p");
        assertThat(m.factorial())
                .as("no factorial ANOVA with one swept parameter")
                .isNull();
        assertThat(m.comparisons()).isEmpty();
    }

    @Test
    void constantDataGiveNullsWithReasons() {
        List<TrialResult> trials = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            trials.add(ok("e", Map.of("k", 1), seed, 3));
            trials.add(ok("e", Map.of("k", 2), seed, 3));
        }
        MetricAnalysis m =
                Analyzer.analyze(trials).experiments().get(0).metrics().get(0);
        assertThat(m.groups().get(0).ciLow().isDefined()).isFalse();
        assertThat(m.groups().get(0).reasons()).containsKeys("ciLow", "ciHigh", "shapiroW", "shapiroP");
        assertThat(m.anova().reasons()).containsKeys("f", "p");
        Comparison c = m.comparisons().get(0);
        assertThat(c.p().isDefined()).isFalse();
        assertThat(c.pHolm().isDefined()).isFalse();
        assertThat(c.reasons()).containsKeys("p", "studentP", "welchP", "mannWhitneyP", "cohensD", "wilcoxonP");
    }

    @Test
    void testChoiceCanBeOverridden() {
        List<TrialResult> trials = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            trials.add(ok("e", Map.of("k", 1), seed, seed));
            trials.add(ok("e", Map.of("k", 2), seed, seed * seed));
        }
        Comparison c = Analyzer.analyze(trials, AnalysisOptions.defaults().withTestChoice(TestChoice.WELCH_T))
                .experiments()
                .get(0)
                .metrics()
                .get(0)
                .comparisons()
                .get(0);
        assertThat(c.test()).isEqualTo(TestKind.WELCH_T);
        assertThat(c.p()).isEqualTo(c.welchP());
    }

    /**
     * A group's bootstrap intervals of the mean and the IQM are R's percentile intervals over the resamples
     * the seed draws ({@code bootstrap.json}, see {@code BootstrapReferenceTest}), whatever order the
     * trials finished in.
     */
    @Test
    void bootstrapIntervalsAreRsPercentileIntervalsOfTheSeededResamples() {
        JsonNode reference = IndependentReference.read("bootstrap.json");
        double[] values = IndependentReference.doubles(reference.get("values"));
        List<TrialResult> trials = new ArrayList<>();
        for (int s = values.length - 1; s >= 0; s--) {
            trials.add(ok("e", Map.of("k", 1), s + 1, values[s]));
        }
        GroupSummary group = Analyzer.analyze(
                        trials,
                        AnalysisOptions.defaults()
                                .withBootstrap(
                                        reference.get("resamples").asInt(),
                                        reference.get("seed").asLong()))
                .experiments()
                .get(0)
                .metrics()
                .get(0)
                .groups()
                .get(0);

        double[] mean = IndependentReference.doubles(reference.get("mean").get("type7"));
        double[] iqm = IndependentReference.doubles(reference.get("iqm").get("type7"));
        assertThat(group.meanBootLow().value()).isCloseTo(mean[0], within(IndependentReference.tolerance(mean[0])));
        assertThat(group.meanBootHigh().value()).isCloseTo(mean[1], within(IndependentReference.tolerance(mean[1])));
        assertThat(group.iqmBootLow().value()).isCloseTo(iqm[0], within(IndependentReference.tolerance(iqm[0])));
        assertThat(group.iqmBootHigh().value()).isCloseTo(iqm[1], within(IndependentReference.tolerance(iqm[1])));
    }

    @Test
    void neverThrowsOnDegenerateData() {
        SplittableRandom random = new SplittableRandom(42);
        double[] pool = {0, 0, 1, 1, 2, Double.NaN, Double.POSITIVE_INFINITY, 1e300, -1e-300, 5};
        TrialStatus[] statuses = {
            TrialStatus.SUCCESSFUL, TrialStatus.SUCCESSFUL, TrialStatus.FAILED, TrialStatus.ABORTED
        };
        for (int round = 0; round < 300; round++) {
            List<TrialResult> trials = new ArrayList<>();
            int configs = 1 + random.nextInt(4);
            int seeds = 1 + random.nextInt(5);
            for (int c = 0; c < configs; c++) {
                for (int s = 0; s < seeds; s++) {
                    if (random.nextInt(5) == 0) {
                        continue; // a missing trial: unequal seeds
                    }
                    Map<String, Object> config = new LinkedHashMap<>();
                    config.put("a", c % 2);
                    config.put("b", c / 2);
                    double v = random.nextBoolean() ? pool[random.nextInt(pool.length)] : random.nextGaussian();
                    trials.add(trial("e", config, s, statuses[random.nextInt(statuses.length)], v, null));
                }
            }
            assertThatCode(() ->
                            Analyzer.analyze(trials, AnalysisOptions.defaults().withBootstrap(50, 1)))
                    .as("round %d: %s", round, trials)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void pairedTestsUseTheSeedsWithAFiniteValueInBothConfigurations() {
        List<TrialResult> trials = new ArrayList<>();
        double[] a = {1.0, 2.5, 2.0, 4.5, 5.0};
        double[] b = {1.5, 2.0, Double.NaN, 5.0, 4.0};
        for (int s = 0; s < a.length; s++) {
            trials.add(ok("e", Map.of("k", 1), s + 1, a[s]));
        }
        for (int s = b.length - 1; s >= 0; s--) {
            trials.add(trial("e", Map.of("k", 2), s + 1, TrialStatus.SUCCESSFUL, b[s], null));
        }

        Comparison c = Analyzer.analyze(trials)
                .experiments()
                .get(0)
                .metrics()
                .get(0)
                .comparisons()
                .get(0);

        JsonNode reference = IndependentReference.read("paired.json"); // R: t.test(paired = TRUE)
        assertThat(IndependentReference.doubles(reference.get("a"))).containsExactly(a);
        assertThat(IndependentReference.doubles(reference.get("b"))).containsExactly(b);
        assertThat(c.pairs()).isEqualTo(Statistic.count(reference.get("pairs").asInt()));
        double t = reference.get("t").asDouble();
        assertThat(c.pairedT().value()).isCloseTo(t, within(IndependentReference.tolerance(t)));
        double p = reference.get("p").asDouble();
        assertThat(c.pairedP().value()).isCloseTo(p, within(IndependentReference.tolerance(p)));
    }
}

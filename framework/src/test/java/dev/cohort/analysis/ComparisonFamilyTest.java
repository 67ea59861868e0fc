package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.testing.IndependentReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ComparisonFamilyTest {

    /** Five configurations lr=1..5 of 20 seeds; the mean of lr=i is {@code means[i - 1]}. */
    private static List<TrialResult> study(Goal goal, double... means) {
        SplittableRandom random = new SplittableRandom(7);
        List<TrialResult> trials = new ArrayList<>();
        for (int c = 0; c < means.length; c++) {
            for (int seed = 0; seed < 20; seed++) {
                trials.add(new TrialResult(
                        "org.acme.Study#run",
                        Map.of("lr", c + 1),
                        seed,
                        seed,
                        TrialStatus.SUCCESSFUL,
                        Map.of("score", means[c] + random.nextGaussian()),
                        1,
                        null,
                        goal == Goal.NONE ? Map.of() : Map.of("score", goal),
                        null,
                        null,
                        null,
                        null));
            }
        }
        return trials;
    }

    private static MetricAnalysis analyze(List<TrialResult> trials, AnalysisOptions options) {
        return Analyzer.analyze(trials, options.withBootstrap(0, 1))
                .experiments()
                .get(0)
                .metrics()
                .get(0);
    }

    @Test
    void autoComparesAllPairsUpToTheLimit() {
        MetricAnalysis metric = analyze(study(Goal.MAXIMIZE, 0, 1, 2, 3, 4), AnalysisOptions.defaults());

        assertThat(metric.comparisonFamily()).isEqualTo(ComparisonFamily.ALL_PAIRS);
        assertThat(metric.reference()).isNull();
        assertThat(metric.comparisons()).hasSize(10);
        assertThat(metric.comparisons().get(0).a()).isEqualTo(Map.of("lr", 1));
        assertThat(metric.comparisons().get(0).b()).isEqualTo(Map.of("lr", 2));
    }

    @Test
    void aboveTheLimitEveryConfigurationIsComparedWithTheBest() {
        AnalysisOptions options = AnalysisOptions.defaults().withComparisons(ComparisonFamily.AUTO, 4);

        MetricAnalysis metric = analyze(study(Goal.MAXIMIZE, 0, 5, 2, 3, 0.5), options);

        assertThat(metric.comparisonFamily()).isEqualTo(ComparisonFamily.VERSUS_BEST);
        assertThat(metric.reference()).isEqualTo(Map.of("lr", 2));
        assertThat(metric.comparisons())
                .hasSize(4)
                .allSatisfy(c -> assertThat(c.a()).isEqualTo(Map.of("lr", 2)));
        assertThat(metric.comparisons().stream().map(Comparison::b))
                .containsExactly(Map.of("lr", 1), Map.of("lr", 3), Map.of("lr", 4), Map.of("lr", 5));
    }

    /**
     * R's {@code p.adjust} over the four comparisons with the best ({@code versus-best.json}): Welch's
     * p-values of lr=2 against the others, Holm and Bonferroni over those four only.
     */
    @Test
    void versusTheBestTheCorrectionsAreRsPAdjustOverTheComparisonsWithTheBest() {
        JsonNode reference = IndependentReference.read("versus-best.json");
        List<TrialResult> trials = new ArrayList<>();
        JsonNode values = reference.get("values");
        for (int c = 0; c < values.size(); c++) {
            for (int seed = 0; seed < values.get(c).size(); seed++) {
                trials.add(trial(c + 1, seed, values.get(c).get(seed).asDouble()));
            }
        }
        MetricAnalysis metric = analyze(
                trials,
                AnalysisOptions.defaults()
                        .withComparisons(ComparisonFamily.VERSUS_BEST, 50)
                        .withTestChoice(TestChoice.WELCH_T));

        assertThat(metric.reference())
                .isEqualTo(Map.of("lr", reference.get("best").asInt()));
        assertThat(metric.comparisons().stream().map(c -> c.b().get("lr")))
                .containsExactly(
                        reference.get("others").get(0).asInt(),
                        reference.get("others").get(1).asInt(),
                        reference.get("others").get(2).asInt(),
                        reference.get("others").get(3).asInt());
        assertClose(metric.comparisons().stream().map(c -> c.p().value()).toList(), reference.get("p"));
        assertClose(metric.comparisons().stream().map(c -> c.pHolm().value()).toList(), reference.get("holm"));
        assertClose(
                metric.comparisons().stream().map(c -> c.pBonferroni().value()).toList(), reference.get("bonferroni"));
    }

    private static void assertClose(List<Double> actual, JsonNode expected) {
        double[] values = IndependentReference.doubles(expected);
        assertThat(actual).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            assertThat(actual.get(i)).as("comparison %d", i).isCloseTo(values[i], within(1e-9 * values[i]));
        }
    }

    private static TrialResult trial(int lr, int seed, double score) {
        return new TrialResult(
                "org.acme.Study#run",
                Map.of("lr", lr),
                seed,
                seed,
                TrialStatus.SUCCESSFUL,
                Map.of("score", score),
                1,
                null,
                Map.of("score", Goal.MAXIMIZE),
                null,
                null,
                null,
                null);
    }

    @Test
    void theBestOfAMinimizedMetricIsTheLowestMeanAndWithoutAGoalTheFirstConfiguration() {
        AnalysisOptions versusBest = AnalysisOptions.defaults().withComparisons(ComparisonFamily.VERSUS_BEST, 50);

        assertThat(analyze(study(Goal.MINIMIZE, 3, 5, -2, 3, 0.5), versusBest).reference())
                .isEqualTo(Map.of("lr", 3));
        MetricAnalysis none = analyze(study(Goal.NONE, 3, 5, -2, 3, 0.5), versusBest);
        assertThat(none.reference()).isEqualTo(Map.of("lr", 1));
        assertThat(none.comparisons()).hasSize(4);
    }

    @Test
    void allPairsCanBeForcedAboveTheLimit() {
        AnalysisOptions allPairs = AnalysisOptions.defaults().withComparisons(ComparisonFamily.ALL_PAIRS, 2);

        MetricAnalysis metric = analyze(study(Goal.MAXIMIZE, 0, 1, 2, 3, 4), allPairs);

        assertThat(metric.comparisonFamily()).isEqualTo(ComparisonFamily.ALL_PAIRS);
        assertThat(metric.comparisons()).hasSize(10);
    }

    @Test
    void resolvesAndParsesNamesAndRejectsUnknownOnesNamingTheAllowedValues() {
        assertThat(ComparisonFamily.AUTO.resolve(50, 50)).isEqualTo(ComparisonFamily.ALL_PAIRS);
        assertThat(ComparisonFamily.AUTO.resolve(51, 50)).isEqualTo(ComparisonFamily.VERSUS_BEST);
        assertThat(ComparisonFamily.VERSUS_BEST.resolve(3, 50)).isEqualTo(ComparisonFamily.VERSUS_BEST);
        assertThat(ComparisonFamily.parse(" versus-best ")).isEqualTo(ComparisonFamily.VERSUS_BEST);
        assertThatThrownBy(() -> ComparisonFamily.parse("best"))
                .hasMessageContaining("'best'")
                .hasMessageContaining("ALL_PAIRS, VERSUS_BEST, AUTO");
    }

    @Test
    void theBootstrapShrinksToItsBudgetAndIsOmittedBelowAThousandResamples() {
        AnalysisOptions options = AnalysisOptions.defaults().withBootstrapBudget(3_000_000);

        assertThat(options.resamplesFor(300)).isEqualTo(10_000);
        assertThat(options.resamplesFor(1_000)).isEqualTo(3_000);
        assertThat(options.resamplesFor(3_001)).isZero();
        assertThat(options.withBootstrap(0, 1).resamplesFor(10)).isZero();
    }

    @Test
    void aMetricOverTheBudgetSaysSoAndHasNoBootstrapIntervals() {
        AnalysisOptions options = AnalysisOptions.defaults().withBootstrapBudget(50_000);

        MetricAnalysis metric = Analyzer.analyze(study(Goal.MAXIMIZE, 0, 1, 2, 3, 4), options)
                .experiments()
                .get(0)
                .metrics()
                .get(0);

        assertThat(metric.bootstrapResamples()).isZero();
        assertThat(metric.groups()).allSatisfy(g -> {
            assertThat(g.meanBootLow().reason()).contains("omitted").contains("bootstrapBudget");
            assertThat(g.reasons().get("iqmBootHigh")).contains("omitted");
        });
    }
}

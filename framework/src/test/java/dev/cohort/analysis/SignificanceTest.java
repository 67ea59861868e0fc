package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Goal;
import dev.cohort.analysis.Significance.Verdict;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignificanceTest {

    private static final double[] LOW = {1.0, 1.2, 0.9, 1.1, 1.05, 0.95, 1.15, 0.85};
    private static final double[] HIGH = {3.0, 3.2, 2.9, 3.1, 3.05, 2.95, 3.15, 2.85};
    private static final double[] NEAR_LOW = {1.02, 1.18, 0.92, 1.08, 1.0, 0.97, 1.12, 0.88};

    @Test
    void theLowerConfigurationIsSignificantlyBetterWhenMinimizedAndWorseWhenMaximized() {
        MetricAnalysis metric = analyze(Goal.MINIMIZE, LOW, HIGH);
        GroupSummary low = metric.groups().get(0);
        GroupSummary high = metric.groups().get(1);

        Significance s = Significance.of(metric, low, high, 0.05);
        assertThat(s.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(s.isSignificantlyBetter()).isTrue();
        assertThat(s.pHolm()).isEqualTo(metric.comparisons().get(0).pHolm());
        assertThat(s.pHolm().value()).isLessThan(0.05);

        assertThat(Significance.of(metric, high, low, 0.05).verdict()).isEqualTo(Verdict.WORSE);
        assertThat(Significance.of(metric, low, high, Goal.MAXIMIZE, 0.05).verdict())
                .isEqualTo(Verdict.WORSE);
        assertThat(Significance.of(metric, high, low, Goal.MAXIMIZE, 0.05).isSignificantlyBetter())
                .isTrue();
    }

    @Test
    void withoutADirectionASignificantDifferenceNamesNoWinner() {
        MetricAnalysis metric = analyze(Goal.NONE, LOW, HIGH);
        Significance s =
                Significance.of(metric, metric.groups().get(0), metric.groups().get(1), 0.05);
        assertThat(s.verdict()).isEqualTo(Verdict.DIFFERENT);
        assertThat(s.isSignificant()).isTrue();
        assertThat(s.isSignificantlyBetter()).isFalse();
    }

    @Test
    void aBetterMeanWithAHolmPAtLeastAlphaIsNotSignificant() {
        MetricAnalysis metric = analyze(Goal.MINIMIZE, LOW, NEAR_LOW);
        GroupSummary a = metric.groups().get(0);
        GroupSummary b = metric.groups().get(1);
        GroupSummary better = Goal.MINIMIZE.isBetter(a.mean().value(), b.mean().value()) ? a : b;
        GroupSummary worse = better == a ? b : a;

        Significance s = Significance.of(metric, better, worse, 0.05);
        assertThat(s.isBetterByMean()).isTrue();
        assertThat(s.verdict()).isEqualTo(Verdict.NOT_SIGNIFICANT);
        assertThat(s.isSignificantlyBetter()).isFalse();
    }

    @Test
    void anUndefinedPOrAMissingComparisonIsUndefined() {
        double[] constant = {2, 2, 2, 2};
        MetricAnalysis tied = analyze(Goal.MINIMIZE, constant, constant);
        Significance s =
                Significance.of(tied, tied.groups().get(0), tied.groups().get(1), 0.05);
        assertThat(s.pHolm().isDefined()).isFalse();
        assertThat(s.verdict()).isEqualTo(Verdict.UNDEFINED);

        AnalysisOptions versusBest = AnalysisOptions.defaults().withComparisons(ComparisonFamily.VERSUS_BEST, 2);
        MetricAnalysis metric = analyze(Goal.MINIMIZE, versusBest, LOW, HIGH, NEAR_LOW);
        assertThat(metric.reference()).isEqualTo(Map.of("c", 2)); // NEAR_LOW has the lowest mean
        Significance none =
                Significance.of(metric, metric.groups().get(0), metric.groups().get(1), 0.05);
        assertThat(none.comparison()).isEmpty();
        assertThat(none.verdict()).isEqualTo(Verdict.UNDEFINED);
    }

    @Test
    void alphaMustLieBetweenZeroAndOne() {
        MetricAnalysis metric = analyze(Goal.MINIMIZE, LOW, HIGH);
        assertThatThrownBy(() -> Significance.of(
                        metric, metric.groups().get(0), metric.groups().get(1), 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha must be in (0, 1)");
    }

    private static MetricAnalysis analyze(Goal goal, double[]... configurations) {
        return analyze(goal, AnalysisOptions.defaults().withBootstrap(0, 1), configurations);
    }

    private static MetricAnalysis analyze(Goal goal, AnalysisOptions options, double[]... configurations) {
        List<TrialResult> trials = new ArrayList<>();
        for (int c = 0; c < configurations.length; c++) {
            for (int s = 0; s < configurations[c].length; s++) {
                trials.add(new TrialResult(
                        "org.acme.E#m",
                        Map.of("c", c),
                        // seeds of their own per configuration, so the pair is not paired
                        100L * c + s,
                        s,
                        TrialStatus.SUCCESSFUL,
                        Map.of("y", configurations[c][s]),
                        1.0,
                        null,
                        Map.of("y", goal),
                        null,
                        null,
                        c,
                        null));
            }
        }
        return Analyzer.analyze(trials, options.withBootstrap(0, 1))
                .experiments()
                .get(0)
                .metrics()
                .get(0);
    }
}

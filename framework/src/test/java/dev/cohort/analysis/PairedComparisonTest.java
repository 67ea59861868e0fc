package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cohort.Goal;
import dev.cohort.results.TrialError;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The comparison of two configurations that ran the same seeds (common random numbers): the paired
 * tests of the automatic choice, what "the same seeds" means when a trial failed or never ran, and the
 * correlation of the paired values. Expected values are R 4.2's, in the comments.
 */
class PairedComparisonTest {

    private static final double TOLERANCE = 1e-12;

    private final List<TrialResult> trials = new ArrayList<>();

    private void run(int k, long seed, TrialStatus status, double value) {
        trials.add(new TrialResult(
                "e#paired",
                Map.of("k", k),
                seed,
                (int) seed - 1,
                status,
                status == TrialStatus.SUCCESSFUL ? Map.of("score", value) : Map.of(),
                1,
                status == TrialStatus.FAILED ? new TrialError("java.lang.IllegalStateException", "boom", "") : null,
                Map.of("score", Goal.MAXIMIZE),
                null,
                null,
                k - 1,
                null));
    }

    private void runAll(int k, double... values) {
        for (int i = 0; i < values.length; i++) {
            run(k, i + 1, TrialStatus.SUCCESSFUL, values[i]);
        }
    }

    private Comparison compare(AnalysisOptions options) {
        List<Comparison> comparisons = Analyzer.analyze(trials, options.withBootstrap(0, 1))
                .experiments()
                .get(0)
                .metrics()
                .get(0)
                .comparisons();
        assertThat(comparisons).hasSize(1);
        return comparisons.get(0);
    }

    private Comparison compare() {
        return compare(AnalysisOptions.defaults());
    }

    @Test
    void commonRandomNumbersGiveAPairedTestThatSeesWhatTheUnpairedOneMisses() {
        double[] base = {10.2, 7.9, 12.4, 9.1, 11.7, 8.3, 10.9, 13.0, 9.6, 11.1};
        double[] step = {0.4, 0.6, 0.3, 0.5, 0.7, 0.2, 0.6, 0.4, 0.5, 0.3};
        double[] tuned = new double[base.length];
        Arrays.setAll(tuned, i -> base[i] + step[i]);
        runAll(1, base);
        runAll(2, tuned);

        Comparison c = compare();

        // shapiro.test(base - tuned)$p.value = 0.8486 > 0.05
        assertThat(c.test()).isEqualTo(TestKind.PAIRED_T);
        assertThat(c.test().isPaired()).isTrue();
        assertThat(c.pairs().value()).isEqualTo(10);
        assertThat(c.p()).isEqualTo(c.pairedP());
        // t.test(base, tuned, paired = TRUE)$p.value
        assertThat(c.p().value()).isCloseTo(8.5380512231661627e-06, within(TOLERANCE));
        // t.test(base, tuned, var.equal = TRUE)$p.value: the seed-to-seed spread hides the difference
        assertThat(c.studentP().value()).isCloseTo(0.56304630377030296, within(TOLERANCE));
        // cor(base, tuned): what pairing bought
        assertThat(c.pairedCorrelation().value()).isCloseTo(0.99571480404541346, within(TOLERANCE));
    }

    @Test
    void wilcoxonSignedRankWhenTheDifferencesAreNotNormal() {
        double[] x = {5.0, 5.2, 4.9, 5.1, 5.3, 5.0, 4.8, 5.2, 5.1, 5.0};
        double[] shift = {0.1, 0.2, 0.1, 0.15, 0.1, 0.2, 0.12, 0.1, 0.18, 3.0};
        double[] y = new double[x.length];
        Arrays.setAll(y, i -> x[i] + shift[i]);
        runAll(1, x);
        runAll(2, y);

        Comparison c = compare();

        // shapiro.test(x - y)$p.value = 2.85e-07 <= 0.05
        assertThat(c.test()).isEqualTo(TestKind.WILCOXON);
        assertThat(c.p()).isEqualTo(c.wilcoxonP());
        // wilcox.test(x, y, paired = TRUE): V = 0, p = 0.0055718888098935876 (normal approximation, ties)
        assertThat(c.wilcoxonV().value()).isEqualTo(0.0);
        assertThat(c.p().value()).isCloseTo(0.0055718888098935876, within(TOLERANCE));
    }

    @Test
    void aTrialThatFailedInOneConfigurationKeepsThePairingOverTheOtherSeeds() {
        double[] a = {3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.1, 2.9};
        double[] b = {3.6, 5.0, 2.9, 6.8, 4.1, 4.6, 6.9, 3.3};
        runAll(1, a);
        for (int i = 0; i < b.length; i++) {
            run(2, i + 1, i == 4 ? TrialStatus.FAILED : TrialStatus.SUCCESSFUL, b[i]);
        }

        Comparison c = compare();

        // seed 5 failed in b: the pairs are the other 7 seeds, ok <- -5
        assertThat(c.pairs().value()).isEqualTo(7);
        // shapiro.test(a[ok] - b[ok])$p.value = 0.4612
        assertThat(c.test()).isEqualTo(TestKind.PAIRED_T);
        // t.test(a[ok], b[ok], paired = TRUE)
        assertThat(c.pairedT().value()).isCloseTo(-7.2663608498339780084, within(1e-12 * 7.27));
        assertThat(c.p().value()).isCloseTo(0.0003455684094206709, within(TOLERANCE));
        // cor(a[ok], b[ok])
        assertThat(c.pairedCorrelation().value()).isCloseTo(0.99165947736521176, within(TOLERANCE));
    }

    @Test
    void aSeedOneConfigurationNeverRanMakesTheComparisonUnpaired() {
        runAll(1, 3.1, 4.7, 2.2, 5.9, 4.4, 3.8);
        runAll(2, 3.6, 5.0, 2.9, 6.8, 4.1);

        Comparison c = compare();

        assertThat(c.test().isPaired()).isFalse();
        assertThat(c.pairs().isDefined()).isFalse();
        assertThat(c.pairedT().isDefined()).isFalse();
        assertThat(c.pairedCorrelation().isDefined()).isFalse();
        assertThat(c.reasons())
                .containsEntry("pairs", "the configurations did not run the same seeds")
                .containsEntry("pairedCorrelation", "the configurations did not run the same seeds");
    }

    @Test
    void configurationsWithSeedsOfTheirOwnAreComparedAsIndependentSamples() {
        double[] a = {3.1, 4.7, 2.2, 5.9, 4.4, 3.8};
        double[] b = {3.6, 5.0, 2.9, 6.8, 4.1, 4.6};
        for (int i = 0; i < a.length; i++) {
            run(1, i + 1, TrialStatus.SUCCESSFUL, a[i]);
            run(2, i + 101, TrialStatus.SUCCESSFUL, b[i]);
        }

        Comparison c = compare();

        assertThat(c.test()).isIn(TestKind.STUDENT_T, TestKind.WELCH_T, TestKind.MANN_WHITNEY);
        assertThat(c.pairedCorrelation().isDefined()).isFalse();
    }

    @Test
    void aPairedTestForcedOnConfigurationsThatRanDifferentSeedsHasNoPValueAndSaysWhy() {
        runAll(1, 3.1, 4.7, 2.2, 5.9, 4.4, 3.8);
        runAll(2, 3.6, 5.0, 2.9, 6.8, 4.1);

        Comparison c = compare(AnalysisOptions.defaults().withTestChoice(TestChoice.WILCOXON));

        assertThat(c.test()).isEqualTo(TestKind.WILCOXON);
        assertThat(c.p().isDefined()).isFalse();
        assertThat(c.reasons())
                .containsEntry("p", "Wilcoxon signed-rank is undefined: the configurations did not run the same seeds")
                .containsKeys("pBonferroni", "pHolm");
    }

    @Test
    void theCorrelationIsUndefinedWhenOneSideIsConstantAndSaysWhich() {
        runAll(1, 2.5, 2.5, 2.5, 2.5);
        runAll(2, 3.6, 5.0, 2.9, 6.8);

        Comparison c = compare();

        assertThat(c.pairs().value()).isEqualTo(4);
        assertThat(c.pairedCorrelation().isDefined()).isFalse();
        assertThat(c.reasons())
                .containsEntry(
                        "pairedCorrelation", "the values of a are constant over the 4 paired seeds (R's cor gives NA)");
    }

    @Test
    void everyTestKindCanBeChosenByName() {
        for (TestKind kind : TestKind.values()) {
            TestChoice choice = TestChoice.parse(kind.name().toLowerCase(Locale.ROOT));
            assertThat(choice.kind()).contains(kind);
        }
        assertThat(TestChoice.AUTO.kind()).isEmpty();
        assertThat(TestChoice.allowed()).isEqualTo("AUTO, STUDENT_T, WELCH_T, MANN_WHITNEY, PAIRED_T, WILCOXON");
    }
}

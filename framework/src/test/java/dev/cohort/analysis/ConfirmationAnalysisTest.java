package dev.cohort.analysis;

import static dev.cohort.analysis.ConfirmationStudy.CONFIRMATION_SEEDS;
import static dev.cohort.analysis.ConfirmationStudy.ID;
import static dev.cohort.analysis.ConfirmationStudy.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.SelectedConfiguration;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two stages of an experiment with {@code @Confirm}: tuning (exploratory) and confirmation. */
class ConfirmationAnalysisTest {

    private static final double EXACT = 1e-9;

    private static ExperimentAnalysis analyze(List<TrialResult> trials, ExperimentManifest manifest) {
        return Analyzer.analyze(
                        trials, List.of(manifest), AnalysisOptions.defaults().withBootstrap(0, 1))
                .experiments()
                .get(0);
    }

    private static Comparison comparison(MetricAnalysis metric, Map<String, Object> a, Map<String, Object> b) {
        Comparison c = metric.comparison(a, b).orElseThrow();
        assertThat(c.a()).isEqualTo(a);
        return c;
    }

    @Test
    void theTuningAnalysisHoldsTheTuningTrialsAloneAndCountsNoConfirmationTrialAsStale() {
        ExperimentAnalysis experiment = analyze(ConfirmationStudy.all(), ConfirmationStudy.manifest("algorithm"));

        assertThat(experiment.trials()).isEqualTo(18);
        assertThat(experiment.coverage().stale()).isZero();
        assertThat(experiment.coverage().declared().value()).isEqualTo(18);
        assertThat(experiment.stale()).isEmpty();
        assertThat(experiment.metrics().get(0).groups())
                .hasSize(6)
                .allSatisfy(g -> assertThat(g.n()).isEqualTo(3));
        assertThat(experiment.metrics().get(0).groups().get(1).mean().value()).isCloseTo(3.0, within(EXACT));
        assertThat(experiment.concludingStage()).isEqualTo(TrialStage.CONFIRMATION);
    }

    @Test
    void theConfirmationSelectsTheBestOfEachGroupByItsTuningMean() {
        ConfirmationAnalysis confirmation = analyze(ConfirmationStudy.all(), ConfirmationStudy.manifest("algorithm"))
                .confirmation();

        assertThat(confirmation.selection().selected())
                .extracting(SelectedConfiguration::config)
                .containsExactly(config("LMS", 0.3), config("IDBD", 0.1), config("Adam", 0.3));
        assertThat(confirmation.selection().selected())
                .extracting(SelectedConfiguration::tuningMean)
                .satisfiesExactly(
                        m -> assertThat(m).isCloseTo(3.0, within(EXACT)),
                        m -> assertThat(m).isCloseTo(2.0, within(EXACT)),
                        m -> assertThat(m).isCloseTo(2.7, within(EXACT)));
        assertThat(confirmation.declaration().seeds()).isEqualTo(CONFIRMATION_SEEDS);
        assertThat(confirmation.trials()).isEqualTo(15);
        assertThat(confirmation.successful()).isEqualTo(15);
        assertThat(confirmation.coverage().declared().value()).isEqualTo(15);
        assertThat(confirmation.coverage().missing().value()).isZero();
        assertThat(confirmation.warnings()).isEmpty();
        assertThat(confirmation.reasons()).isEmpty();
    }

    /**
     * Reference: R 4.x on the confirmation values of {@link ConfirmationStudy} ({@code lms}, {@code idbd},
     * {@code adam}): {@code t.test(a, b, paired = TRUE)} per pair (LMS-IDBD, LMS-Adam, IDBD-Adam), whose
     * {@code shapiro.test(a - b)} p-values 0.788, 0.219, 0.122 choose the paired t; {@code p.adjust(p,
     * "holm")} and {@code "bonferroni"} over the three pairs; {@code t.test(x)$conf.int}.
     */
    @Test
    void theComparisonsArePairedAmongTheSelectedConfigurationsInOneFamilyAsRComputesThem() {
        MetricAnalysis metric = analyze(ConfirmationStudy.all(), ConfirmationStudy.manifest("algorithm"))
                .confirmation()
                .metrics()
                .get(0);

        assertThat(metric.name()).isEqualTo("final_error");
        assertThat(metric.groups())
                .extracting(GroupSummary::config)
                .containsExactly(config("LMS", 0.3), config("IDBD", 0.1), config("Adam", 0.3));
        GroupSummary lms = metric.groups().get(0);
        assertThat(lms.n()).isEqualTo(5);
        assertThat(lms.mean().value()).isCloseTo(3.27, within(EXACT));
        assertThat(lms.ciLow().value()).isCloseTo(2.8998883078149498, within(EXACT));
        assertThat(lms.ciHigh().value()).isCloseTo(3.6401116921850507, within(EXACT));
        assertThat(metric.groups().get(1).ciLow().value()).isCloseTo(1.7411409703984884, within(EXACT));
        assertThat(metric.groups().get(2).ciHigh().value()).isCloseTo(2.8392872420850193, within(EXACT));
        assertThat(metric.comparisons()).hasSize(3);
        assertThat(metric.comparisons()).allSatisfy(c -> assertThat(c.test()).isEqualTo(TestKind.PAIRED_T));

        Comparison lmsIdbd = comparison(metric, config("LMS", 0.3), config("IDBD", 0.1));
        assertThat(lmsIdbd.pairedT().value()).isCloseTo(31.744527710738414, within(1e-9 * 31.7));
        assertThat(lmsIdbd.p().value()).isCloseTo(5.8695943802418423e-06, within(EXACT));
        assertThat(lmsIdbd.pHolm().value()).isCloseTo(1.7608783140725525e-05, within(EXACT));
        assertThat(lmsIdbd.pBonferroni().value()).isCloseTo(1.7608783140725525e-05, within(EXACT));

        Comparison lmsAdam = comparison(metric, config("LMS", 0.3), config("Adam", 0.3));
        assertThat(lmsAdam.pairedT().value()).isCloseTo(6.8424378405334689, within(EXACT));
        assertThat(lmsAdam.p().value()).isCloseTo(0.0023870750552023269, within(EXACT));
        assertThat(lmsAdam.pHolm().value()).isCloseTo(0.0041461969700852374, within(EXACT));
        assertThat(lmsAdam.pBonferroni().value()).isCloseTo(0.0071612251656069806, within(EXACT));

        Comparison idbdAdam = comparison(metric, config("IDBD", 0.1), config("Adam", 0.3));
        assertThat(idbdAdam.pairedT().value()).isCloseTo(-7.1049644250002695, within(EXACT));
        assertThat(idbdAdam.p().value()).isCloseTo(0.0020730984850426187, within(EXACT));
        assertThat(idbdAdam.pHolm().value()).isCloseTo(0.0041461969700852374, within(EXACT));
        assertThat(idbdAdam.pBonferroni().value()).isCloseTo(0.0062192954551278561, within(EXACT));
    }

    @Test
    void confirmationTrialsOfAConfigurationNoLongerSelectedAreLeftOutWithAWarning() {
        List<TrialResult> trials = new ArrayList<>(ConfirmationStudy.all());
        // Confirmed before the tuning results changed: LMS 0.1 was the best LMS then.
        trials.addAll(ConfirmationStudy.confirmation(config("LMS", 0.1), new double[] {9, 9, 9, 9, 9}));

        ConfirmationAnalysis confirmation =
                analyze(trials, ConfirmationStudy.manifest("algorithm")).confirmation();

        assertThat(confirmation.trials()).isEqualTo(15);
        assertThat(confirmation.coverage().stale()).isEqualTo(5);
        assertThat(confirmation.stale()).singleElement().satisfies(s -> {
            assertThat(s.config()).isEqualTo(config("LMS", 0.1));
            assertThat(s.declared()).isFalse();
            assertThat(s.seeds()).isEqualTo(CONFIRMATION_SEEDS);
        });
        assertThat(confirmation.warnings())
                .singleElement()
                .asString()
                .contains("no longer selects", "algorithm=LMS, step=0.1 (5 trials)");
        assertThat(confirmation.metrics().get(0).groups().get(0).mean().value()).isCloseTo(3.27, within(EXACT));
    }

    @Test
    void missingAndFailedConfirmationTrialsAreCountedAndTheFailureListed() {
        List<TrialResult> trials = new ArrayList<>(ConfirmationStudy.tuning());
        List<TrialResult> confirmation = ConfirmationStudy.confirmation();
        trials.addAll(confirmation.subList(0, 4)); // LMS lacks its last seed
        trials.add(ConfirmationStudy.trial(
                config("IDBD", 0.1),
                CONFIRMATION_SEEDS.get(0),
                0,
                TrialStatus.FAILED,
                Map.of(),
                TrialStage.CONFIRMATION));
        trials.addAll(confirmation.subList(6, 10));
        // Adam has not run on the fresh seeds at all

        ConfirmationAnalysis analysis =
                analyze(trials, ConfirmationStudy.manifest("algorithm")).confirmation();

        assertThat(analysis.trials()).isEqualTo(9);
        assertThat(analysis.successful()).isEqualTo(8);
        assertThat(analysis.coverage().failed()).isEqualTo(1);
        assertThat(analysis.coverage().missing().value()).isEqualTo(6);
        assertThat(analysis.failures()).singleElement().satisfies(f -> {
            assertThat(f.config()).isEqualTo(config("IDBD", 0.1));
            assertThat(f.status()).isEqualTo("FAILED");
        });
        assertThat(analysis.notRun()).containsExactly(config("Adam", 0.3));
        GroupSummary adam = analysis.metrics().get(0).groups().get(2);
        assertThat(adam.n()).isZero();
        assertThat(adam.reasons())
                .containsEntry("mean", "no trial of this configuration has run (0 of 5 declared seeds)");
    }

    @Test
    void beforeAnyConfirmationTrialTheSelectionMetricListsTheSelectedConfigurationsWithoutValues() {
        ConfirmationAnalysis confirmation = analyze(ConfirmationStudy.tuning(), ConfirmationStudy.manifest("algorithm"))
                .confirmation();

        assertThat(confirmation.trials()).isZero();
        assertThat(confirmation.coverage().missing().value()).isEqualTo(15);
        assertThat(confirmation.metrics()).singleElement().satisfies(m -> {
            assertThat(m.groups()).hasSize(3).allSatisfy(g -> assertThat(g.n()).isZero());
            assertThat(m.comparisons())
                    .allSatisfy(c -> assertThat(c.p().isDefined()).isFalse());
        });
    }

    @Test
    void aSingleSelectedConfigurationHasNoComparisonAndSaysWhy() {
        List<TrialResult> trials = new ArrayList<>(ConfirmationStudy.tuning());
        trials.addAll(ConfirmationStudy.confirmation(config("IDBD", 0.1), ConfirmationStudy.IDBD));

        ConfirmationAnalysis confirmation =
                analyze(trials, ConfirmationStudy.manifest()).confirmation();

        assertThat(confirmation.selection().selected())
                .extracting(SelectedConfiguration::config)
                .containsExactly(config("IDBD", 0.1));
        MetricAnalysis metric = confirmation.metrics().get(0);
        assertThat(metric.comparisons()).isEmpty();
        assertThat(metric.anova().reasons()).containsKey("f");
        assertThat(confirmation.reasons()).containsKey("comparisons");
        assertThat(confirmation.reasons().get("comparisons")).contains("one configuration is selected (per is empty)");
        assertThat(metric.groups().get(0).mean().value()).isCloseTo(2.034, within(EXACT));
    }

    @Test
    void anIncompleteTuningStageWarnsThatTheSelectionMayChange() {
        List<TrialResult> trials = new ArrayList<>(ConfirmationStudy.tuning());
        trials.remove(0);

        ConfirmationAnalysis confirmation =
                analyze(trials, ConfirmationStudy.manifest("algorithm")).confirmation();

        assertThat(confirmation.warnings())
                .singleElement()
                .asString()
                .contains("tuning stage is incomplete (17 of 18 trials have results)");
    }

    @Test
    void theStagesAreAnalysesOfTheirOwnForViews() {
        ExperimentAnalysis experiment = analyze(ConfirmationStudy.all(), ConfirmationStudy.manifest("algorithm"));

        ExperimentAnalysis confirmed = experiment.stage(TrialStage.CONFIRMATION);
        assertThat(confirmed.id()).isEqualTo(ID);
        assertThat(confirmed.trials()).isEqualTo(15);
        assertThat(confirmed.metrics()).isEqualTo(experiment.confirmation().metrics());
        assertThat(confirmed.hasConfirmation()).isFalse();
        ExperimentAnalysis tuning = experiment.stage(TrialStage.TUNING);
        assertThat(tuning.trials()).isEqualTo(18);
        assertThat(tuning.hasConfirmation()).isFalse();
        assertThatThrownBy(() -> tuning.stage(TrialStage.CONFIRMATION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declares no @Confirm");
    }
}

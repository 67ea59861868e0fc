package dev.cohort.example;

import static dev.cohort.assertions.CohortAssertions.assertThat;

import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.query.ConfigurationSummary;
import dev.cohort.query.Reduce;
import dev.cohort.query.Results;
import dev.cohort.query.TrialQuery;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.SelectedConfiguration;
import dev.cohort.results.TrialStage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the study must show, asserted on the results the experiments wrote in the {@code test} phase.
 * Failsafe runs this class in {@code integration-test}, after Surefire ran {@link StepSizeExperiments}, so
 * the results are complete when it reads them (within one Surefire run, test classes and experiments run
 * in no fixed order).
 */
class StepSizeStudyIT {

    private static final String EXPERIMENT = "StepSizeExperiments#tracking";

    private static Results results;

    @BeforeAll
    static void load() {
        results = Results.load(Path.of("target/cohort/results"));
    }

    @Test
    void everyTrialRan() {
        assertThat(results).hasNoReadProblems().experiment(EXPERIMENT).hasNoFailedTrials();
        assertThat(results)
                .experiment(EXPERIMENT)
                .metric("final_error")
                .config("algorithm=IDBD, stepSize=0.01")
                .hasSuccessfulTrials(30);
    }

    @Test
    void theBestIdbdTracksBetterThanTheBestLms() {
        assertThat(results)
                .experiment(EXPERIMENT)
                .metric("final_error")
                .config("algorithm=IDBD")
                .isSignificantlyLowerThan("algorithm=LMS");
    }

    @Test
    void theBestLmsStepSizeIsInsideTheGrid() {
        assertThat(results)
                .experiment(EXPERIMENT)
                .tuning()
                .metric("final_error")
                .config("algorithm=LMS, stepSize=0.03")
                .isSignificantlyLowerThan("algorithm=LMS, stepSize=0.01")
                .hasMeanBetween(3, 4.5);
    }

    @Test
    void theQueryApiFindsTheBestIdbdStepSizeAndItsSlice() {
        TrialQuery idbd = results.query(EXPERIMENT).where("algorithm", "IDBD");
        ConfigurationSummary best = idbd.best("final_error");
        List<ConfigurationSummary> slice =
                idbd.slice(best.config(), "stepSize").summarize(Reduce.metric("final_error"));

        assertThat(idbd).hasSuccessfulTrials(90).hasBest("final_error", "stepSize=0.01");
        org.assertj.core.api.Assertions.assertThat(slice)
                .extracting(s -> s.config().get("stepSize"))
                .containsExactly(0.01, 0.03, 0.05);
        org.assertj.core.api.Assertions.assertThat(slice)
                .allSatisfy(
                        s -> org.assertj.core.api.Assertions.assertThat(s.mean().value())
                                .isGreaterThanOrEqualTo(best.mean().value()));
    }

    @Test
    void theWinnersOfEachAlgorithmAreConfirmedOnThirtyFreshSeeds() {
        ExperimentManifest declared = results.manifest(EXPERIMENT).orElseThrow();
        ConfirmationDeclaration confirmation = declared.confirmation();
        ConfirmationAnalysis confirmed =
                results.experiment(EXPERIMENT).orElseThrow().confirmation();

        org.assertj.core.api.Assertions.assertThat(confirmation.seeds())
                .hasSize(30)
                .doesNotContainAnyElementsOf(declared.seeds());
        org.assertj.core.api.Assertions.assertThat(confirmed.selection().selected())
                .extracting(SelectedConfiguration::configId)
                .containsExactly("algorithm=LMS, stepSize=0.03", "algorithm=IDBD, stepSize=0.01");
        org.assertj.core.api.Assertions.assertThat(
                        results.query(EXPERIMENT, TrialStage.CONFIRMATION).trials())
                .hasSize(60)
                .allSatisfy(t -> org.assertj.core.api.Assertions.assertThat(confirmation.seeds())
                        .contains(t.seed()));
        assertThat(results)
                .experiment(EXPERIMENT)
                .confirmation()
                .hasNoFailedTrials()
                .metric("final_error")
                .config("algorithm=IDBD, stepSize=0.01")
                .isSignificantlyLowerThan("algorithm=LMS, stepSize=0.03");
    }

    @Test
    void theSampledMetaStepSizeDesignRanItsSixConfigurations() {
        TrialQuery sampled = results.query("StepSizeExperiments#metaStepSize");
        assertThat(results).experiment("StepSizeExperiments#metaStepSize").hasNoFailedTrials();
        org.assertj.core.api.Assertions.assertThat(sampled.configurations()).hasSize(6);
        org.assertj.core.api.Assertions.assertThat(results.manifest("StepSizeExperiments#metaStepSize")
                        .orElseThrow()
                        .design()
                        .type())
                .isEqualTo("SAMPLE");
    }
}

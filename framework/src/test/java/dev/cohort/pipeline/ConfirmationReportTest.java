package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Confirm;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.ConfirmationStudy;
import dev.cohort.analysis.StalePolicy;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.report.StudyNotes;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.ConfirmationSelection;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.SelectedConfiguration;
import dev.cohort.results.TrialResult;
import dev.cohort.results.store.JsonLinesResultReader;
import dev.cohort.results.store.ManifestStore;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.RunRecorder;
import dev.cohort.runtime.TrialRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study with {@code @Confirm} run through the real path: trials recorded by the runtime (tuning, then the
 * selected configurations on the confirmation seeds), read back by the report pipeline, summary.json's
 * {@code confirmation} block checked against the trials.
 */
class ConfirmationReportTest {

    static class Tracking {
        @Experiment
        @Seeds(4)
        @Metric(name = "final_error", goal = Goal.MINIMIZE)
        @Confirm(seeds = 6, per = "algorithm")
        void run(@Sweep({"LMS", "IDBD"}) String algorithm, @Sweep({"0.1", "0.3", "0.9"}) double step, Trial trial) {
            double optimum = algorithm.equals("LMS") ? 0.3 : 0.1;
            double base = algorithm.equals("LMS") ? 3 : 2;
            trial.record(
                    "final_error",
                    base + Math.abs(step - optimum) + base * trial.random().nextDouble());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void summaryJsonHoldsTheConfirmationOfTheSelectedConfigurationsOnFreshSeeds(@TempDir Path temp) throws Exception {
        ExperimentDefinition experiment = ExperimentReader.read(
                Tracking.class, Tracking.class.getDeclaredMethod("run", String.class, double.class, Trial.class));
        ExperimentManifest manifest = experiment.manifest(Instant.EPOCH);
        ConfirmationDeclaration declaration = experiment.confirmation().orElseThrow();
        Path results = temp.resolve("results");
        try (RunRecorder recorder = RunRecorder.open(results)) {
            ManifestStore.write(results, manifest);
            for (Configuration configuration : experiment.configurations()) {
                for (int s = 0; s < experiment.seedCount(); s++) {
                    recorder.record(TrialRunner.run(experiment, configuration, s));
                }
            }
        }
        List<TrialResult> tuning = JsonLinesResultReader.read(results).trials();
        ConfirmationSelection selection =
                ConfirmationSelection.select(declaration, manifest.configurations(), manifest.seeds(), tuning);
        ExperimentDefinition confirmation = experiment.confirmationStage();
        try (RunRecorder recorder = RunRecorder.open(results)) {
            for (SelectedConfiguration selected : selection.selected()) {
                Configuration configuration = experiment.configurations().get(selected.configIndex());
                for (int s = 0; s < confirmation.seedCount(); s++) {
                    recorder.record(TrialRunner.run(confirmation, configuration, s));
                }
            }
        }

        ReportOutcome outcome = new ReportPipeline().run(results, temp.resolve("report"));

        JsonNode experimentNode = JSON.readTree(
                        temp.resolve("report/summary.json").toFile())
                .get("experiments")
                .get(0);
        assertThat(experimentNode.get("exploratory").asBoolean()).isTrue();
        assertThat(experimentNode.get("trials").asInt()).isEqualTo(24);
        assertThat(experimentNode.get("coverage").get("stale").asInt()).isZero();
        JsonNode block = experimentNode.get("confirmation");
        assertThat(block.get("per")).hasSize(1);
        assertThat(block.get("per").get(0).asText()).isEqualTo("algorithm");
        List<Long> seeds = new ArrayList<>();
        block.get("seeds").forEach(seed -> seeds.add(seed.asLong()));
        assertThat(seeds).isEqualTo(declaration.seeds()).hasSize(6).doesNotContainAnyElementsOf(manifest.seeds());
        JsonNode selected = block.get("selected");
        assertThat(selected).hasSize(2);
        assertThat(selected.get(0).get("group").get("algorithm").asText()).isEqualTo("LMS");
        assertThat(selected.get(0).get("config").get("step").asDouble()).isEqualTo(0.3);
        assertThat(selected.get(1).get("config").get("algorithm").asText()).isEqualTo("IDBD");
        assertThat(selected.get(1).get("config").get("step").asDouble()).isEqualTo(0.1);
        assertThat(selected.get(0).get("tuningMean").asDouble())
                .isCloseTo(selection.selected().get(0).tuningMean(), within(1e-12));
        JsonNode coverage = block.get("coverage");
        assertThat(coverage.get("declared").asInt()).isEqualTo(12);
        assertThat(coverage.get("successful").asInt()).isEqualTo(12);
        assertThat(coverage.get("missing").asInt()).isZero();
        assertThat(block.get("warnings")).isEmpty();

        JsonNode metric = block.get("metrics").get(0);
        assertThat(metric.get("name").asText()).isEqualTo("final_error");
        JsonNode groups = metric.get("groups");
        assertThat(groups).hasSize(2);
        List<TrialResult> confirmed = JsonLinesResultReader.read(results).trials().stream()
                .filter(TrialResult::isConfirmation)
                .toList();
        assertThat(confirmed).hasSize(12);
        double lmsMean = confirmed.stream()
                .filter(t -> t.config().get("algorithm").equals("LMS"))
                .mapToDouble(t -> t.metrics().get("final_error"))
                .average()
                .orElseThrow();
        assertThat(groups.get(0).get("n").asInt()).isEqualTo(6);
        assertThat(groups.get(0).get("mean").asDouble()).isCloseTo(lmsMean, within(1e-12));
        JsonNode comparisons = metric.get("comparisons");
        assertThat(comparisons).hasSize(1);
        assertThat(comparisons.get(0).get("pairedP").isNumber()).isTrue();
        assertThat(comparisons.get(0).get("pHolm").asDouble())
                .isEqualTo(comparisons.get(0).get("p").asDouble());
        Set<String> tests = new HashSet<>(List.of("PAIRED_T", "WILCOXON"));
        assertThat(tests).contains(comparisons.get(0).get("test").asText());
        assertThat(Files.readString(temp.resolve("report/summary.json"))).doesNotContain("NaN");
        assertThat(outcome.trials()).isEqualTo(36);
        List<String> summary = Files.readAllLines(temp.resolve("report/summary.csv"));
        assertThat(summary.get(0)).startsWith("experiment,stage,metric,goal,config,");
        assertThat(summary.subList(1, summary.size()))
                .map(line -> line.split(",")[1])
                .containsExactly(
                        "confirmation", "confirmation", "tuning", "tuning", "tuning", "tuning", "tuning", "tuning");
        List<String> pairs = Files.readAllLines(temp.resolve("report/comparisons.csv"));
        assertThat(pairs.stream().filter(line -> line.contains(",confirmation,")))
                .singleElement()
                .asString()
                .contains("\"algorithm=LMS, step=0.3\",\"algorithm=IDBD, step=0.1\"");
        assertThat(pairs.stream().filter(line -> line.contains(",tuning,"))).hasSize(15);
    }

    @Test
    void theBuildLogNamesConfirmationTrialsLeftOutAndAConfirmationThatHasNotRun() {
        List<TrialResult> trials = new ArrayList<>(ConfirmationStudy.all());
        trials.addAll(ConfirmationStudy.confirmation(ConfirmationStudy.config("LMS", 0.1), new double[] {9, 9}));
        StudyAnalysis confirmed =
                Analyzer.analyze(trials, List.of(ConfirmationStudy.manifest("algorithm")), AnalysisOptions.defaults());
        StudyAnalysis pending = Analyzer.analyze(
                ConfirmationStudy.tuning(),
                List.of(ConfirmationStudy.manifest("algorithm")),
                AnalysisOptions.defaults());

        assertThat(StudyNotes.log(confirmed, StalePolicy.EXCLUDE))
                .containsExactly("Tracking#run: Confirmation trials of configurations the tuning stage no longer"
                        + " selects are left out (the tuning results changed after they ran; run the confirmation"
                        + " stage again): algorithm=LMS, step=0.1 (2 trials).");
        assertThat(StudyNotes.log(pending, StalePolicy.EXCLUDE))
                .containsExactly("Tracking#run: the confirmation stage has no successful trial yet (0 of 15 trials on"
                        + " the 5 fresh seeds have results).");
    }
}

package dev.cohort.report;

import dev.cohort.Confirm;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;
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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Results of a study with {@code @Confirm} written by the real runtime, as the engine writes them: the
 * tuning trials and the declaration, then the configurations {@link ConfirmationSelection} selects from
 * the stored tuning results, each on the confirmation seeds (the first {@code confirmationSeedsRun} of
 * them, so a run can be left incomplete).
 */
public final class ConfirmedResults {

    /** Two algorithms x four step sizes, 10 tuning seeds, 8 confirmation seeds per algorithm. */
    public static class Tracking {
        @Experiment
        @Seeds(10)
        @Metric(name = "final_error", goal = Goal.MINIMIZE)
        @Confirm(seeds = 8, per = "algorithm")
        void run(
                @Sweep({"LMS", "IDBD"}) String algorithm,
                @Sweep({"0.03", "0.1", "0.3", "0.9"}) double step,
                Trial trial) {
            double optimum = algorithm.equals("LMS") ? 0.3 : 0.1;
            double base = algorithm.equals("LMS") ? 3 : 2;
            trial.record(
                    "final_error",
                    base + 0.2 * Math.abs(step - optimum) + trial.random().nextGaussian() * 0.3);
            trial.record("updates", 1000 + 10 * trial.random().nextDouble());
        }
    }

    private ConfirmedResults() {}

    /** Writes the study's results to {@code results}; returns the selection the confirmation ran. */
    public static ConfirmationSelection write(Path results, int confirmationSeedsRun) throws Exception {
        ExperimentDefinition experiment = ExperimentReader.read(
                Tracking.class, Tracking.class.getDeclaredMethod("run", String.class, double.class, Trial.class));
        ExperimentManifest manifest = experiment.manifest(Instant.EPOCH);
        ConfirmationDeclaration declaration = experiment.confirmation().orElseThrow();
        try (RunRecorder recorder = RunRecorder.open(results)) {
            ManifestStore.write(results, manifest);
            for (Configuration configuration : experiment.configurations()) {
                for (int s = 0; s < experiment.seedCount(); s++) {
                    recorder.record(TrialRunner.run(experiment, configuration, s));
                }
            }
        }
        ConfirmationSelection selection =
                ConfirmationSelection.select(declaration, manifest.configurations(), manifest.seeds(), trials(results));
        ExperimentDefinition confirmation = experiment.confirmationStage();
        try (RunRecorder recorder = RunRecorder.open(results)) {
            for (SelectedConfiguration selected : selection.selected()) {
                Configuration configuration = experiment.configurations().get(selected.configIndex());
                for (int s = 0; s < confirmationSeedsRun; s++) {
                    recorder.record(TrialRunner.run(confirmation, configuration, s));
                }
            }
        }
        return selection;
    }

    /** Every trial stored under {@code results}. */
    public static List<TrialResult> trials(Path results) throws IOException {
        return JsonLinesResultReader.read(results).trials();
    }
}

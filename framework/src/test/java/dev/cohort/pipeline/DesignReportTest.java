package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Experiment;
import dev.cohort.Sample;
import dev.cohort.Scale;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;
import dev.cohort.results.store.ManifestStore;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.RunRecorder;
import dev.cohort.runtime.TrialRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sampled design run end to end: recorded with the results, stated in the HTML and LaTeX reports. */
class DesignReportTest {

    static class Sampled {
        @Experiment
        @Seeds(3)
        @Sample(n = 4, seed = 9)
        void run(
                @Sweep(from = 1e-3, to = 1, steps = 4, scale = Scale.LOG) double rate,
                @Sweep({"a", "b"}) String kind,
                Trial trial) {
            trial.record("loss", rate + trial.random().nextDouble());
        }
    }

    @Test
    void theReportStatesTheRecordedDesign(@TempDir Path temp) throws Exception {
        ExperimentDefinition experiment = ExperimentReader.read(
                Sampled.class, Sampled.class.getDeclaredMethod("run", double.class, String.class, Trial.class));
        Path results = temp.resolve("results");
        try (RunRecorder recorder = RunRecorder.open(results)) {
            ManifestStore.write(results, experiment.manifest(Instant.EPOCH));
            for (Configuration configuration : experiment.configurations()) {
                for (int s = 0; s < experiment.seedCount(); s++) {
                    recorder.record(TrialRunner.run(experiment, configuration, s));
                }
            }
        }

        ReportOutcome outcome = new ReportPipeline().run(results, temp.resolve("report"));

        String design = "random sample of 4 of the 8 configurations of the grid (full grid 4 x 2), seed 9";
        assertThat(experiment.designDescription()).isEqualTo(design);
        assertThat(Files.readString(outcome.index(), StandardCharsets.UTF_8)).contains("Design: " + design + ".");
        assertThat(Files.readString(temp.resolve("report/report.tex"), StandardCharsets.UTF_8))
                .contains("\nDesign: " + design + ".\n");
    }
}

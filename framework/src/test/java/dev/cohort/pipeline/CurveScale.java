package dev.cohort.pipeline;

import dev.cohort.Experiment;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;
import dev.cohort.analysis.Analyzer;
import dev.cohort.report.ReportWriter;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.RunRecorder;
import dev.cohort.runtime.TrialRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Records and reports a study of 100 configurations x 30 seeds, each trial logging one curve point per
 * step, through the real recording path ({@link TrialRunner}, {@link RunRecorder}, trials in parallel)
 * and the real {@link ReportPipeline} with every standard format but {@code summary.json}. Run in a child JVM with a small heap by {@link CurveScaleTest}.
 *
 * <p>Arguments: the results directory, the reports directory, the number of steps per trial. Prints
 * {@code points=<n> recordMs=<ms> reportMs=<ms>}.
 */
public final class CurveScale {

    private static volatile int steps;

    private CurveScale() {}

    /** The study: 10 x 10 configurations, 30 seeds. */
    static final class Study {
        private Study() {}

        @Experiment
        @Seeds(30)
        void curves(
                @Sweep({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}) int a,
                @Sweep({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}) int b,
                Trial trial) {
            double level = 1 + a + b / 10.0;
            for (int step = 0; step < steps; step++) {
                trial.log("squared_error", step, level * trial.random().nextDouble() / (1 + step));
            }
            trial.record("final_error", level);
        }
    }

    /** Records then reports the study. */
    public static void main(String[] args) throws IOException {
        Path results = Path.of(args[0]);
        Path reports = Path.of(args[1]);
        steps = Integer.parseInt(args[2]);
        ExperimentDefinition study = ExperimentReader.read(
                Study.class, ExperimentReader.experimentMethods(Study.class).get(0));
        List<Configuration> configurations = study.configurations();
        int seeds = study.seedCount();
        long start = System.nanoTime();
        try (RunRecorder recorder = RunRecorder.open(results)) {
            IntStream.range(0, configurations.size() * seeds).parallel().forEach(i -> {
                recorder.record(TrialRunner.run(study, configurations.get(i / seeds), i % seeds));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long recorded = System.nanoTime();
        // summary.json is left out: at 100 configurations (4,950 comparisons) its writer alone needs more
        // than 64 MB, a limit of that format, not of the curves
        ReportWriter writer = new ReportWriter(ReportWriter.standard().formats().stream()
                .filter(format -> !format.fileName().equals("summary.json"))
                .toList());
        ReportOutcome outcome = new ReportPipeline(Analyzer::analyze, writer, Clock.systemUTC()).run(results, reports);
        long reported = System.nanoTime();
        if (!outcome.problems().isEmpty()) {
            throw new IllegalStateException("Problems: " + outcome.problems());
        }
        System.out.println("points=" + (long) configurations.size() * seeds * steps
                + " recordMs=" + (recorded - start) / 1_000_000
                + " reportMs=" + (reported - recorded) / 1_000_000);
    }
}

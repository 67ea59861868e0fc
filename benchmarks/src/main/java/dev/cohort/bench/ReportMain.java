package dev.cohort.bench;

import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.ComparisonFamily;
import dev.cohort.pipeline.ReportOutcome;
import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.results.TaskDeclaration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report path alone, as the {@code cohort:report} goal runs it: {@code ReportMain <results> <reports>
 * [ALL_PAIRS|VERSUS_BEST|AUTO [task parameter]]} (the comparison family, default {@code AUTO} as in the
 * goal; the task parameter as {@code -Dcohort.task} names one, min-max normalised, with the default
 * stratified resamples).
 * Started in its own JVM by the benchmarks that time it, so its heap limit and start-up count.
 */
public final class ReportMain {

    private ReportMain() {}

    /**
     * The command that runs this report path in its own JVM with {@code jvmOptions}, reading {@code
     * results} and writing into {@code reports}; {@code options} are the optional family and task
     * parameter.
     */
    static List<String> command(List<String> jvmOptions, Path results, Path reports, String... options) {
        List<String> args = new ArrayList<>(List.of(results.toString(), reports.toString()));
        args.addAll(List.of(options));
        return ChildProcess.java(jvmOptions, ReportMain.class, args.toArray(String[]::new));
    }

    /** Reads the results, analyzes them and writes every report format; prints what it did. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            throw new IllegalArgumentException("usage: ReportMain <results directory> <reports directory>"
                    + " [ALL_PAIRS|VERSUS_BEST|AUTO [task parameter]]");
        }
        AnalysisOptions options = AnalysisOptions.defaults();
        if (args.length >= 3) {
            options = options.withComparisons(ComparisonFamily.valueOf(args[2]), options.allPairsLimit());
        }
        if (args.length == 4) {
            options = options.withTask(TaskDeclaration.minMax(args[3]), AnalysisOptions.DEFAULT_TASK_RESAMPLES);
        }
        long start = System.nanoTime();
        ReportOutcome outcome = new ReportPipeline(options).run(Path.of(args[0]), Path.of(args[1]));
        long elapsed = System.nanoTime() - start;
        Runtime runtime = Runtime.getRuntime();
        System.out.println("report of " + outcome.trials() + " trials in " + Environment.seconds(elapsed)
                + " (heap in use at the end " + ((runtime.totalMemory() - runtime.freeMemory()) >> 20)
                + " MiB of max " + (runtime.maxMemory() >> 20) + " MiB)");
        if (!outcome.problems().isEmpty()) {
            throw new IllegalStateException(outcome.problems().size() + " unreadable result lines");
        }
    }
}

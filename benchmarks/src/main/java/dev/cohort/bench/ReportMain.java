package dev.cohort.bench;

import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.ComparisonFamily;
import dev.cohort.pipeline.ReportOutcome;
import dev.cohort.pipeline.ReportPipeline;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The report path alone, as the {@code cohort:report} goal runs it: {@code ReportMain <results> <reports>
 * [ALL_PAIRS|VERSUS_BEST|AUTO]} (the comparison family, default {@code AUTO} as in the goal).
 * Started in its own JVM by the benchmarks that time it, so its heap limit and start-up count.
 */
public final class ReportMain {

    private ReportMain() {}

    /** Reads the results, analyzes them and writes every report format; prints what it did. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            throw new IllegalArgumentException(
                    "usage: ReportMain <results directory> <reports directory> [ALL_PAIRS|VERSUS_BEST|AUTO]");
        }
        AnalysisOptions options = AnalysisOptions.defaults();
        if (args.length == 3) {
            options = options.withComparisons(ComparisonFamily.valueOf(args[2]), options.allPairsLimit());
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

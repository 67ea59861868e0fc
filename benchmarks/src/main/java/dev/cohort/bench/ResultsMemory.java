package dev.cohort.bench;

import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.ExperimentTrials;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.TrialTable;
import dev.cohort.results.store.JsonLinesResultReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The heap a results directory holds once read and grouped into experiments, as the report holds it
 * before its statistics: {@code ResultsMemory <results>}, in a JVM of its own (started by {@link
 * ReportAtScale}). Prints it per trial beside what the statistics need of a trial, its seed and its
 * values (8 bytes each).
 */
public final class ResultsMemory {

    private ResultsMemory() {}

    /** Reads, groups, collects garbage and prints the live heap. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ResultsMemory <results directory>");
        }
        long before = liveHeap();
        LoadedResults loaded = JsonLinesResultReader.read(Path.of(args[0]));
        List<ExperimentTrials> experiments = ExperimentTrials.of(
                loaded.trials(), List.of(), AnalysisOptions.defaults().stale());
        long held = liveHeap() - before;
        TrialTable trials = TrialTable.of(loaded.trials());
        long needed = 0;
        for (int i = 0; i < trials.size(); i++) {
            needed += Long.BYTES + (long) Double.BYTES * trials.metricNames(i).size();
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT memory: %d trials in %d experiment(s) hold %.1f MiB of heap once read and grouped, %.0f"
                        + " bytes per trial; their seeds and values are %.0f bytes per trial (ratio %.2f)%n",
                trials.size(),
                experiments.size(),
                held / 1048576.0,
                (double) held / trials.size(),
                (double) needed / trials.size(),
                (double) held / needed);
    }

    /** The heap in use after full collections. */
    private static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

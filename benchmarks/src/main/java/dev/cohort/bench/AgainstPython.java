package dev.cohort.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cohort's report against the pandas + scipy script of {@code benchmarks/python/pipeline.py} on the
 * same data: 100 configurations (10 x 10) x 30 seeds x 3 metrics, each pipeline timed end to end as a
 * process (start-up, reading, statistics, writing), alternately {@value #ROUNDS} times; the medians
 * count. Like for like, Cohort compares all 4,950 pairs per metric as the script does ({@code ALL_PAIRS};
 * its default above 50 configurations compares each with the best). Cohort does strictly more: it also
 * chooses each pair's test, estimates power and the seeds needed, the probability of improvement and the
 * factorial ANOVA, and writes the HTML, LaTeX and JSON reports, which the script does not. Target: Cohort
 * at least {@value #TARGET} x faster (issue 18). Each round also times the report with {@link
 * ReportAtScale#HEAP_C1_ONLY}.
 */
public final class AgainstPython {

    private static final int ROUNDS = 3;
    private static final int TARGET = 10;
    private static final String PYTHON = "/usr/bin/python3";

    private AgainstPython() {}

    /** {@code AgainstPython <work directory> <pipeline.py>}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: AgainstPython <work directory> <pipeline.py>");
        }
        Path dir = Path.of(args[0]);
        Path results = dir.resolve("results");
        StudyGenerator study = new StudyGenerator(10, 10, 30, 0);
        System.out.println(Environment.describe());
        study.write(results);
        long[] cohort = new long[ROUNDS];
        long[] cohortC1 = new long[ROUNDS];
        long[] python = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            cohort[r] = ChildProcess.time(
                    ReportMain.command(ReportAtScale.HEAP, results, dir.resolve("cohort"), "ALL_PAIRS"));
            cohortC1[r] = ChildProcess.time(
                    ReportMain.command(ReportAtScale.HEAP_C1_ONLY, results, dir.resolve("cohort"), "ALL_PAIRS"));
            python[r] = ChildProcess.time(List.of(
                    PYTHON, args[1], results.toString(), dir.resolve("python").toString()));
            System.out.printf(
                    Locale.ROOT,
                    "round %d: cohort %s (C1 only %s), pandas + scipy %s%n",
                    r + 1,
                    Environment.seconds(cohort[r]),
                    Environment.seconds(cohortC1[r]),
                    Environment.seconds(python[r]));
        }
        double ratio = median(python) / median(cohort);
        System.out.printf(
                Locale.ROOT,
                "RESULT python: %d trials x 3 metrics, cohort %.2f s, pandas + scipy %.2f s, cohort %.1f x faster"
                        + " (target >= %d: %s)%n",
                study.trials(),
                median(cohort) / 1e9,
                median(python) / 1e9,
                ratio,
                TARGET,
                ratio >= TARGET ? "met" : "MISSED");
        System.out.printf(
                Locale.ROOT,
                "RESULT python with %s: cohort %.2f s, %.2f x the default, %.1f x faster than pandas + scipy%n",
                String.join(" ", ReportAtScale.HEAP_C1_ONLY),
                median(cohortC1) / 1e9,
                median(cohortC1) / median(cohort),
                median(python) / median(cohortC1));
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

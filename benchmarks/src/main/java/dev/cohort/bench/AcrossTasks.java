package dev.cohort.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The across-task analysis at benchmark scale (issue 18): 10 configurations x 57 tasks (the Atari 57) x
 * 10 seeds, one metric, the task parameter named as {@code -Dcohort.task} names it (min-max
 * normalisation) with 2,000 stratified resamples, reported by {@link ReportMain} in its own JVM with
 * {@code -Xmx512m}, start-up included, {@value #ROUNDS} times; the median counts. The report holds the
 * whole analysis: the per-task analyses (45 pairs on each task, with their bootstrap intervals and
 * power), the stratified bootstrap of mean, median, IQM and optimality gap, the probability of
 * improvement of every pair with its interval, the performance profiles and the rank tests across tasks.
 * Target: under {@value #TARGET_SECONDS} s end to end. Each round also times the report with {@link
 * ReportAtScale#HEAP_C1_ONLY}.
 *
 * <p>The peer, timed alternately in the same run: {@code benchmarks/python/tasks.py}, the same stratified
 * bootstrap (2,000 resamples of the same aggregates, probabilities of improvement, IQM differences and
 * profiles) written with numpy as rliable computes it, on the same results; it computes nothing else.
 */
public final class AcrossTasks {

    private static final int ROUNDS = 3;
    private static final double TARGET_SECONDS = 3;
    private static final String PYTHON = "/usr/bin/python3";

    private AcrossTasks() {}

    /** {@code AcrossTasks <work directory> <tasks.py>}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: AcrossTasks <work directory> <tasks.py>");
        }
        Path dir = Path.of(args[0]);
        Path results = dir.resolve("results");
        TaskStudyGenerator study = new TaskStudyGenerator(10, 57, 10);
        System.out.println(Environment.describe());
        study.write(results);
        long[] cohort = new long[ROUNDS];
        long[] cohortC1 = new long[ROUNDS];
        long[] numpy = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            cohort[r] = ChildProcess.time(ReportMain.command(
                    ReportAtScale.HEAP, results, dir.resolve("report"), "AUTO", TaskStudyGenerator.TASK));
            cohortC1[r] = ChildProcess.time(ReportMain.command(
                    ReportAtScale.HEAP_C1_ONLY, results, dir.resolve("report"), "AUTO", TaskStudyGenerator.TASK));
            numpy[r] = ChildProcess.time(List.of(
                    PYTHON,
                    args[1],
                    results.toString(),
                    dir.resolve("python").toString(),
                    TaskStudyGenerator.TASK,
                    TaskStudyGenerator.METRIC,
                    "2000"));
            System.out.printf(
                    Locale.ROOT,
                    "round %d: cohort %s (C1 only %s), numpy %s%n",
                    r + 1,
                    Environment.seconds(cohort[r]),
                    Environment.seconds(cohortC1[r]),
                    Environment.seconds(numpy[r]));
        }
        double seconds = median(cohort) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "RESULT tasks: %d configurations x %d tasks x %d seeds (%d trials), 2000 stratified resamples,"
                        + " with -Xmx512m in %.2f s end to end (target < %.0f s: %s); numpy stratified bootstrap"
                        + " alone %.2f s, cohort %.1f x faster%n",
                study.agents(),
                study.tasks(),
                study.seeds(),
                study.trials(),
                seconds,
                TARGET_SECONDS,
                seconds < TARGET_SECONDS ? "met" : "MISSED",
                median(numpy) / 1e9,
                median(numpy) / (double) median(cohort));
        System.out.printf(
                Locale.ROOT,
                "RESULT tasks with %s: %.2f s, %.2f x the default, numpy %.1f x slower%n",
                String.join(" ", ReportAtScale.HEAP_C1_ONLY),
                median(cohortC1) / 1e9,
                median(cohortC1) / (double) median(cohort),
                median(numpy) / (double) median(cohortC1));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

package dev.cohort.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The across-task analysis at benchmark scale (issue 18): 10 configurations x 57 tasks (the Atari 57) x
 * 10 seeds, one metric, the task parameter named as {@code -Dcohort.task} names it (min-max
 * normalisation) with 2,000 stratified resamples, reported by {@link ReportMain} in its own JVM with
 * {@code -Xmx512m}, start-up included, {@value #ROUNDS} times; the median counts. The report holds the
 * whole analysis: the per-task analyses (45 pairs on each task, with their bootstrap intervals and
 * power), the stratified bootstrap of mean, median, IQM and optimality gap, the probability of
 * improvement of every pair with its interval, the performance profiles and the rank tests across tasks.
 * Target: under {@value #TARGET_SECONDS} s end to end.
 */
public final class AcrossTasks {

    private static final int ROUNDS = 3;
    private static final double TARGET_SECONDS = 3;

    private AcrossTasks() {}

    /** {@code AcrossTasks <work directory>}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AcrossTasks <work directory>");
        }
        Path dir = Path.of(args[0]);
        Path results = dir.resolve("results");
        TaskStudyGenerator study = new TaskStudyGenerator(10, 57, 10);
        System.out.println(Environment.describe());
        study.write(results);
        long[] nanos = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            nanos[r] = ChildProcess.time(ChildProcess.java(
                    ReportAtScale.HEAP,
                    ReportMain.class,
                    results.toString(),
                    dir.resolve("report").toString(),
                    "AUTO",
                    TaskStudyGenerator.TASK));
            System.out.printf(Locale.ROOT, "round %d: %s%n", r + 1, Environment.seconds(nanos[r]));
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double seconds = sorted[ROUNDS / 2] / 1e9;
        System.out.printf(
                Locale.ROOT,
                "RESULT tasks: %d configurations x %d tasks x %d seeds (%d trials), 2000 stratified resamples,"
                        + " with -Xmx512m in %.2f s end to end (target < %.0f s: %s)%n",
                study.agents(),
                study.tasks(),
                study.seeds(),
                study.trials(),
                seconds,
                TARGET_SECONDS,
                seconds < TARGET_SECONDS ? "met" : "MISSED");
    }
}

package dev.cohort.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The engine's overhead: 20,000 trivial trials of {@link TrivialExperiments} on the {@code cohort}
 * engine against 20,000 invocations of {@link TrivialTests} on JUnit Jupiter, both through the
 * Launcher in this JVM, discovery and (for Cohort) writing every result line included. Both run one
 * test at a time (the per-trial cost) and then in parallel on all cores (Jupiter with its concurrent
 * mode). After a warm-up of both, the pairs run alternately {@value #ROUNDS} times; the median counts.
 * Target: Cohort's time per trial at most Jupiter's time per invocation.
 */
public final class EngineOverhead {

    private static final int TRIALS = 20_000;
    private static final int ROUNDS = 5;

    private EngineOverhead() {}

    /** Runs the benchmark, writing the results files under the directory named by the argument. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: EngineOverhead <work directory>");
        }
        Path results = Path.of(args[0]).toAbsolutePath();
        System.out.println(Environment.describe());
        compare("sequential", results, false);
        compare("parallel", results, true);
    }

    private static void compare(String mode, Path results, boolean parallel) {
        String cores = String.valueOf(Runtime.getRuntime().availableProcessors());
        Map<String, String> cohort = Map.of(
                "cohort.results",
                results.toString(),
                "cohort.progress",
                "false",
                "cohort.parallelism",
                parallel ? cores : "1");
        Map<String, String> jupiter = Map.of(
                "junit.jupiter.execution.parallel.enabled",
                String.valueOf(parallel),
                "junit.jupiter.execution.parallel.mode.default",
                "concurrent",
                "junit.jupiter.execution.parallel.config.strategy",
                "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism",
                cores);
        for (int i = 0; i < 3; i++) {
            LauncherRun.run("cohort", TrivialWarmUp.class, cohort, TRIALS / 10);
            LauncherRun.run("junit-jupiter", TrivialTestsWarmUp.class, jupiter, TRIALS / 10);
        }
        long[] cohortNanos = new long[ROUNDS];
        long[] jupiterNanos = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            TrivialWork.RECORDED.clear();
            cohortNanos[r] = LauncherRun.run("cohort", TrivialExperiments.class, cohort, TRIALS);
            jupiterNanos[r] = LauncherRun.run("junit-jupiter", TrivialTests.class, jupiter, TRIALS);
            System.out.printf(
                    Locale.ROOT,
                    "%s round %d: cohort %s, jupiter %s%n",
                    mode,
                    r + 1,
                    Environment.seconds(cohortNanos[r]),
                    Environment.seconds(jupiterNanos[r]));
        }
        double cohortPerSecond = TRIALS / (median(cohortNanos) / 1e9);
        double jupiterPerSecond = TRIALS / (median(jupiterNanos) / 1e9);
        double ratio = cohortPerSecond / jupiterPerSecond;
        System.out.printf(
                Locale.ROOT,
                "RESULT engine %s: cohort %.0f trials/s (%.1f us/trial), jupiter %.0f invocations/s (%.1f us/invocation),"
                        + " ratio %.2f (target >= 1: %s)%n",
                mode,
                cohortPerSecond,
                1e6 / cohortPerSecond,
                jupiterPerSecond,
                1e6 / jupiterPerSecond,
                ratio,
                ratio >= 1 ? "met" : "MISSED");
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

package dev.cohort.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The cost of running trials in worker JVMs ({@code cohort.isolation=process}) against the engine's own
 * threads ({@code thread}): the 20,000 trivial trials of {@link TrivialExperiments} through the Launcher,
 * discovery, result lines and (for process mode) starting the workers included, one trial at a time and
 * then in parallel on all cores. After a warm-up of both modes, the pairs run alternately {@value
 * #ROUNDS} times; the medians count. A trivial trial costs almost nothing itself, so the difference per
 * trial is what isolation adds to every trial (a request and a reply over a pipe), and the ratio is its
 * worst case.
 */
public final class IsolationOverhead {

    private static final int TRIALS = 20_000;
    private static final int ROUNDS = 5;

    private IsolationOverhead() {}

    /** Runs the benchmark, writing the results files under the directory named by the argument. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: IsolationOverhead <work directory>");
        }
        Path results = Path.of(args[0]).toAbsolutePath();
        System.out.println(Environment.describe());
        compare("sequential", results, "1");
        compare("parallel", results, String.valueOf(Runtime.getRuntime().availableProcessors()));
    }

    private static void compare(String mode, Path results, String parallelism) {
        Map<String, String> thread = parameters(results, parallelism, "thread");
        Map<String, String> process = parameters(results, parallelism, "process");
        for (int i = 0; i < 3; i++) {
            LauncherRun.run("cohort", TrivialWarmUp.class, thread, TRIALS / 10);
            LauncherRun.run("cohort", TrivialWarmUp.class, process, TRIALS / 10);
        }
        long[] threadNanos = new long[ROUNDS];
        long[] processNanos = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            threadNanos[r] = LauncherRun.run("cohort", TrivialExperiments.class, thread, TRIALS);
            processNanos[r] = LauncherRun.run("cohort", TrivialExperiments.class, process, TRIALS);
            System.out.printf(
                    Locale.ROOT,
                    "%s round %d: thread %s, process %s%n",
                    mode,
                    r + 1,
                    Environment.seconds(threadNanos[r]),
                    Environment.seconds(processNanos[r]));
        }
        double threadMicros = median(threadNanos) / 1e3 / TRIALS;
        double processMicros = median(processNanos) / 1e3 / TRIALS;
        System.out.printf(
                Locale.ROOT,
                "RESULT isolation %s (cohort.parallelism=%s): thread %.1f us/trial (%.0f trials/s), process %.1f"
                        + " us/trial (%.0f trials/s), process mode adds %.1f us per trial, ratio %.2f%n",
                mode,
                parallelism,
                threadMicros,
                1e6 / threadMicros,
                processMicros,
                1e6 / processMicros,
                processMicros - threadMicros,
                processMicros / threadMicros);
    }

    private static Map<String, String> parameters(Path results, String parallelism, String isolation) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("cohort.results", results.toString());
        parameters.put("cohort.progress", "false");
        parameters.put("cohort.parallelism", parallelism);
        parameters.put("cohort.isolation", isolation);
        return parameters;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

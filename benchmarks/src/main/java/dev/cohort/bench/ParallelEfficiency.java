package dev.cohort.bench;

import dev.cohort.runtime.RecordingTrial;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;

/**
 * Parallel efficiency: 400 CPU-bound trials of about 20 ms ({@link CpuBoundExperiments}) on all cores.
 * The wall time of the run (discovery included) is compared with the ideal, the trials' total CPU time
 * divided by the cores. Target: wall time at most 1.1 x ideal.
 */
public final class ParallelEfficiency {

    private static final int TRIALS = 400;
    private static final long TARGET_TRIAL_NANOS = 20_000_000;

    private ParallelEfficiency() {}

    /** Calibrates the trial's work to about 20 ms of CPU, warms up, then measures three runs. */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ParallelEfficiency <work directory>");
        }
        System.out.println(Environment.describe());
        CpuBoundExperiments.iterations = calibrate();
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, String> parameters =
                Map.of("cohort.results", Path.of(args[0]).toAbsolutePath().toString(), "cohort.progress", "false");
        LauncherRun.run("cohort", CpuBoundExperiments.class, parameters, TRIALS); // warm-up
        double worst = 0;
        for (int round = 1; round <= 3; round++) {
            CpuBoundExperiments.CPU_NANOS.reset();
            long wall = LauncherRun.run("cohort", CpuBoundExperiments.class, parameters, TRIALS);
            double cpu = CpuBoundExperiments.CPU_NANOS.sum();
            double ideal = cpu / cores;
            double ratio = wall / ideal;
            worst = Math.max(worst, ratio);
            System.out.printf(
                    Locale.ROOT,
                    "round %d: %d trials, mean %.1f ms CPU per trial, wall %.3f s, ideal (CPU / %d cores) %.3f s,"
                            + " wall / ideal %.3f%n",
                    round,
                    TRIALS,
                    cpu / TRIALS / 1e6,
                    wall / 1e9,
                    cores,
                    ideal / 1e9,
                    ratio);
        }
        System.out.printf(
                Locale.ROOT,
                "RESULT parallel: %d trials of ~20 ms on %d cores, worst wall / (CPU / cores) %.3f (target <= 1.1: %s)%n",
                TRIALS,
                cores,
                worst,
                worst <= 1.1 ? "met" : "MISSED");
    }

    /** The iterations that take about 20 ms of CPU on this machine, measured after the JIT has compiled the kernel. */
    private static int calibrate() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = 1_000_000;
        double sink = 0;
        for (int i = 0; i < 20; i++) {
            sink += CpuBoundExperiments.kernel(
                    RandomGeneratorFactory.of(RecordingTrial.RANDOM_ALGORITHM).create(i), 1, n);
        }
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 10; i++) {
            sink += CpuBoundExperiments.kernel(
                    RandomGeneratorFactory.of(RecordingTrial.RANDOM_ALGORITHM).create(i), 1, n);
        }
        double perIteration = (threads.getCurrentThreadCpuTime() - start) / (10.0 * n);
        int iterations = (int) (TARGET_TRIAL_NANOS / perIteration);
        System.out.printf(Locale.ROOT, "calibrated: %d iterations per trial (checksum %.3f)%n", iterations, sink);
        return iterations;
    }
}

package dev.cohort.bench;

import dev.cohort.Experiment;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;

/**
 * 4 configurations x 100 seeds = 400 CPU-bound trials of about 20 ms each: a fixed amount of arithmetic
 * ({@link #iterations}, calibrated by {@link ParallelEfficiency}) on the trial's random numbers. Each
 * trial adds its thread's CPU time to {@link #CPU_NANOS}.
 */
public class CpuBoundExperiments {

    static final LongAdder CPU_NANOS = new LongAdder();
    static volatile int iterations = 1_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Experiment
    @Seeds(100)
    void work(@Sweep({"1", "2", "3", "4"}) int variant, Trial trial) {
        long start = THREADS.getCurrentThreadCpuTime();
        trial.record("value", kernel(trial.random(), variant, iterations));
        CPU_NANOS.add(THREADS.getCurrentThreadCpuTime() - start);
    }

    /** The work: a sum over {@code n} random numbers, with a square root each. */
    static double kernel(RandomGenerator random, int variant, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.sqrt(random.nextDouble() * variant);
        }
        return sum / n;
    }
}

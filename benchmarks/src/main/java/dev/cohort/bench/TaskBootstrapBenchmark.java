package dev.cohort.bench;

import dev.cohort.statistics.StratifiedTaskBootstrap;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stratified bootstrap across tasks at the size of issue 13: 10 configurations x 57 tasks (the
 * Atari 57) x 10 seeds, 2,000 resamples, one thread. One operation is everything the analysis draws
 * from the resamples: each configuration's mean, median, IQM and optimality gap, every pair's
 * probability of improvement and IQM difference (45 pairs), and each configuration's
 * performance-profile band at 101 thresholds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaskBootstrapBenchmark {

    private double[][][] runs;
    private double[] thresholds;

    /** Draws normalised scores once, from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        runs = new double[10][57][10];
        for (int c = 0; c < runs.length; c++) {
            for (double[] task : runs[c]) {
                for (int i = 0; i < task.length; i++) {
                    task[i] = Math.min(1, Math.max(0, 0.05 * c + 0.5 * random.nextDouble()));
                }
            }
        }
        thresholds = new double[101];
        for (int j = 0; j < thresholds.length; j++) {
            thresholds[j] = j / 100.0;
        }
    }

    @Benchmark
    public StratifiedTaskBootstrap.Result tenConfigurations57Tasks10Seeds2000Resamples() {
        return StratifiedTaskBootstrap.intervals(runs, false, thresholds, 0.95, 2000, 42L);
    }
}

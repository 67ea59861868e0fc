package dev.cohort.bench;

import dev.cohort.statistics.Bootstrap;
import dev.cohort.statistics.Descriptive;
import dev.cohort.statistics.FactorialAnova;
import dev.cohort.statistics.FactorialAnovaResult;
import dev.cohort.statistics.Interval;
import dev.cohort.statistics.RankTestResult;
import dev.cohort.statistics.RankTests;
import dev.cohort.statistics.ShapiroWilk;
import dev.cohort.statistics.ShapiroWilkResult;
import java.util.List;
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
 * The expensive statistics of the analysis, at the sizes the report meets: Shapiro-Wilk at n = 5000 (its
 * upper limit), the exact Mann-Whitney test at n = 49 per group (the largest exact case), the percentile
 * bootstrap of the mean and the IQM with 10,000 resamples of 30 values (the report's default per
 * configuration), and the factorial ANOVA of 1,000 configurations (40 x 25 levels, 30 seeds each).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatisticsBenchmarks {

    private double[] normal5000;
    private double[] a49;
    private double[] b49;
    private double[] sample30;
    private double[] anovaY;
    private List<Object[]> anovaFactors;

    /** Draws the data once, from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        normal5000 = random.doubles(5000).map(u -> random.nextGaussian()).toArray();
        a49 = random.doubles(49).toArray();
        b49 = random.doubles(49).map(v -> v + 0.2).toArray();
        sample30 = random.doubles(30).map(v -> v * v).toArray();
        int lrs = 40;
        int widths = 25;
        int seeds = 30;
        int n = lrs * widths * seeds;
        anovaY = new double[n];
        Object[] lr = new Object[n];
        Object[] width = new Object[n];
        int i = 0;
        for (int l = 0; l < lrs; l++) {
            for (int w = 0; w < widths; w++) {
                for (int s = 0; s < seeds; s++) {
                    anovaY[i] = Math.sin(l) + Math.cos(w) + random.nextGaussian();
                    lr[i] = l;
                    width[i] = w;
                    i++;
                }
            }
        }
        anovaFactors = List.of(lr, width);
    }

    @Benchmark
    public ShapiroWilkResult shapiroWilk5000() {
        return ShapiroWilk.test(normal5000);
    }

    @Benchmark
    public RankTestResult exactMannWhitney49() {
        return RankTests.mannWhitney(a49, b49);
    }

    @Benchmark
    public Interval bootstrapMean10000() {
        return Bootstrap.percentile(sample30, Descriptive::mean, 0.95, 10_000, 1);
    }

    @Benchmark
    public Interval bootstrapIqm10000() {
        return Bootstrap.percentile(sample30, Descriptive::iqm, 0.95, 10_000, 1);
    }

    /** Both intervals from one pass over the same resamples, as the analysis computes them. */
    @Benchmark
    public Bootstrap.LocationIntervals bootstrapMeanAndIqm10000() {
        return Bootstrap.locationIntervals(sample30, 0.25, 0.95, 10_000, 1);
    }

    @Benchmark
    public FactorialAnovaResult factorialAnova1000Configurations() {
        return FactorialAnova.fit(anovaY, anovaFactors, List.of("lr", "width"));
    }
}

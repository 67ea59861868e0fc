package dev.cohort.statistics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The percentile bootstrap confidence interval (Efron and Tibshirani 1993, <i>An Introduction to the
 * Bootstrap</i>, ch. 13): the statistic is recomputed on {@code resamples} samples drawn with
 * replacement, and the interval is formed by the type 7 quantiles {@code (1 - level) / 2} and {@code (1
 * + level) / 2} of those values. The resampling is driven by a {@link SplittableRandom} with the given
 * seed, so the same data and seed always give the same interval.
 */
public final class Bootstrap {

    private Bootstrap() {}

    /** The percentile interval of {@code statistic} over {@code x}. Needs n >= 1 and resamples >= 1. */
    public static Interval percentile(
            double[] x, ToDoubleFunction<double[]> statistic, double level, int resamples, long seed) {
        if (x.length == 0 || resamples < 1) {
            throw new IllegalArgumentException("the bootstrap needs values and at least one resample");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[resamples];
        double[] sample = new double[x.length];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = x[random.nextInt(x.length)];
            }
            replicates[r] = statistic.applyAsDouble(sample);
        }
        Arrays.sort(replicates); // once for both ends of the interval
        return new Interval(
                Descriptive.quantileOfSorted(replicates, (1 - level) / 2),
                Descriptive.quantileOfSorted(replicates, (1 + level) / 2));
    }
}

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
        return interval(replicates, level);
    }

    /**
     * The percentile intervals of the mean and of the trimmed mean {@code mean(x, trim)} over the same
     * resamples: equal to {@code percentile(x, Descriptive::mean, ...)} and {@code percentile(x, s ->
     * Descriptive.trimmedMean(s, trim), ...)} with the same seed, number for number, at a fraction of
     * the cost. The data are sorted once; a resample is drawn as indices into them and counted, so the
     * sorted resample the trimmed mean needs comes from the counts in linear time, without sorting it.
     * Needs n >= 1, resamples >= 1 and 0 <= trim < 0.5.
     */
    public static LocationIntervals locationIntervals(double[] x, double trim, double level, int resamples, long seed) {
        if (x.length == 0 || resamples < 1) {
            throw new IllegalArgumentException("the bootstrap needs values and at least one resample");
        }
        LocationResampler resampler = new LocationResampler(x, trim, resamples);
        SplittableRandom random = new SplittableRandom(seed);
        int n = x.length;
        int[] drawn = new int[n];
        int[] times = new int[n];
        for (int r = 0; r < resamples; r++) {
            Draws.draw(random, n, drawn);
            Draws.count(drawn, 0, n, times, 0);
            resampler.resample(r, drawn, times, 0);
        }
        return resampler.intervals(level);
    }

    /**
     * {@link #locationIntervals(double[], double, double, int, long)} from indices drawn already: the same
     * intervals as from the seed of {@code draws}, which samples of the same size share, so a study of
     * many configurations draws them once. Needs {@code x.length == draws.size()} and 0 <= trim < 0.5.
     */
    public static LocationIntervals locationIntervals(double[] x, double trim, double level, Draws draws) {
        int n = x.length;
        if (n != draws.size) {
            throw new IllegalArgumentException("the draws are for " + draws.size + " values, got " + n);
        }
        LocationResampler resampler = new LocationResampler(x, trim, draws.resamples);
        for (int r = 0; r < draws.resamples; r++) {
            resampler.resample(r, draws.indices, draws.multiplicities, r * n);
        }
        return resampler.intervals(level);
    }

    /**
     * The indices a bootstrap of {@code size} values draws for {@code resamples} resamples from a seed,
     * resample after resample, as {@link #locationIntervals(double[], double, double, int, long)} draws
     * them, and how often each resample draws each value: the part of a resample that does not depend on
     * the values.
     */
    public static final class Draws {

        private final int size;
        private final int resamples;
        private final int[] indices;
        private final int[] multiplicities;

        private Draws(int size, int resamples, int[] indices) {
            this.size = size;
            this.resamples = resamples;
            this.indices = indices;
            multiplicities = new int[indices.length];
            for (int from = 0; from < indices.length; from += size) {
                count(indices, from, size, multiplicities, from);
            }
        }

        /** Counts how often each of {@code n} values is drawn by {@code drawn[from, from + n)}, into {@code times[at, at + n)}. */
        static void count(int[] drawn, int from, int n, int[] times, int at) {
            Arrays.fill(times, at, at + n, 0);
            for (int i = 0; i < n; i++) {
                times[at + drawn[from + i]]++;
            }
        }

        /** Draws them; needs size >= 1, resamples >= 1 and at most {@code Integer.MAX_VALUE} indices in all. */
        public static Draws of(int size, int resamples, long seed) {
            if (size < 1 || resamples < 1) {
                throw new IllegalArgumentException("the bootstrap needs values and at least one resample");
            }
            int[] indices = new int[Math.multiplyExact(size, resamples)];
            draw(new SplittableRandom(seed), size, indices);
            return new Draws(size, resamples, indices);
        }

        /** Fills {@code indices} with the next indices into {@code size} values, in the order resamples take them. */
        private static void draw(SplittableRandom random, int size, int[] indices) {
            for (int i = 0; i < indices.length; i++) {
                indices[i] = random.nextInt(size);
            }
        }
    }

    /** The replicates of the mean and the trimmed mean, one resample at a time. */
    private static final class LocationResampler {

        private final double[] x;
        private final double[] sortedValues;
        private final int[] ascending;
        private final int lo;
        private final int kept;
        private final double[] means;
        private final double[] trimmed;
        private final double[] sample;
        private final double[] middle;
        private final int[] starts;

        LocationResampler(double[] x, double trim, int resamples) {
            if (!(trim >= 0 && trim < 0.5)) {
                throw new IllegalArgumentException("trim must be in [0, 0.5), got " + trim);
            }
            int n = x.length;
            this.x = x;
            ascending = Selection.ascendingOrder(x);
            sortedValues = new double[n];
            for (int r = 0; r < n; r++) {
                sortedValues[r] = x[ascending[r]];
            }
            lo = (int) Math.floor(n * trim);
            kept = n - 2 * lo;
            means = new double[resamples];
            trimmed = new double[resamples];
            sample = new double[n];
            middle = new double[kept];
            starts = new int[n + 1];
        }

        /**
         * Replicate {@code r}, from the indices {@code drawn[from]} to {@code drawn[from + n - 1]}, which
         * draw value i {@code times[from + i]} times.
         */
        void resample(int r, int[] drawn, int[] times, int from) {
            int n = x.length;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double v = x[drawn[from + i]];
                sample[i] = v;
                sum += v;
            }
            means[r] = Descriptive.meanOfSum(sample, sum);
            double middleSum = SortedResample.middle(sortedValues, ascending, times, from, lo, kept, starts, middle);
            trimmed[r] = Descriptive.meanOfSum(middle, middleSum);
        }

        LocationIntervals intervals(double level) {
            return new LocationIntervals(interval(means, level), interval(trimmed, level));
        }
    }

    static Interval interval(double[] replicates, double level) {
        return Selection.percentiles(replicates, level);
    }

    /**
     * The percentile intervals of {@link #locationIntervals}.
     *
     * @param mean the interval of the mean
     * @param trimmedMean the interval of the trimmed mean
     */
    public record LocationIntervals(Interval mean, Interval trimmedMean) {}
}

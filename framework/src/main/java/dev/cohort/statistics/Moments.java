package dev.cohort.statistics;

/**
 * The count, mean and sum of squared deviations of one sample, computed once ({@link Descriptive#mean},
 * {@link Descriptive#sumOfSquares}) for every statistic of its comparisons with other samples: the
 * t-tests and effect sizes of a configuration's pairs read them instead of summing its values again.
 *
 * @param n the number of values (at least 1)
 * @param mean the mean, {@link Descriptive#mean}
 * @param sumOfSquares the sum of squared deviations from the mean, {@link Descriptive#sumOfSquares}
 */
public record Moments(int n, double mean, double sumOfSquares) {

    /** The moments of {@code x}, which must hold at least one value. */
    public static Moments of(double[] x) {
        double mean = Descriptive.mean(x);
        double ss = 0;
        for (double v : x) {
            double d = v - mean;
            ss += d * d;
        }
        return new Moments(x.length, mean, ss);
    }

    /** The sample variance, {@link Descriptive#variance}; needs n >= 2. */
    public double variance() {
        if (n < 2) {
            throw new IllegalArgumentException("variance needs at least 2 values, got " + n);
        }
        return sumOfSquares / (n - 1);
    }
}

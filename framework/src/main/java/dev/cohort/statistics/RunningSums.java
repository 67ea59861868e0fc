package dev.cohort.statistics;

/**
 * Running sums over many samples, one sample at a time: each method adds a sample's terms to the sum it is
 * given, one after another in the sample's order, so a sum over several samples is the same number as the
 * sum over the samples pooled. Statistics over many groups (an ANOVA of a thousand configurations) call
 * these instead of looping over every value themselves, so that the JIT compiles each small loop once
 * rather than the large caller at each of its loops.
 */
public final class RunningSums {

    private RunningSums() {}

    /** {@code sum} plus each value. */
    public static double plus(double[] values, double sum) {
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** {@code sum} plus each value's deviation from {@code mean}. */
    public static double plusDeviations(double[] values, double mean, double sum) {
        for (double v : values) {
            sum += v - mean;
        }
        return sum;
    }

    /** {@code sum} plus each value's squared deviation from {@code mean}. */
    public static double plusSquaredDeviations(double[] values, double mean, double sum) {
        for (double v : values) {
            double d = v - mean;
            sum += d * d;
        }
        return sum;
    }
}

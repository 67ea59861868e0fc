package dev.cohort.statistics;

/**
 * Pearson's product-moment correlation of two aligned samples, R's {@code cor(x, y)}.
 *
 * <p>Reference: Pearson (1896), "Mathematical contributions to the theory of evolution. III.
 * Regression, heredity, and panmixia", Phil. Trans. R. Soc. A 187. Computed in two passes (means
 * first, then the centred sums of squares and products) and clamped to [-1, 1], as R's {@code cov.c}
 * does.
 */
public final class Correlation {

    private Correlation() {}

    /**
     * Whether R's {@code cor(x, y)} gives a number: the samples have the same length, at least 2 values,
     * and neither is constant (R returns {@code NA} with a warning that the standard deviation is zero).
     */
    public static boolean isDefined(double[] x, double[] y) {
        return x.length == y.length
                && x.length >= 2
                && Descriptive.sumOfSquares(x) > 0
                && Descriptive.sumOfSquares(y) > 0;
    }

    /** Pearson's r of the pairs {@code (x[i], y[i])}; see {@link #isDefined} for the data it accepts. */
    public static double pearson(double[] x, double[] y) {
        if (!isDefined(x, y)) {
            throw new IllegalArgumentException("Pearson's r needs two samples of the same length n >= 2, neither"
                    + " constant; got n = " + x.length + " and " + y.length);
        }
        double mx = Descriptive.mean(x);
        double my = Descriptive.mean(y);
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        double r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
        return Math.max(-1, Math.min(1, r));
    }
}

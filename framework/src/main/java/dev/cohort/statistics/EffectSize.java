package dev.cohort.statistics;

/**
 * Standardized mean differences of two independent samples.
 *
 * <p>References: Cohen (1988), <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed.;
 * Hedges (1981), "Distribution theory for Glass's estimator of effect size", J. Educ. Stat. 6(2), with
 * the approximate bias correction {@code 1 - 3 / (4 (n1 + n2) - 9)}.
 */
public final class EffectSize {

    private EffectSize() {}

    /**
     * The pooled standard deviation, {@code sqrt(((n1 - 1) s1^2 + (n2 - 1) s2^2) / (n1 + n2 - 2))}; needs
     * n1 + n2 >= 3 and both n >= 1.
     */
    public static double pooledSd(double[] x, double[] y) {
        return pooledSd(Moments.of(x), Moments.of(y));
    }

    /** {@link #pooledSd(double[], double[])} of samples whose moments are known. */
    public static double pooledSd(Moments x, Moments y) {
        double ss = (x.n() > 1 ? x.sumOfSquares() : 0) + (y.n() > 1 ? y.sumOfSquares() : 0);
        return Math.sqrt(ss / (x.n() + y.n() - 2));
    }

    /** Cohen's d: {@code (mean x - mean y) / pooled sd}. */
    public static double cohensD(double[] x, double[] y) {
        return cohensD(Moments.of(x), Moments.of(y));
    }

    /** {@link #cohensD(double[], double[])} of samples whose moments are known. */
    public static double cohensD(Moments x, Moments y) {
        return (x.mean() - y.mean()) / pooledSd(x, y);
    }

    /** Hedges' g: Cohen's d times {@code 1 - 3 / (4 (n1 + n2) - 9)}. */
    public static double hedgesG(double[] x, double[] y) {
        return hedgesG(Moments.of(x), Moments.of(y));
    }

    /** {@link #hedgesG(double[], double[])} of samples whose moments are known. */
    public static double hedgesG(Moments x, Moments y) {
        return cohensD(x, y) * (1 - 3.0 / (4.0 * (x.n() + y.n()) - 9));
    }
}

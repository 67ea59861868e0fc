package dev.cohort.statistics;

import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * Student's, Welch's and the paired t-test and the t-based confidence interval of a mean, as R's
 * {@code t.test} computes them (two-sided). The tests delegate to Apache Commons Statistics'
 * {@link TTest}; the {@code isEssentiallyConstant} checks reproduce R's refusal ("data are essentially
 * constant"), so callers can report a missing value where R stops.
 */
public final class TTests {

    private static final double EPS = Math.ulp(1.0);

    private TTests() {}

    /**
     * The confidence interval of the mean, R's {@code t.test(x, conf.level = level)$conf.int}: {@code
     * mean -/+ qt((1 + level) / 2, n - 1) * sd / sqrt(n)}. Needs n >= 2.
     */
    public static Interval meanInterval(double[] x, double level) {
        int n = x.length;
        double mean = Descriptive.mean(x);
        double se = standardError(x);
        double q = TDistribution.of(n - 1.0).inverseCumulativeProbability((1 + level) / 2);
        return new Interval(mean - q * se, mean + q * se);
    }

    /** The standard error of the mean, {@code sd(x) / sqrt(n)}; needs n >= 2. */
    public static double standardError(double[] x) {
        return Math.sqrt(Descriptive.variance(x) / x.length);
    }

    /**
     * Whether R's one-sample {@code t.test(x)} refuses the data: its standard error is below {@code 10
     * eps |mean|} (or zero). Needs n >= 2.
     */
    public static boolean isEssentiallyConstant(double[] x) {
        double se = standardError(x);
        return se == 0 || se < 10 * EPS * Math.abs(Descriptive.mean(x));
    }

    /**
     * Whether R's two-sample {@code t.test(x, y, var.equal)} refuses the data: the standard error of the
     * difference is below {@code 10 eps max(|mean x|, |mean y|)} (or zero).
     */
    public static boolean isEssentiallyConstant(double[] x, double[] y, boolean equalVariances) {
        return isEssentiallyConstant(Moments.of(x), Moments.of(y), equalVariances);
    }

    /** {@link #isEssentiallyConstant(double[], double[], boolean)} of samples whose moments are known. */
    public static boolean isEssentiallyConstant(Moments x, Moments y, boolean equalVariances) {
        double vx = x.n() > 1 ? x.variance() : 0;
        double vy = y.n() > 1 ? y.variance() : 0;
        double se;
        if (equalVariances) {
            double df = x.n() + y.n() - 2.0;
            double v = ((x.n() - 1) * vx + (y.n() - 1) * vy) / df;
            se = Math.sqrt(v * (1.0 / x.n() + 1.0 / y.n()));
        } else {
            se = Math.sqrt(vx / x.n() + vy / y.n());
        }
        double scale = Math.max(Math.abs(x.mean()), Math.abs(y.mean()));
        return se == 0 || se < 10 * EPS * scale;
    }

    /**
     * Student's two-sample t-test with pooled variance, R's {@code t.test(x, y, var.equal = TRUE)};
     * t is positive when x has the larger mean. Needs n_x + n_y >= 3 and both n >= 1: as in R, a sample
     * of one value contributes no degrees of freedom to the pooled variance (Commons Statistics' {@link
     * TTest} needs two values in each sample, so this one is computed here).
     */
    public static TTestResult student(double[] x, double[] y) {
        if (x.length < 1 || y.length < 1 || x.length + y.length < 3) {
            throw new IllegalArgumentException("Student's t needs n_x + n_y >= 3 and both n >= 1");
        }
        return student(Moments.of(x), Moments.of(y));
    }

    /** {@link #student(double[], double[])} of samples whose moments are known. */
    public static TTestResult student(Moments x, Moments y) {
        if (x.n() < 1 || y.n() < 1 || x.n() + y.n() < 3) {
            throw new IllegalArgumentException("Student's t needs n_x + n_y >= 3 and both n >= 1");
        }
        double df = x.n() + y.n() - 2.0;
        double ss = (x.n() > 1 ? x.sumOfSquares() : 0) + (y.n() > 1 ? y.sumOfSquares() : 0);
        double se = Math.sqrt(ss / df * (1.0 / x.n() + 1.0 / y.n()));
        double t = (x.mean() - y.mean()) / se;
        double p = 2 * TDistribution.of(df).cumulativeProbability(-Math.abs(t));
        return new TTestResult(t, df, p);
    }

    /**
     * Welch's two-sample t-test with the Welch-Satterthwaite degrees of freedom, R's {@code t.test(x,
     * y)}. Needs both n >= 2.
     */
    public static TTestResult welch(double[] x, double[] y) {
        var r = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC).test(x, y);
        return new TTestResult(r.getStatistic(), r.getDegreesOfFreedom(), r.getPValue());
    }

    /**
     * The paired t-test on the differences {@code x[i] - y[i]}, R's {@code t.test(x, y, paired = TRUE)}.
     * Needs n >= 2 pairs.
     */
    public static TTestResult paired(double[] x, double[] y) {
        var r = TTest.withDefaults().pairedTest(x, y);
        return new TTestResult(r.getStatistic(), r.getDegreesOfFreedom(), r.getPValue());
    }
}

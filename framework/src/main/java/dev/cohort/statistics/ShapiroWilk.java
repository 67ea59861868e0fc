package dev.cohort.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Shapiro-Wilk test of normality, R's {@code shapiro.test(x)}: the W statistic with Royston's
 * approximation of the coefficients and the normalizing transformation of W for its p-value.
 *
 * <p>References: Shapiro and Wilk (1965), "An analysis of variance test for normality (complete
 * samples)", Biometrika 52; Royston (1992), "Approximating the Shapiro-Wilk W-test for non-normality",
 * Statistics and Computing 2; Royston (1995), "Remark AS R94: A remark on algorithm AS 181: The W-test
 * for normality", Applied Statistics 44(4), the algorithm R's {@code swilk.c} implements.
 */
public final class ShapiroWilk {

    /** The smallest sample the test accepts. */
    public static final int MIN_N = 3;
    /** The largest sample the test accepts (R's limit). */
    public static final int MAX_N = 5000;

    private static volatile Coefficients last;

    // Royston (1992, 1995): polynomial approximations in 1/sqrt(n), n and log(n).
    private static final double[] C1 = {0.0, 0.221157, -0.147981, -2.071190, 4.434685, -2.706056};
    private static final double[] C2 = {0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633};
    private static final double[] C3 = {0.5440, -0.39978, 0.025054, -6.714e-4};
    private static final double[] C4 = {1.3822, -0.77857, 0.062767, -0.0020322};
    private static final double[] C5 = {-1.5861, -0.31082, -0.083751, 0.0038915};
    private static final double[] C6 = {-0.4803, -0.082676, 0.0030302};
    private static final double[] G = {-2.273, 0.459};

    private ShapiroWilk() {}

    /**
     * Whether R's {@code shapiro.test} accepts the sample: {@value #MIN_N} to {@value #MAX_N} values,
     * not all identical (range at least {@code 1e-10}).
     */
    public static boolean isDefined(double[] x) {
        if (x.length < MIN_N || x.length > MAX_N) {
            return false;
        }
        return Descriptive.max(x) - Descriptive.min(x) >= 1e-10;
    }

    /** {@link #isDefined(double[])} of a sorted sample: its range is its last value less its first. */
    public static boolean isDefined(SortedSample x) {
        int n = x.size();
        return n >= MIN_N && n <= MAX_N && x.get(n - 1) - x.get(0) >= 1e-10;
    }

    /** Tests the sample; see {@link #isDefined} for the data it accepts. */
    public static ShapiroWilkResult test(double[] values) {
        if (!isDefined(values)) {
            throw new IllegalArgumentException(
                    "Shapiro-Wilk needs 3 to 5000 values that are not all identical, got n = " + values.length);
        }
        return testSorted(SortedSample.of(values).array());
    }

    /** Tests the sample sorted already; see {@link #isDefined} for the data it accepts. */
    public static ShapiroWilkResult test(SortedSample sample) {
        double[] x = sample.array();
        if (!isDefined(x)) {
            throw new IllegalArgumentException(
                    "Shapiro-Wilk needs 3 to 5000 values that are not all identical, got n = " + x.length);
        }
        return testSorted(x);
    }

    private static ShapiroWilkResult testSorted(double[] x) {
        int n = x.length;
        int half = n / 2;
        double[] a = coefficientsFor(n);

        // W is the squared correlation of the sorted sample with the antisymmetric coefficients,
        // computed on the sample scaled by its range as AS R94 does.
        double range = x[n - 1] - x[0];
        double[] full = new double[n];
        for (int i = 0; i < half; i++) {
            full[i] = -a[i];
            full[n - 1 - i] = a[i];
        }
        double meanA = 0;
        double meanX = 0;
        for (int i = 0; i < n; i++) {
            meanA += full[i];
            meanX += x[i] / range;
        }
        meanA /= n;
        meanX /= n;
        double ssa = 0;
        double ssx = 0;
        double sax = 0;
        for (int i = 0; i < n; i++) {
            double da = full[i] - meanA;
            double dx = x[i] / range - meanX;
            ssa += da * da;
            ssx += dx * dx;
            sax += da * dx;
        }
        double root = Math.sqrt(ssa * ssx);
        double w1 = (root - sax) * (root + sax) / (ssa * ssx);
        double w = 1 - w1;
        return new ShapiroWilkResult(w, pValue(w, w1, n));
    }

    /**
     * {@link #coefficients} of n, computed once for a run of tests of the same n (every pair of a
     * study's configurations, as a rule): the last ones are kept.
     */
    private static double[] coefficientsFor(int n) {
        Coefficients known = last;
        if (known == null || known.n() != n) {
            known = new Coefficients(n, coefficients(n));
            last = known;
        }
        return known.a();
    }

    /** The coefficients of one n, never changed once made. */
    private record Coefficients(int n, double[] a) {}

    /** The coefficients a_1..a_{n/2} (positive, largest first) of Royston's approximation. */
    private static double[] coefficients(int n) {
        int half = n / 2;
        double[] a = new double[half];
        if (n == 3) {
            a[0] = Math.sqrt(0.5);
            return a;
        }
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double an25 = n + 0.25;
        double[] m = new double[half];
        double summ2 = 0;
        for (int i = 0; i < half; i++) {
            m[i] = normal.inverseCumulativeProbability((i + 1 - 0.375) / an25);
            summ2 += m[i] * m[i];
        }
        summ2 *= 2;
        double ssumm2 = Math.sqrt(summ2);
        double rsn = 1 / Math.sqrt(n);
        double a1 = poly(C1, rsn) - m[0] / ssumm2;
        int first;
        double fac;
        if (n > 5) {
            first = 2;
            double a2 = -m[1] / ssumm2 + poly(C2, rsn);
            fac = Math.sqrt((summ2 - 2 * m[0] * m[0] - 2 * m[1] * m[1]) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
            a[1] = a2;
        } else {
            first = 1;
            fac = Math.sqrt((summ2 - 2 * m[0] * m[0]) / (1 - 2 * a1 * a1));
        }
        a[0] = a1;
        for (int i = first; i < half; i++) {
            a[i] = -m[i] / fac;
        }
        return a;
    }

    private static double pValue(double w, double w1, int n) {
        if (n == 3) {
            // The exact distribution of W for n = 3 (Shapiro and Wilk 1965).
            double pi6 = 6 / Math.PI;
            double stqr = Math.PI / 3;
            return Math.max(0, pi6 * (Math.asin(Math.sqrt(w)) - stqr));
        }
        double y = Math.log(w1);
        double m;
        double s;
        if (n <= 11) {
            double gamma = poly(G, n);
            if (y >= gamma) {
                return 1e-99; // the smallest p-value AS R94 reports
            }
            y = -Math.log(gamma - y);
            m = poly(C3, n);
            s = Math.exp(poly(C4, n));
        } else {
            double logN = Math.log(n);
            m = poly(C5, logN);
            s = Math.exp(poly(C6, logN));
        }
        return NormalDistribution.of(m, s).survivalProbability(y);
    }

    /** {@code c[0] + c[1] x + c[2] x^2 + ...} by Horner's rule. */
    private static double poly(double[] c, double x) {
        double result = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            result = result * x + c[i];
        }
        return result;
    }
}

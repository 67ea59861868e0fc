package dev.cohort.statistics;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The distribution of the studentized range of {@code k} independent standard normal values with
 * infinite degrees of freedom (a known variance), R's {@code ptukey(q, k, Inf)} and {@code qtukey(p, k,
 * Inf)}, as the Nemenyi test uses it (Demšar 2006). Commons Statistics has no studentized range.
 *
 * <p>The probability is Hartley's form of the range integral, {@code P(W < w) = k ∫ φ(x) [Φ(x) - Φ(x -
 * w)]^(k-1) dx + [2Φ(w/2) - 1]^k}, evaluated with Legendre quadrature on two or three intervals of
 * {@code (w/2, 8)}, as Copenhaver and Holland (1988), "Computation of the distribution of the maximum
 * studentized range statistic with application to multiple significance testing of simple effects",
 * <i>J. Statist. Comput. Simul.</i> 30, and R's {@code wprob} (nmath/ptukey.c) do. The quantile is R's
 * secant iteration from Odeh and Evans' normal-quantile start (AS 70, nmath/qtukey.c), with R's
 * stopping rule, so it equals R's {@code qtukey} and not merely the true quantile to R's tolerance.
 */
public final class StudentizedRange {

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    private static final double[] XLEG = {
        0.981560634246719250690549090149,
        0.904117256370474856678465866119,
        0.769902674194304687036893833213,
        0.587317954286617447296702418941,
        0.367831498998180193752691536644,
        0.125233408511468915472441369464
    };
    private static final double[] ALEG = {
        0.047175336386511827194615961485,
        0.106939325995318430960254718194,
        0.160078328543346226334652529543,
        0.203167426723065921749064455810,
        0.233492536538354808760849898925,
        0.249147045813402785000562436043
    };
    private static final double ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
    private static final double QTUKEY_EPS = 0.0001;
    private static final int QTUKEY_MAX_ITER = 50;

    private StudentizedRange() {}

    /**
     * {@code P(W < q)} for the range W of {@code k} standard normal values, R's {@code ptukey(q, k,
     * Inf)}. Needs k >= 2.
     */
    public static double cdf(double q, int k) {
        requireGroups(k);
        if (Double.isNaN(q)) {
            throw new IllegalArgumentException("q is NaN");
        }
        if (q <= 0) {
            return 0;
        }
        return wprob(q, k);
    }

    /**
     * The {@code p} quantile of the range of {@code k} standard normal values, R's {@code qtukey(p, k,
     * Inf)}. Needs 0 < p < 1 and k >= 2.
     */
    public static double quantile(double p, int k) {
        requireGroups(k);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        double x0 = startValue(p, k);
        double valx0 = wprobAtLeastZero(x0, k) - p;
        double x1 = valx0 > 0 ? Math.max(0, x0 - 1) : x0 + 1;
        double valx1 = wprobAtLeastZero(x1, k) - p;
        double ans = x1;
        for (int iter = 1; iter < QTUKEY_MAX_ITER; iter++) {
            ans = x1 - ((valx1 * (x1 - x0)) / (valx1 - valx0));
            valx0 = valx1;
            x0 = x1;
            if (ans < 0) {
                ans = 0;
            }
            valx1 = wprobAtLeastZero(ans, k) - p;
            x1 = ans;
            if (Math.abs(x1 - x0) < QTUKEY_EPS) {
                return ans;
            }
        }
        throw new ArithmeticException("qtukey(" + p + ", " + k + ", Inf) did not converge");
    }

    private static double wprobAtLeastZero(double q, int k) {
        return q <= 0 ? 0 : wprob(q, k);
    }

    private static void requireGroups(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("the studentized range needs k >= 2 groups, got " + k);
        }
    }

    /** R's {@code qinv} with infinite degrees of freedom: AS 70's normal quantile, mapped to the range. */
    private static double startValue(double p, int k) {
        double ps = 0.5 - 0.5 * p;
        double yi = Math.sqrt(Math.log(1.0 / (ps * ps)));
        double t = yi
                + ((((yi * -0.453642210148e-04 + -0.204231210125) * yi + -0.342242088547) * yi + -1.0) * yi
                                + 0.322232421088)
                        / ((((yi * 0.38560700634e-02 + 0.103537752850) * yi + 0.531103462366) * yi + 0.588581570495)
                                        * yi
                                + 0.993484626060e-01);
        double q = 0.8832 - 0.2368 * t;
        return t * (q * Math.log(k - 1.0) + 1.4142);
    }

    /** R's {@code wprob(w, 1, k)}: the probability integral of the range, for w > 0. */
    private static double wprob(double w, int k) {
        double qsqz = w * 0.5;
        if (qsqz >= 8) {
            return 1;
        }
        double cc = k;
        double prW = 2 * NORMAL.cumulativeProbability(qsqz) - 1;
        prW = prW >= Math.exp(-50 / cc) ? Math.pow(prW, cc) : 0;
        double wincr = w > 3 ? 2 : 3;
        double blb = qsqz;
        double binc = (8 - qsqz) / wincr;
        double bub = blb + binc;
        double einsum = 0;
        double cc1 = cc - 1;
        for (int wi = 1; wi <= wincr; wi++) {
            double elsum = 0;
            double a = 0.5 * (bub + blb);
            double b = 0.5 * (bub - blb);
            for (int jj = 1; jj <= 12; jj++) {
                int j;
                double xx;
                if (6 < jj) {
                    j = 12 - jj + 1;
                    xx = XLEG[j - 1];
                } else {
                    j = jj;
                    xx = -XLEG[j - 1];
                }
                double ac = a + b * xx;
                double qexpo = ac * ac;
                if (qexpo > 60) {
                    break;
                }
                double pplus = 2 * NORMAL.cumulativeProbability(ac);
                double pminus = 2 * NORMAL.cumulativeProbability(ac - w);
                double rinsum = pplus * 0.5 - pminus * 0.5;
                if (rinsum >= Math.exp(-30 / cc1)) {
                    elsum += ALEG[j - 1] * Math.exp(-(0.5 * qexpo)) * Math.pow(rinsum, cc1);
                }
            }
            elsum *= 2.0 * b * cc * ONE_OVER_SQRT_2PI;
            einsum += elsum;
            blb = bub;
            bub += binc;
        }
        prW += einsum;
        if (prW <= Math.exp(-30.0)) {
            return 0;
        }
        return Math.min(prW, 1);
    }
}

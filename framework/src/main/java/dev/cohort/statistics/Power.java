package dev.cohort.statistics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The power of the two-sample t-test and the sample size it needs, as R's {@code power.t.test(type =
 * "two.sample", strict = FALSE)} computes them, with the noncentral t distribution of Lenth (1989),
 * "Algorithm AS 243: Cumulative distribution function of the non-central t distribution", Applied
 * Statistics 38(1), the algorithm of R's {@code pnt}.
 */
public final class Power {

    /** The largest sample size per group {@link #twoSampleSizePerGroup} searches. */
    public static final int MAX_N = 10_000_000; // the upper end of R's search

    private static final int MAX_ITERATIONS = 1000;
    private static final double ERROR_MAX = 1e-12;

    private Power() {}

    /**
     * The power of the two-sided two-sample t-test with n values per group for the standardized effect
     * {@code d}: {@code P(T' > qt(1 - alpha / 2, 2 (n - 1)))} for T' noncentral t with {@code 2 (n - 1)}
     * degrees of freedom and noncentrality {@code sqrt(n / 2) d} (R's default {@code strict = FALSE}
     * ignores the opposite tail). Needs n >= 2.
     */
    public static double twoSample(int n, double d, double alpha) {
        return powerAt(n, d, criticalValue(n, alpha));
    }

    private static double powerAt(int n, double d, double critical) {
        return 1 - noncentralTCdf(critical, 2.0 * (n - 1), Math.sqrt(n / 2.0) * d);
    }

    /** {@code qt(1 - alpha / 2, 2 (n - 1))}: the two-sided test's critical value with n values per group. */
    private static double criticalValue(int n, double alpha) {
        return TDistribution.of(2.0 * (n - 1)).inverseSurvivalProbability(alpha / 2);
    }

    /**
     * The smallest n per group whose {@link #twoSample} power reaches {@code power}: the {@code
     * ceiling} of R's {@code power.t.test(delta = d, sd = 1, sig.level = alpha, power = power)$n}.
     * Returns -1 when more than {@code maxN} would be needed.
     */
    public static int twoSampleSizePerGroup(double d, double alpha, double power, int maxN) {
        return twoSampleSizePerGroup(d, new CriticalValues(alpha), power, maxN);
    }

    /**
     * {@link #twoSampleSizePerGroup(double, double, double, int)} at {@code critical.alpha()}, with the
     * critical values computed once per n for every search at that alpha (a family of comparisons at
     * the same corrected alpha shares them: the t quantile costs more than the noncentral t).
     *
     * <p>The search starts at Guenther's (1981) approximation {@code 2 ((z(1 - alpha / 2) + z(power)) /
     * d)^2 + z(1 - alpha / 2)^2 / 4}, which is the t-test's answer most of the time and off by one or
     * two otherwise, and walks from there with exponentially growing steps and a bisection: two or three
     * noncentral t evaluations instead of a bisection over [2, maxN]. The power grows with n, so the
     * answer is the same wherever the walk starts.
     */
    public static int twoSampleSizePerGroup(double d, CriticalValues critical, double power, int maxN) {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double alpha = critical.alpha();
        double zAlpha = normal.inverseCumulativeProbability(1 - alpha / 2);
        double z = zAlpha + normal.inverseCumulativeProbability(power);
        double approximation = 2 * (z / d) * (z / d) + zAlpha * zAlpha / 4;
        int start = approximation >= maxN ? maxN : (int) Math.max(2, Math.ceil(approximation));
        Search search = new Search(d, critical, power);
        int lo; // power(lo) < target, or lo = 1 (below the smallest n)
        int hi; // power(hi) >= target
        if (search.reaches(start)) {
            hi = start;
            int step = 1;
            lo = Math.max(1, hi - step);
            while (lo > 1 && search.reaches(lo)) {
                hi = lo;
                step *= 2;
                lo = Math.max(1, hi - step);
            }
        } else {
            lo = start;
            if (lo >= maxN) {
                return -1;
            }
            int step = 1;
            hi = (int) Math.min(maxN, (long) lo + step);
            while (!search.reaches(hi)) {
                if (hi >= maxN) {
                    return -1;
                }
                lo = hi;
                step *= 2;
                hi = (int) Math.min(maxN, (long) lo + step);
            }
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (search.reaches(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Math.max(2, hi);
    }

    /**
     * Whether n per group reaches the power, deciding without a new t quantile when it can: the critical
     * value falls as n grows and the power falls as the critical value grows, so the power at n computed
     * with the exact critical value of a smaller n is a lower bound, and with that of a larger n an upper
     * bound. A bound that clears the target by more than {@value #MARGIN} (far above the noncentral t's
     * error of about 1e-12) decides as the exact value would; otherwise the exact value decides.
     */
    private static final class Search {

        private static final double MARGIN = 1e-6;

        private final double d;
        private final CriticalValues critical;
        private final double power;
        private final TreeMap<Integer, Double> known = new TreeMap<>();

        Search(double d, CriticalValues critical, double power) {
            this.d = d;
            this.critical = critical;
            this.power = power;
        }

        boolean reaches(int n) {
            Map.Entry<Integer, Double> smaller = known.lowerEntry(n);
            if (smaller != null && powerAt(n, d, smaller.getValue()) >= power + MARGIN) {
                return true;
            }
            Map.Entry<Integer, Double> larger = known.higherEntry(n);
            if (larger != null && powerAt(n, d, larger.getValue()) < power - MARGIN) {
                return false;
            }
            double exact = critical.at(n);
            known.put(n, exact);
            return powerAt(n, d, exact) >= power;
        }
    }

    /**
     * The critical values {@code qt(1 - alpha / 2, 2 (n - 1))} of the two-sided two-sample t-test at one
     * alpha, each computed once, on first use; safe to share between threads.
     */
    public static final class CriticalValues {

        /** How many levels {@link #shared} keeps before it starts over. */
        private static final int SHARED_LEVELS = 1 << 16;

        private static final Map<Double, CriticalValues> SHARED = new ConcurrentHashMap<>();

        private final double alpha;
        private final Map<Integer, Double> byN = new ConcurrentHashMap<>();

        /** The critical values at significance level {@code alpha}. */
        public CriticalValues(double alpha) {
            this.alpha = alpha;
        }

        /**
         * The critical values at {@code alpha}, shared by every caller at the same level: the Holm levels
         * {@code alpha / (m - r)} of a family of m comparisons recur in every metric of the experiment, so
         * each t quantile is computed once for all of them. Each value depends on the level and n alone,
         * so sharing changes no number.
         */
        public static CriticalValues shared(double alpha) {
            if (SHARED.size() >= SHARED_LEVELS) {
                SHARED.clear();
            }
            return SHARED.computeIfAbsent(alpha, CriticalValues::new);
        }

        /** The significance level. */
        public double alpha() {
            return alpha;
        }

        double at(int n) {
            return byN.computeIfAbsent(n, k -> criticalValue(k, alpha));
        }
    }

    /** The lower-tail distribution function of the noncentral t distribution (AS 243). */
    public static double noncentralTCdf(double t, double df, double ncp) {
        boolean negate = t < 0;
        double tt = negate ? -t : t;
        double del = negate ? -ncp : ncp;
        NormalDistribution normal = NormalDistribution.of(0, 1);
        if (df > 4e5 || del * del > 2 * Math.log(2) * 1021) {
            // Abramowitz and Stegun 26.7.10
            double s = 1 / (4 * df);
            double z = (tt * (1 - s) - del) / Math.sqrt(1 + tt * tt * 2 * s);
            double lower = normal.cumulativeProbability(z);
            return negate ? 1 - lower : lower;
        }
        double x = t * t / (t * t + df);
        double tnc = 0;
        if (x > 0) {
            double lambda = del * del;
            double p = 0.5 * Math.exp(-0.5 * lambda);
            double q = Math.sqrt(2 / Math.PI) * p * del;
            double s = 0.5 - p;
            if (s < 1e-7) {
                s = -0.5 * Math.expm1(-0.5 * lambda);
            }
            double a = 0.5;
            double b = 0.5 * df;
            double rxb = Math.pow(1 - x, b);
            double logBeta = -BetaDistribution.of(a, b).logDensity(0.5) + (b - 1.5) * Math.log(0.5);
            double xodd = BetaDistribution.of(a, b).cumulativeProbability(x);
            double godd = 2 * rxb * Math.exp(a * Math.log(x) - logBeta);
            double bx = b * x;
            double xeven = bx < Math.ulp(1.0) ? bx : 1 - rxb;
            double geven = bx * rxb;
            tnc = p * xodd + q * xeven;
            for (int it = 1; it <= MAX_ITERATIONS; it++) {
                a += 1;
                xodd -= godd;
                xeven -= geven;
                godd *= x * (a + b - 1) / a;
                geven *= x * (a + b - 0.5) / (a + 0.5);
                p *= lambda / (2 * it);
                q *= lambda / (2 * it + 1);
                tnc += p * xodd + q * xeven;
                s -= p;
                if (s < -1e-10 || (s <= 0 && it > 1)) {
                    break;
                }
                double errorBound = 2 * s * (xodd - godd);
                if (Math.abs(errorBound) < ERROR_MAX && it > 1) {
                    break;
                }
            }
        }
        tnc += normal.cumulativeProbability(-del);
        double lower = Math.min(tnc, 1);
        return negate ? 1 - lower : lower;
    }
}

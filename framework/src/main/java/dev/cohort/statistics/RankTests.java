package dev.cohort.statistics;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.SignificanceResult;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * The Wilcoxon-Mann-Whitney rank-sum test and the Wilcoxon signed-rank test with R's defaults
 * ({@code wilcox.test}, two-sided, {@code correct = TRUE}): the p-value is exact when the samples are
 * small (rank sum: both n < 50; signed rank: fewer than 50 non-zero differences) and there are no ties
 * (and, for the signed-rank test, no zero differences); otherwise it is the normal approximation with
 * continuity correction and the tie correction of the variance. Zero differences are dropped before
 * ranking (Wilcoxon's method, R's default). The computations delegate to Apache Commons Statistics,
 * whose automatic choice and zero handling differ from R's, so the method is chosen here.
 *
 * <p>References: Hollander, Wolfe and Chicken (2014), <i>Nonparametric Statistical Methods</i>, 3rd ed.,
 * sections 3.1 and 4.1; R's {@code ?wilcox.test}.
 */
public final class RankTests {

    private static final int EXACT_LIMIT = 50;
    private static final int EXACT_CASES = 1 << 16;
    private static final Map<ExactCase, Double> EXACT_P = new ConcurrentHashMap<>();
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private RankTests() {}

    /**
     * The Mann-Whitney test, R's {@code wilcox.test(x, y)}. The statistic is R's W: the number of pairs
     * with {@code x > y} plus half the number of ties. Needs both n >= 1.
     */
    public static RankTestResult mannWhitney(double[] x, double[] y) {
        return mannWhitney(SortedSample.of(x), SortedSample.of(y));
    }

    /**
     * {@link #mannWhitney(double[], double[])} of samples sorted already: the rank sum and the tie
     * correction are counted by merging the two, and the normal approximation is Commons' (the same
     * arithmetic in the same order, so the same numbers); the exact p-value is Commons'.
     */
    public static RankTestResult mannWhitney(SortedSample x, SortedSample y) {
        int n = x.size();
        int m = y.size();
        if (n == 0 || m == 0) {
            throw new IllegalArgumentException(
                    "the rank-sum test needs values in both samples, got " + n + " and " + m);
        }
        RankSum ranks = RankSum.of(x.array(), y.array());
        boolean exact = n < EXACT_LIMIT && m < EXACT_LIMIT && !ranks.equalValues();
        double u = ranks.sumOfFirst() - ((long) n * (n + 1)) * 0.5;
        if (exact) {
            double p = exactP(
                    new ExactCase(false, u, n, m),
                    () -> MannWhitneyUTest.withDefaults()
                            .with(PValueMethod.EXACT)
                            .with(ContinuityCorrection.ENABLED)
                            .test(x.array(), y.array()));
            return new RankTestResult(u, p, true);
        }
        // Commons' MannWhitneyUTest.calculateAsymptoticPValue, two-sided with continuity correction
        long nm = (long) n * m;
        long total = (long) n + m;
        double e = nm * 0.5;
        double variance = (nm / 12.0) * ((total + 1.0) - ranks.tieCorrection() / total / (total - 1));
        double z = u - e;
        z -= Math.signum(z) * 0.5;
        z /= Math.sqrt(variance);
        return new RankTestResult(u, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)), false);
    }

    /** Whether every value of the pooled samples is the same, so the rank-sum test is undefined. */
    public static boolean allTied(double[] x, double[] y) {
        double first = x.length > 0 ? x[0] : y[0];
        return Arrays.stream(x).allMatch(v -> v == first) && Arrays.stream(y).allMatch(v -> v == first);
    }

    /** The differences {@code x[i] - y[i]} that are not zero, the data of the signed-rank test. */
    public static double[] nonZeroDifferences(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + x.length + " vs " + y.length);
        }
        double[] d = new double[x.length];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            double diff = x[i] - y[i];
            if (diff != 0) {
                d[k++] = diff;
            }
        }
        return Arrays.copyOf(d, k);
    }

    /**
     * The Wilcoxon signed-rank test on the paired differences {@code x[i] - y[i]}, R's {@code
     * wilcox.test(x, y, paired = TRUE)}. The statistic is R's V, the sum of the ranks of the positive
     * differences. Needs at least one non-zero difference ({@link #nonZeroDifferences}).
     */
    public static RankTestResult signedRank(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + x.length + " vs " + y.length);
        }
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - y[i];
        }
        return signedRank(SortedSample.of(d));
    }

    /**
     * {@link #signedRank(double[], double[])} of the paired differences {@code x[i] - y[i]}, zeros
     * included, sorted already: the sizes of the negative ones are the first differences reversed, those
     * of the positive ones the last, so their ranks come from merging the two without sorting again.
     */
    public static RankTestResult signedRank(SortedSample differences) {
        double[] sorted = differences.array();
        int negatives = 0;
        while (negatives < sorted.length && sorted[negatives] < 0) {
            negatives++;
        }
        int firstPositive = negatives;
        while (firstPositive < sorted.length && sorted[firstPositive] == 0) {
            firstPositive++;
        }
        int n = negatives + sorted.length - firstPositive;
        if (n == 0) {
            throw new IllegalArgumentException("all paired differences are zero");
        }
        boolean zeros = n < sorted.length;
        double[] up = Arrays.copyOfRange(sorted, firstPositive, sorted.length);
        double[] down = new double[negatives];
        for (int j = 0; j < negatives; j++) {
            down[j] = -sorted[negatives - 1 - j];
        }
        // V is the rank sum of the positive differences among the sizes of all non-zero ones
        RankSum ranks = RankSum.of(up, down);
        boolean exact = n < EXACT_LIMIT && !zeros && !ranks.equalValues();
        double v = ranks.sumOfFirst();
        if (exact) {
            double[] d = new double[n];
            System.arraycopy(sorted, 0, d, 0, negatives);
            System.arraycopy(up, 0, d, negatives, up.length);
            double p = exactP(
                    new ExactCase(true, v, n, 0),
                    () -> WilcoxonSignedRankTest.withDefaults()
                            .with(PValueMethod.EXACT)
                            .with(ContinuityCorrection.ENABLED)
                            .test(d));
            return new RankTestResult(v, p, true);
        }
        // Commons' WilcoxonSignedRankTest.calculateAsymptoticPValue, two-sided with continuity correction,
        // of the non-zero differences (so its count of zeros is 0 and its terms vanish)
        double e = n * (n + 1.0) * 0.25;
        double variance = ((n * (n + 1.0) * (2 * n + 1.0)) - ranks.tieCorrection() * 0.5) / 24;
        double z = v - e;
        z -= Math.signum(z) * 0.5;
        z /= Math.sqrt(variance);
        return new RankTestResult(v, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)), false);
    }

    /**
     * The exact p-value of the case, Commons' {@code test} computed once per case: it is a function of
     * the statistic and the sample sizes alone, so the many pairs of a study with equal sizes share the
     * few hundred values their statistics take. Commons' statistic is the one counted here (the rank sum
     * is exact in double precision whatever the order of the additions).
     */
    private static double exactP(ExactCase c, Supplier<SignificanceResult> commons) {
        Double known = EXACT_P.get(c);
        if (known != null) {
            return known;
        }
        SignificanceResult r = commons.get();
        if (r.getStatistic() != c.statistic()) {
            throw new IllegalStateException(
                    "rank statistic " + c.statistic() + " differs from Commons' " + r.getStatistic());
        }
        if (EXACT_P.size() >= EXACT_CASES) {
            EXACT_P.clear();
        }
        EXACT_P.put(c, r.getPValue());
        return r.getPValue();
    }

    /** An exact test: signed-rank (of n differences) or rank-sum (of n and m values), with its statistic. */
    private record ExactCase(boolean signedRank, double statistic, int n, int m) {}

    /**
     * The ranks of two sorted samples pooled, counted by merging them: the sum of the first sample's
     * mid-ranks, the tie correction {@code sum(t^3 - t)} over the groups of t tied values (tied as Commons'
     * ranking ties them, by {@link Double#compare}), and whether any two values are equal ({@code ==}, so
     * {@code -0.0} equals {@code 0.0}: the test that decides for the exact p-value).
     */
    private record RankSum(double sumOfFirst, double tieCorrection, boolean equalValues) {

        static RankSum of(double[] a, double[] b) {
            long twiceSum = 0; // twice the first sample's rank sum: mid-ranks are halves
            double ties = 0;
            boolean equal = false;
            int i = 0;
            int j = 0;
            int before = 0; // values ranked before the current group
            double previous = Double.NaN;
            while (i < a.length || j < b.length) {
                double value = j == b.length || (i < a.length && Double.compare(a[i], b[j]) <= 0) ? a[i] : b[j];
                int fromA = 0;
                while (i < a.length && Double.compare(a[i], value) == 0) {
                    i++;
                    fromA++;
                }
                int fromB = 0;
                while (j < b.length && Double.compare(b[j], value) == 0) {
                    j++;
                    fromB++;
                }
                int t = fromA + fromB;
                // ranks before + 1 .. before + t, each counted as their mean (2 before + t + 1) / 2
                twiceSum += (long) fromA * (2L * before + t + 1);
                ties += (double) t * t * t - t;
                equal |= t > 1 || previous == value;
                previous = value;
                before += t;
            }
            return new RankSum(twiceSum / 2.0, ties, equal);
        }
    }
}

package dev.cohort.statistics;

import java.util.Arrays;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
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

    private RankTests() {}

    /**
     * The Mann-Whitney test, R's {@code wilcox.test(x, y)}. The statistic is R's W: the number of pairs
     * with {@code x > y} plus half the number of ties. Needs both n >= 1.
     */
    public static RankTestResult mannWhitney(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        boolean exact = x.length < EXACT_LIMIT && y.length < EXACT_LIMIT && !hasTies(all);
        var r = MannWhitneyUTest.withDefaults()
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.ENABLED)
                .test(x, y);
        return new RankTestResult(r.getStatistic(), r.getPValue(), exact);
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
        double[] d = nonZeroDifferences(x, y);
        if (d.length == 0) {
            throw new IllegalArgumentException("all paired differences are zero");
        }
        boolean zeros = d.length < x.length;
        double[] abs = Arrays.stream(d).map(Math::abs).toArray();
        boolean exact = d.length < EXACT_LIMIT && !zeros && !hasTies(abs);
        var r = WilcoxonSignedRankTest.withDefaults()
                .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.ENABLED)
                .test(d);
        return new RankTestResult(r.getStatistic(), r.getPValue(), exact);
    }

    static boolean hasTies(double[] values) {
        double[] s = Descriptive.sorted(values);
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1]) {
                return true;
            }
        }
        return false;
    }
}

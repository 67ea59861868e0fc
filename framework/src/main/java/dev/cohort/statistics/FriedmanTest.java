package dev.cohort.statistics;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Rank statistics of k treatments on N blocks (configurations on tasks), after Demšar (2006),
 * "Statistical comparisons of classifiers over multiple data sets", <i>JMLR</i> 7: ranks within each
 * block with ties sharing the average rank, the Friedman test exactly as R's {@code friedman.test} (with
 * its tie correction of the denominator), the Iman and Davenport (1980) F form, and the Nemenyi critical
 * difference. The scores are a complete {@code N x k} matrix; callers drop incomplete blocks first, as
 * R's {@code friedman.test} does.
 */
public final class FriedmanTest {

    private FriedmanTest() {}

    /**
     * Ranks of one block, R's {@code rank(x)} (ties get the average rank): 1 for the smallest value.
     */
    public static double[] ranks(double[] x) {
        int n = x.length;
        int[] order = Selection.ascendingOrder(x);
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && x[order[end + 1]] == x[order[start]]) {
                end++;
            }
            double average = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = average;
            }
            start = end + 1;
        }
        return ranks;
    }

    /**
     * The mean over blocks of each treatment's rank within its block, {@code colMeans(t(apply(scores,
     * 1, rank)))}: rank 1 is the smallest score; negate the scores to rank the largest first.
     */
    public static double[] meanRanks(double[][] scores) {
        int k = columns(scores);
        double[] sum = new double[k];
        for (double[] block : scores) {
            double[] r = ranks(block);
            for (int j = 0; j < k; j++) {
                sum[j] += r[j];
            }
        }
        for (int j = 0; j < k; j++) {
            sum[j] /= scores.length;
        }
        return sum;
    }

    /**
     * R's {@code friedman.test(scores)}: {@code 12 sum_j (R_j - N(k+1)/2)^2 / (N k (k+1) - sum(t^3 -
     * t)/(k-1))} with R_j the rank sums and t the sizes of the tie groups within the blocks, on k - 1
     * degrees of freedom. Needs N >= 1 blocks and k >= 2 treatments, not every block all tied (then the
     * denominator is zero and the statistic is NaN).
     */
    public static Result test(double[][] scores) {
        int k = columns(scores);
        int n = scores.length;
        if (n < 1 || k < 2) {
            throw new IllegalArgumentException(
                    "the Friedman test needs a block and two treatments, got " + n + " x " + k);
        }
        double[] rankSums = new double[k];
        double ties = 0;
        for (double[] block : scores) {
            double[] r = ranks(block);
            for (int j = 0; j < k; j++) {
                rankSums[j] += r[j];
            }
            ties += tieTerm(block);
        }
        double expected = n * (k + 1) / 2.0;
        double ss = 0;
        for (double sum : rankSums) {
            ss += (sum - expected) * (sum - expected);
        }
        double chi2 = 12 * ss / (n * k * (k + 1.0) - ties / (k - 1));
        double p = ChiSquaredDistribution.of(k - 1).survivalProbability(chi2);
        return new Result(chi2, k - 1, p);
    }

    /**
     * The Iman-Davenport statistic {@code F = (N - 1) chi2 / (N (k - 1) - chi2)} on {@code k - 1} and
     * {@code (k - 1)(N - 1)} degrees of freedom, with its upper-tail p-value. Needs N >= 2 and k >= 2;
     * F is infinite, with p = 0, when the ranks agree perfectly in every block ({@code chi2 = N (k - 1)}).
     */
    public static ImanDavenportResult imanDavenport(double chiSquared, int blocks, int k) {
        if (blocks < 2 || k < 2) {
            throw new IllegalArgumentException("Iman-Davenport needs two blocks and two treatments");
        }
        int df1 = k - 1;
        int df2 = (k - 1) * (blocks - 1);
        double f = (blocks - 1) * chiSquared / (blocks * (k - 1.0) - chiSquared);
        double p;
        if (f == Double.POSITIVE_INFINITY) {
            p = 0; // R's pf(Inf, df1, df2, lower.tail = FALSE)
        } else {
            p = Double.isFinite(f) && f >= 0 ? FDistribution.of(df1, df2).survivalProbability(f) : Double.NaN;
        }
        return new ImanDavenportResult(f, df1, df2, p);
    }

    /** The Nemenyi q at the 5% level, {@code qtukey(0.95, k, Inf) / sqrt(2)}. */
    public static double nemenyiQ(int k) {
        return StudentizedRange.quantile(0.95, k) / Math.sqrt(2);
    }

    /** The Nemenyi critical difference of mean ranks, {@code q sqrt(k (k + 1) / (6 N))}. */
    public static double criticalDifference(double q, int k, int blocks) {
        return q * Math.sqrt(k * (k + 1.0) / (6.0 * blocks));
    }

    /** Sum over tie groups of {@code t^3 - t} within one block. */
    private static double tieTerm(double[] block) {
        double[] s = block.clone();
        Arrays.sort(s);
        double term = 0;
        int start = 0;
        while (start < s.length) {
            int end = start;
            while (end + 1 < s.length && s[end + 1] == s[start]) {
                end++;
            }
            double t = end - start + 1.0;
            term += t * t * t - t;
            start = end + 1;
        }
        return term;
    }

    private static int columns(double[][] scores) {
        if (scores.length == 0) {
            return 0;
        }
        int k = scores[0].length;
        for (double[] block : scores) {
            if (block.length != k) {
                throw new IllegalArgumentException("every block needs a score of every treatment");
            }
        }
        return k;
    }

    /**
     * The Friedman test's result.
     *
     * @param chiSquared the statistic
     * @param df its degrees of freedom
     * @param p its upper-tail p-value
     */
    public record Result(double chiSquared, int df, double p) {}

    /**
     * The Iman-Davenport test's result.
     *
     * @param f the statistic
     * @param df1 numerator degrees of freedom
     * @param df2 denominator degrees of freedom
     * @param p its upper-tail p-value
     */
    public record ImanDavenportResult(double f, int df1, int df2, double p) {}
}

package dev.cohort.statistics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * One-way analysis of variance, R's {@code summary(aov(y ~ group))}, and the Brown-Forsythe test of
 * equal variances, R's {@code car::leveneTest(y ~ group)} with its default {@code center = median}.
 *
 * <p>References: Fisher (1925), <i>Statistical Methods for Research Workers</i>; Levene (1960);
 * Brown and Forsythe (1974), "Robust tests for the equality of variances", JASA 69(346).
 */
public final class OneWayAnova {

    private OneWayAnova() {}

    /**
     * Whether the ANOVA table is defined: at least two groups, none empty, more values than groups, and
     * not all values equal. Its F and p are defined only when {@link #isPerfectFit} is false.
     */
    public static boolean isDefined(List<double[]> groups) {
        if (groups.size() < 2 || groups.stream().anyMatch(g -> g.length == 0)) {
            return false;
        }
        int total = groups.stream().mapToInt(g -> g.length).sum();
        if (total <= groups.size()) {
            return false;
        }
        // Descriptive.sumOfSquares of the values pooled in group order, without pooling them
        double sum = 0;
        for (double[] g : groups) {
            sum = RunningSums.plus(g, sum);
        }
        double mean = sum / total;
        double residual = 0;
        for (double[] g : groups) {
            residual = RunningSums.plusDeviations(g, mean, residual);
        }
        mean += residual / total;
        double ss = 0;
        for (double[] g : groups) {
            ss = RunningSums.plusSquaredDeviations(g, mean, ss);
        }
        return ss > 0;
    }

    /**
     * Whether the group means fit the data essentially perfectly: the within-group sum of squares is
     * below {@code 1e-10} times the between-group one, where R's {@code anova.lm} warns that the F-test
     * is unreliable (its value is then rounding noise). F and p are NaN in that case.
     */
    public static boolean isPerfectFit(AnovaResult table) {
        return table.ssWithin() < 1e-10 * table.ssBetween() || table.ssWithin() == 0;
    }

    /** The ANOVA table of the groups; see {@link #isDefined} for the data it accepts. */
    public static AnovaResult test(List<double[]> groups) {
        if (!isDefined(groups)) {
            throw new IllegalArgumentException("one-way ANOVA is undefined for these groups");
        }
        int total = 0;
        double sum = 0;
        for (double[] g : groups) {
            total += g.length;
            sum = RunningSums.plus(g, sum);
        }
        double grand = sum / total;
        double ssBetween = 0;
        double ssWithin = 0;
        for (double[] g : groups) {
            double mean = Descriptive.mean(g);
            ssBetween += g.length * (mean - grand) * (mean - grand);
            ssWithin += Descriptive.sumOfSquares(g);
        }
        int dfBetween = groups.size() - 1;
        int dfWithin = total - groups.size();
        AnovaResult table = new AnovaResult(Double.NaN, dfBetween, dfWithin, ssBetween, ssWithin, Double.NaN);
        if (isPerfectFit(table)) {
            return table;
        }
        double f = (ssBetween / dfBetween) / (ssWithin / dfWithin);
        double p = FDistribution.of(dfBetween, dfWithin).survivalProbability(f);
        return new AnovaResult(f, dfBetween, dfWithin, ssBetween, ssWithin, p);
    }

    /** The absolute deviations of each group from its median, the response of the Brown-Forsythe test. */
    public static List<double[]> medianDeviations(List<double[]> groups) {
        double[] medians = groups.stream().mapToDouble(Descriptive::median).toArray();
        return medianDeviations(groups, medians);
    }

    /**
     * {@link #medianDeviations(List)} of groups whose medians ({@link Descriptive#median}) are known
     * already, one per group.
     */
    public static List<double[]> medianDeviations(List<double[]> groups, double[] medians) {
        if (medians.length != groups.size()) {
            throw new IllegalArgumentException(
                    "one median per group needed: " + groups.size() + " groups, " + medians.length + " medians");
        }
        List<double[]> deviations = new ArrayList<>(groups.size());
        for (int k = 0; k < groups.size(); k++) {
            deviations.add(absoluteDeviations(groups.get(k), medians[k]));
        }
        return List.copyOf(deviations);
    }

    private static double[] absoluteDeviations(double[] g, double median) {
        double[] d = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            d[i] = Math.abs(g[i] - median);
        }
        return d;
    }

    /**
     * The Brown-Forsythe test: the one-way ANOVA of the absolute deviations from the group medians.
     * Defined when {@link #isDefined} holds for {@link #medianDeviations}; F and p are NaN when the
     * deviations are an essentially perfect fit (for example, every configuration has two values).
     */
    public static AnovaResult brownForsythe(List<double[]> groups) {
        return test(medianDeviations(groups));
    }
}

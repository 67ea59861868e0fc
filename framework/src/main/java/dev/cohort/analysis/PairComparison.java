package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.statistics.Correlation;
import dev.cohort.statistics.Descriptive;
import dev.cohort.statistics.EffectSize;
import dev.cohort.statistics.Moments;
import dev.cohort.statistics.OneWayAnova;
import dev.cohort.statistics.Power;
import dev.cohort.statistics.RankTestResult;
import dev.cohort.statistics.RankTests;
import dev.cohort.statistics.ShapiroWilk;
import dev.cohort.statistics.SortedSample;
import dev.cohort.statistics.TTestResult;
import dev.cohort.statistics.TTests;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The statistics of one pair of configurations before the family-wide corrections. */
final class PairComparison {

    private static final String CONSTANT = "the data are essentially constant (R's t.test refuses them)";

    private final Map<String, Object> a;
    private final Map<String, Object> b;
    private TestKind test;
    Statistic<Double> p;
    private Statistic<Double> studentT;
    private Statistic<Double> studentP;
    private Statistic<Double> welchT;
    private Statistic<Double> welchDf;
    private Statistic<Double> welchP;
    private Statistic<Double> mannWhitneyU;
    private Statistic<Double> mannWhitneyP;
    private Statistic<Double> pairedT;
    private Statistic<Double> pairedP;
    private Statistic<Double> wilcoxonV;
    private Statistic<Double> wilcoxonP;
    private Statistic<Integer> pairs;
    private SortedSample pairedDifferences;
    private Statistic<Double> pairedCorrelation;
    private Statistic<Double> cohensD;
    private Statistic<Double> hedgesG;
    private Statistic<Double> probabilityOfImprovement;

    private PairComparison(Map<String, Object> a, Map<String, Object> b) {
        this.a = a;
        this.b = b;
    }

    static PairComparison of(
            Goal goal,
            ConfigurationData da,
            ConfigurationData db,
            GroupSummary ga,
            GroupSummary gb,
            AnalysisOptions options) {
        return of(goal, da, db, ConfigurationSample.of(da), ConfigurationSample.of(db), ga, gb, options);
    }

    /**
     * The comparison of two configurations whose samples are known already ({@code sa} of {@code da}'s
     * values, {@code sb} of {@code db}'s): each configuration is sorted and summed once for all its pairs.
     */
    static PairComparison of(
            Goal goal,
            ConfigurationData da,
            ConfigurationData db,
            ConfigurationSample sa,
            ConfigurationSample sb,
            GroupSummary ga,
            GroupSummary gb,
            AnalysisOptions options) {
        double[] x = da.finiteValues();
        double[] y = db.finiteValues();
        PairComparison c = new PairComparison(da.config(), db.config());
        if (x.length == 0 || y.length == 0) {
            Statistic<Double> none = Statistic.undefined("a configuration has no values");
            c.studentT = c.studentP = c.welchT = c.welchDf = c.welchP = none;
            c.mannWhitneyU = c.mannWhitneyP = c.cohensD = c.hedgesG = c.probabilityOfImprovement = none;
        } else {
            c.independent(goal, x, y, sa, sb);
        }
        c.paired(da, db);
        c.choose(ga, gb, x, y, sa.sorted(), sb.sorted(), options);
        return c;
    }

    private void independent(Goal goal, double[] x, double[] y, ConfigurationSample sa, ConfigurationSample sb) {
        Moments mx = sa.moments();
        Moments my = sb.moments();
        if (x.length + y.length < 3) {
            studentT = studentP = Statistic.undefined("needs at least 3 values in the two configurations");
        } else if (TTests.isEssentiallyConstant(mx, my, true)) {
            studentT = studentP = Statistic.undefined(CONSTANT);
        } else {
            TTestResult student = TTests.student(mx, my);
            studentT = finite(student.t());
            studentP = finite(student.p());
        }
        if (x.length < 2 || y.length < 2) {
            welchT = welchDf = welchP = Statistic.undefined("needs at least 2 values in each configuration");
        } else if (TTests.isEssentiallyConstant(mx, my, false)) {
            welchT = welchDf = welchP = Statistic.undefined(CONSTANT);
        } else {
            TTestResult welch = TTests.welch(x, y);
            welchT = finite(welch.t());
            welchDf = finite(welch.df());
            welchP = finite(welch.p());
        }
        if (RankTests.allTied(x, y)) {
            mannWhitneyU = mannWhitneyP = Statistic.undefined("all values are tied");
        } else {
            RankTestResult mannWhitney = RankTests.mannWhitney(sa.sorted(), sb.sorted());
            mannWhitneyU = finite(mannWhitney.statistic());
            mannWhitneyP = finite(mannWhitney.p());
        }
        if (x.length + y.length < 3) {
            cohensD = hedgesG = Statistic.undefined("needs at least 3 values in the two configurations");
        } else if (EffectSize.pooledSd(mx, my) == 0) {
            cohensD = hedgesG = Statistic.undefined("the pooled standard deviation is zero");
        } else {
            cohensD = finite(EffectSize.cohensD(mx, my));
            hedgesG = finite(EffectSize.hedgesG(mx, my));
        }
        probabilityOfImprovement = Statistic.of(probabilityOfImprovement(goal, sa.sorted(), sb.sorted()));
    }

    /**
     * {@code P(a better than b) + P(a = b) / 2} over all pairs of values: the Mann-Whitney U of a over n
     * m, counted by merging the sorted samples in O((n + m) log(n + m)) rather than over all n m pairs.
     */
    static double probabilityOfImprovement(Goal goal, double[] x, double[] y) {
        return probabilityOfImprovement(goal, SortedSample.of(x), SortedSample.of(y));
    }

    /** {@link #probabilityOfImprovement(Goal, double[], double[])} of samples sorted already. */
    static double probabilityOfImprovement(Goal goal, SortedSample xs, SortedSample ys) {
        // wins of a = (pairs with x > y) + ties / 2 when maximizing, (pairs with x < y) + ties / 2 otherwise
        double greater = 0;
        double ties = 0;
        int below = 0; // ys[0 .. below) < current x
        int upTo = 0; // ys[0 .. upTo) <= current x
        int m = ys.size();
        for (int i = 0; i < xs.size(); i++) {
            double u = xs.get(i);
            while (below < m && ys.get(below) < u) {
                below++;
            }
            while (upTo < m && ys.get(upTo) <= u) {
                upTo++;
            }
            greater += below;
            ties += upTo - below;
        }
        double pairs = (double) xs.size() * m;
        double less = pairs - greater - ties;
        double wins = (goal.rankingDirection() == Goal.MINIMIZE ? less : greater) + ties / 2;
        return wins / pairs;
    }

    /**
     * The values of the seeds that have a finite value in both configurations, in the first one's order:
     * the two columns as they are when both hold the same seeds in the same order (the usual case), else
     * matched through a seed index of the second.
     */
    static double[][] matchedBySeed(ConfigurationData da, ConfigurationData db) {
        if (Arrays.equals(da.seeds(), db.seeds())) {
            return new double[][] {da.values(), db.values()};
        }
        Map<Long, Integer> indexInB = new HashMap<>();
        long[] seedsB = db.seeds();
        for (int i = 0; i < seedsB.length; i++) {
            indexInB.put(seedsB[i], i);
        }
        long[] seedsA = da.seeds();
        double[] valuesA = da.finiteValues();
        double[] valuesB = db.finiteValues();
        double[] x = new double[seedsA.length];
        double[] y = new double[seedsA.length];
        int n = 0;
        for (int i = 0; i < seedsA.length; i++) {
            Integer j = indexInB.get(seedsA[i]);
            if (j != null) {
                x[n] = valuesA[i];
                y[n] = valuesB[j];
                n++;
            }
        }
        return new double[][] {Arrays.copyOf(x, n), Arrays.copyOf(y, n)};
    }

    /**
     * The paired statistics, defined when both configurations ran the same seeds ({@link
     * ConfigurationData#ranSameSeedsAs}): over the seeds with a finite value in both, so a seed whose
     * trial failed (or recorded no finite value) in one configuration drops out of the pairs only.
     */
    private void paired(ConfigurationData da, ConfigurationData db) {
        if (!da.ranSameSeedsAs(db)) {
            pairs = Statistic.undefined("the configurations did not run the same seeds");
            pairedT = pairedP = wilcoxonV = wilcoxonP = pairedCorrelation = Statistic.undefined(pairs.reason());
            return;
        }
        double[][] matched = matchedBySeed(da, db);
        double[] x = matched[0];
        double[] y = matched[1];
        pairs = Statistic.count(x.length);
        double[] d = differences(x, y);
        pairedDifferences = SortedSample.of(d);
        pairedCorrelation = correlation(x, y);
        if (x.length < 2) {
            pairedT = pairedP = Statistic.undefined("needs at least 2 seeds with values in both configurations");
        } else {
            if (TTests.isEssentiallyConstant(d)) {
                pairedT = pairedP = Statistic.undefined(
                        "the paired differences are essentially constant (R's t.test refuses them)");
            } else {
                TTestResult paired = TTests.paired(x, y);
                pairedT = finite(paired.t());
                pairedP = finite(paired.p());
            }
        }
        if (allZero(d)) {
            wilcoxonV = wilcoxonP = Statistic.undefined(
                    x.length == 0 ? "no seed has values in both configurations" : "every paired difference is zero");
        } else {
            RankTestResult wilcoxon = RankTests.signedRank(pairedDifferences);
            wilcoxonV = finite(wilcoxon.statistic());
            wilcoxonP = finite(wilcoxon.p());
        }
    }

    // The loops over the paired values are methods of their own, so that the JIT compiles each small loop
    // once rather than the whole paired analysis at its loop.

    /** {@code x[i] - y[i]}, zeros included. */
    private static double[] differences(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        return d;
    }

    private static boolean allZero(double[] d) {
        for (double v : d) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** Pearson's r of the paired values: how much of the seed-to-seed variation the two share. */
    private static Statistic<Double> correlation(double[] x, double[] y) {
        if (x.length < 2) {
            return Statistic.undefined("needs at least 2 seeds with values in both configurations");
        }
        if (!Correlation.isDefined(x, y)) {
            boolean constantA = Descriptive.sumOfSquares(x) == 0;
            boolean constantB = Descriptive.sumOfSquares(y) == 0;
            String which = constantA && constantB ? "both configurations" : constantA ? "a" : "b";
            return Statistic.undefined("the values of " + which + " are constant over the " + x.length
                    + " paired seeds (R's cor gives NA)");
        }
        return finite(Correlation.pearson(x, y));
    }

    private void choose(
            GroupSummary ga,
            GroupSummary gb,
            double[] x,
            double[] y,
            SortedSample sa,
            SortedSample sb,
            AnalysisOptions options) {
        test = options.testChoice().kind().orElseGet(() -> autoChoice(ga, gb, x, y, sa, sb, options.alpha()));
        Statistic<Double> chosen = switch (test) {
            case STUDENT_T -> studentP;
            case WELCH_T -> welchP;
            case MANN_WHITNEY -> mannWhitneyP;
            case PAIRED_T -> pairedP;
            case WILCOXON -> wilcoxonP;
        };
        p = chosen.isDefined() ? chosen : Statistic.undefined(test.displayName() + " is undefined: " + chosen.reason());
    }

    /**
     * SPEC section 5: a paired test when both configurations ran the same seeds, chosen by Shapiro-Wilk
     * on the paired differences; otherwise Shapiro-Wilk on each group, then Brown-Forsythe.
     */
    private TestKind autoChoice(
            GroupSummary ga, GroupSummary gb, double[] x, double[] y, SortedSample sa, SortedSample sb, double alpha) {
        if (pairedDifferences != null) {
            boolean normal = ShapiroWilk.isDefined(pairedDifferences)
                    && ShapiroWilk.test(pairedDifferences).p() > alpha;
            return normal ? TestKind.PAIRED_T : TestKind.WILCOXON;
        }
        boolean normal = ga.shapiroP().orElse(0) > alpha && gb.shapiroP().orElse(0) > alpha;
        if (!normal) {
            return TestKind.MANN_WHITNEY;
        }
        List<double[]> deviations =
                OneWayAnova.medianDeviations(List.of(x, y), new double[] {sa.median(), sb.median()});
        if (OneWayAnova.isDefined(deviations) && OneWayAnova.test(deviations).p() > alpha) {
            return TestKind.STUDENT_T;
        }
        return TestKind.WELCH_T;
    }

    /**
     * The Holm-corrected significance level of each comparison: {@code alpha / (m - r)} for the
     * comparison of rank r (0-based) among the m defined p-values sorted increasingly; NaN when p is
     * undefined.
     */
    static double[] holmAlphas(double[] p, double alpha) {
        int[] present =
                IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).toArray();
        Integer[] order = Arrays.stream(present).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] result = new double[p.length];
        Arrays.fill(result, Double.NaN);
        for (int r = 0; r < order.length; r++) {
            result[order[r]] = alpha / (order.length - r);
        }
        return result;
    }

    /**
     * The comparison, with the family-wide adjusted p-values and significance levels (NaN where this
     * pair's p is undefined or the family has none); {@code bonferroni} is shared by the family.
     */
    Comparison toComparison(
            double pBonferroni,
            double pHolm,
            Power.CriticalValues bonferroni,
            double alphaHolm,
            AnalysisOptions options) {
        String unadjusted = "the chosen test is undefined";
        return new Comparison(
                a,
                b,
                test,
                p,
                p.isDefined() ? Statistic.finiteOr(pBonferroni, unadjusted) : Statistic.undefined(unadjusted),
                p.isDefined() ? Statistic.finiteOr(pHolm, unadjusted) : Statistic.undefined(unadjusted),
                studentT,
                studentP,
                welchT,
                welchDf,
                welchP,
                mannWhitneyU,
                mannWhitneyP,
                pairedT,
                pairedP,
                wilcoxonV,
                wilcoxonP,
                cohensD,
                hedgesG,
                pairs,
                pairedCorrelation,
                probabilityOfImprovement,
                seedsFor(bonferroni, options),
                seedsFor(Power.CriticalValues.shared(alphaHolm), options));
    }

    private Statistic<Integer> seedsFor(Power.CriticalValues critical, AnalysisOptions options) {
        if (!cohensD.isDefined()) {
            return Statistic.undefined("Cohen's d is undefined: " + cohensD.reason());
        }
        if (Double.isNaN(critical.alpha())) {
            return Statistic.undefined("the comparison has no p-value in the family");
        }
        if (cohensD.value() == 0) {
            return Statistic.undefined("the observed effect is zero: no number of seeds reaches the power");
        }
        int n = Power.twoSampleSizePerGroup(Math.abs(cohensD.value()), critical, options.power(), Power.MAX_N);
        if (n < 0) {
            return Statistic.undefined("more than " + Power.MAX_N + " seeds per configuration");
        }
        return Statistic.count(n);
    }

    /**
     * A computed statistic: undefined when the arithmetic overflows (values near the limits of double
     * precision give an infinite sum or a NaN statistic).
     */
    private static Statistic<Double> finite(double value) {
        return Statistic.finiteOr(value, Statistic.OVERFLOW);
    }
}

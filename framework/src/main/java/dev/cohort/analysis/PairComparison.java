package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.statistics.Correlation;
import dev.cohort.statistics.Descriptive;
import dev.cohort.statistics.EffectSize;
import dev.cohort.statistics.OneWayAnova;
import dev.cohort.statistics.Power;
import dev.cohort.statistics.RankTestResult;
import dev.cohort.statistics.RankTests;
import dev.cohort.statistics.ShapiroWilk;
import dev.cohort.statistics.TTestResult;
import dev.cohort.statistics.TTests;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The statistics of one pair of configurations before the family-wide corrections. */
final class PairComparison {

    private static final String CONSTANT = "the data are essentially constant (R's t.test refuses them)";

    private final Map<String, Object> a;
    private final Map<String, Object> b;
    private final Map<String, String> reasons = new LinkedHashMap<>();
    private TestKind test;
    Double p;
    private TTestResult student;
    private TTestResult welch;
    private RankTestResult mannWhitney;
    private TTestResult paired;
    private RankTestResult wilcoxon;
    private Integer pairs;
    private double[] pairedDifferences;
    private Double pairedCorrelation;
    private Double cohensD;
    private Double hedgesG;
    private Double probabilityOfImprovement;

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
        double[] x = da.values();
        double[] y = db.values();
        PairComparison c = new PairComparison(da.config(), db.config());
        if (x.length == 0 || y.length == 0) {
            String why = "a configuration has no values";
            for (String f : List.of(
                    "studentT",
                    "studentP",
                    "welchT",
                    "welchDf",
                    "welchP",
                    "mannWhitneyU",
                    "mannWhitneyP",
                    "cohensD",
                    "hedgesG",
                    "probabilityOfImprovement")) {
                c.reasons.put(f, why);
            }
        } else {
            c.independent(goal, x, y);
        }
        c.paired(da, db);
        c.choose(ga, gb, x, y, options);
        return c;
    }

    private void independent(Goal goal, double[] x, double[] y) {
        if (x.length + y.length < 3) {
            reason("needs at least 3 values in the two configurations", "studentT", "studentP");
        } else if (TTests.isEssentiallyConstant(x, y, true)) {
            reason(CONSTANT, "studentT", "studentP");
        } else {
            student = TTests.student(x, y);
        }
        if (x.length < 2 || y.length < 2) {
            reason("needs at least 2 values in each configuration", "welchT", "welchDf", "welchP");
        } else if (TTests.isEssentiallyConstant(x, y, false)) {
            reason(CONSTANT, "welchT", "welchDf", "welchP");
        } else {
            welch = TTests.welch(x, y);
        }
        if (RankTests.allTied(x, y)) {
            reason("all values are tied", "mannWhitneyU", "mannWhitneyP");
        } else {
            mannWhitney = RankTests.mannWhitney(x, y);
        }
        if (x.length + y.length < 3) {
            reason("needs at least 3 values in the two configurations", "cohensD", "hedgesG");
        } else if (EffectSize.pooledSd(x, y) == 0) {
            reason("the pooled standard deviation is zero", "cohensD", "hedgesG");
        } else {
            cohensD = EffectSize.cohensD(x, y);
            hedgesG = EffectSize.hedgesG(x, y);
        }
        probabilityOfImprovement = probabilityOfImprovement(goal, x, y);
    }

    /**
     * {@code P(a better than b) + P(a = b) / 2} over all pairs of values: the Mann-Whitney U of a over n
     * m, counted by merging the sorted samples in O((n + m) log(n + m)) rather than over all n m pairs.
     */
    static double probabilityOfImprovement(Goal goal, double[] x, double[] y) {
        double[] xs = x.clone();
        double[] ys = y.clone();
        Arrays.sort(xs);
        Arrays.sort(ys);
        // wins of a = (pairs with x > y) + ties / 2 when maximizing, (pairs with x < y) + ties / 2 otherwise
        double greater = 0;
        double ties = 0;
        int below = 0; // ys[0 .. below) < current x
        int upTo = 0; // ys[0 .. upTo) <= current x
        for (double u : xs) {
            while (below < ys.length && ys[below] < u) {
                below++;
            }
            while (upTo < ys.length && ys[upTo] <= u) {
                upTo++;
            }
            greater += below;
            ties += upTo - below;
        }
        double pairs = (double) x.length * y.length;
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
        String[] fields = {"pairs", "pairedT", "pairedP", "wilcoxonV", "wilcoxonP", "pairedCorrelation"};
        if (!da.ranSameSeedsAs(db)) {
            reason("the configurations did not run the same seeds", fields);
            return;
        }
        double[][] matched = matchedBySeed(da, db);
        double[] x = matched[0];
        double[] y = matched[1];
        pairs = x.length;
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i] - y[i];
        }
        pairedDifferences = d;
        correlation(x, y);
        if (x.length < 2) {
            reason("needs at least 2 seeds with values in both configurations", "pairedT", "pairedP");
        } else {
            if (TTests.isEssentiallyConstant(d)) {
                reason(
                        "the paired differences are essentially constant (R's t.test refuses them)",
                        "pairedT",
                        "pairedP");
            } else {
                paired = TTests.paired(x, y);
            }
        }
        if (RankTests.nonZeroDifferences(x, y).length == 0) {
            reason(
                    x.length == 0 ? "no seed has values in both configurations" : "every paired difference is zero",
                    "wilcoxonV",
                    "wilcoxonP");
        } else {
            wilcoxon = RankTests.signedRank(x, y);
        }
    }

    /** Pearson's r of the paired values: how much of the seed-to-seed variation the two share. */
    private void correlation(double[] x, double[] y) {
        if (x.length < 2) {
            reason("needs at least 2 seeds with values in both configurations", "pairedCorrelation");
        } else if (!Correlation.isDefined(x, y)) {
            boolean constantA = Descriptive.sumOfSquares(x) == 0;
            boolean constantB = Descriptive.sumOfSquares(y) == 0;
            String which = constantA && constantB ? "both configurations" : constantA ? "a" : "b";
            reason(
                    "the values of " + which + " are constant over the " + x.length
                            + " paired seeds (R's cor gives NA)",
                    "pairedCorrelation");
        } else {
            pairedCorrelation = Correlation.pearson(x, y);
        }
    }

    private void choose(GroupSummary ga, GroupSummary gb, double[] x, double[] y, AnalysisOptions options) {
        test = options.testChoice().kind().orElseGet(() -> autoChoice(ga, gb, x, y, options.alpha()));
        p = switch (test) {
            case STUDENT_T -> student == null ? null : student.p();
            case WELCH_T -> welch == null ? null : welch.p();
            case MANN_WHITNEY -> mannWhitney == null ? null : mannWhitney.p();
            case PAIRED_T -> paired == null ? null : paired.p();
            case WILCOXON -> wilcoxon == null ? null : wilcoxon.p();
        };
        if (p == null) {
            String field = switch (test) {
                case STUDENT_T -> "studentP";
                case WELCH_T -> "welchP";
                case MANN_WHITNEY -> "mannWhitneyP";
                case PAIRED_T -> "pairedP";
                case WILCOXON -> "wilcoxonP";
            };
            reasons.put("p", test.displayName() + " is undefined: " + reasons.get(field));
        }
    }

    /**
     * SPEC section 5: a paired test when both configurations ran the same seeds, chosen by Shapiro-Wilk
     * on the paired differences; otherwise Shapiro-Wilk on each group, then Brown-Forsythe.
     */
    private TestKind autoChoice(GroupSummary ga, GroupSummary gb, double[] x, double[] y, double alpha) {
        if (pairedDifferences != null) {
            boolean normal = ShapiroWilk.isDefined(pairedDifferences)
                    && ShapiroWilk.test(pairedDifferences).p() > alpha;
            return normal ? TestKind.PAIRED_T : TestKind.WILCOXON;
        }
        boolean normal =
                ga.shapiroP() != null && gb.shapiroP() != null && ga.shapiroP() > alpha && gb.shapiroP() > alpha;
        if (!normal) {
            return TestKind.MANN_WHITNEY;
        }
        List<double[]> deviations = OneWayAnova.medianDeviations(List.of(x, y));
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

    Comparison toComparison(
            Double pBonferroni, Double pHolm, double alphaBonferroni, double alphaHolm, AnalysisOptions options) {
        if (p == null) {
            reason("the chosen test is undefined", "pBonferroni", "pHolm");
        }
        Integer seedsBonferroni = seedsFor(alphaBonferroni, options, "seedsForPowerBonferroni");
        Integer seedsHolm = seedsFor(alphaHolm, options, "seedsForPowerHolm");
        return new Comparison(
                a,
                b,
                test,
                p,
                pBonferroni,
                pHolm,
                student == null ? null : student.t(),
                student == null ? null : student.p(),
                welch == null ? null : welch.t(),
                welch == null ? null : welch.df(),
                welch == null ? null : welch.p(),
                mannWhitney == null ? null : mannWhitney.statistic(),
                mannWhitney == null ? null : mannWhitney.p(),
                paired == null ? null : paired.t(),
                paired == null ? null : paired.p(),
                wilcoxon == null ? null : wilcoxon.statistic(),
                wilcoxon == null ? null : wilcoxon.p(),
                cohensD,
                hedgesG,
                pairs,
                pairedCorrelation,
                probabilityOfImprovement,
                seedsBonferroni,
                seedsHolm,
                reasons);
    }

    private Integer seedsFor(double alpha, AnalysisOptions options, String field) {
        if (cohensD == null) {
            reasons.put(field, "Cohen's d is undefined");
            return null;
        }
        if (Double.isNaN(alpha)) {
            reasons.put(field, "the comparison has no p-value in the family");
            return null;
        }
        if (cohensD == 0) {
            reasons.put(field, "the observed effect is zero: no number of seeds reaches the power");
            return null;
        }
        int n = Power.twoSampleSizePerGroup(Math.abs(cohensD), alpha, options.power(), Power.MAX_N);
        if (n < 0) {
            reasons.put(field, "more than " + Power.MAX_N + " seeds per configuration");
            return null;
        }
        return n;
    }

    private void reason(String why, String... fields) {
        for (String f : fields) {
            reasons.put(f, why);
        }
    }
}

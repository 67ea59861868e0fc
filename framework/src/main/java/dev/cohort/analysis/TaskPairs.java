package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.statistics.PAdjust;
import dev.cohort.statistics.RankTestResult;
import dev.cohort.statistics.RankTests;
import dev.cohort.statistics.StratifiedTaskBootstrap;
import dev.cohort.statistics.TaskAggregates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every pair of configurations across tasks (Benavoli, Corani and Mangili 2016; Agarwal et al. 2021):
 * the signed-rank test on the task scores of the tasks both have, Holm over the pairs; the probability
 * of improvement and the IQM difference over the normalised runs, with their bootstrap intervals; wins,
 * ties and losses from the within-task comparisons (Holm-adjusted p below {@link AnalysisOptions#alpha()},
 * direction by the goal, the larger value without one; a pair the task's family did not compare is a tie).
 */
final class TaskPairs {

    private final TaskScores scores;
    private final List<MetricAnalysis> perTask;
    private final Goal direction;
    private final AnalysisOptions options;
    private final int k;

    TaskPairs(TaskScores scores, List<MetricAnalysis> perTask, Goal direction, AnalysisOptions options) {
        this.scores = scores;
        this.perTask = perTask;
        this.direction = direction;
        this.options = options;
        this.k = scores.configs().size();
    }

    List<TaskPair> pairs(StratifiedTaskBootstrap.Result boot) {
        List<SignedRank> tests = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                tests.add(signedRank(a, b));
            }
        }
        double[] p = tests.stream().mapToDouble(t -> t.p().orElse(Double.NaN)).toArray();
        double[] holm = PAdjust.holm(p);
        List<TaskPair> pairs = new ArrayList<>();
        int index = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++, index++) {
                SignedRank test = tests.get(index);
                Statistic<Double> pHolm = test.p().isDefined() ? Statistic.of(holm[index]) : test.p();
                pairs.add(pair(a, b, index, test.v(), test.p(), pHolm, boot));
            }
        }
        return pairs;
    }

    private TaskPair pair(
            int a,
            int b,
            int index,
            Statistic<Double> v,
            Statistic<Double> wilcoxonP,
            Statistic<Double> holm,
            StratifiedTaskBootstrap.Result boot) {
        String undefined =
                scores.aggregateUndefined(a) != null ? scores.aggregateUndefined(a) : scores.aggregateUndefined(b);
        Statistic<Double> poi;
        Statistic<Double> poiLow;
        Statistic<Double> poiHigh;
        Statistic<Double> diff;
        Statistic<Double> diffLow;
        Statistic<Double> diffHigh;
        if (undefined != null) {
            poi = poiLow = poiHigh = diff = diffLow =
                    diffHigh = Statistic.undefined((scores.aggregateUndefined(a) != null ? "a: " : "b: ") + undefined);
        } else {
            double[][][] runs = scores.normalised();
            poi = finite(TaskAggregates.probabilityOfImprovement(runs[a], runs[b], direction == Goal.MINIMIZE));
            poiLow = finite(boot.poiLow()[index]);
            poiHigh = finite(boot.poiHigh()[index]);
            diff = finite(TaskAggregates.iqm(runs[a]) - TaskAggregates.iqm(runs[b]));
            diffLow = finite(boot.iqmDifferenceLow()[index]);
            diffHigh = finite(boot.iqmDifferenceHigh()[index]);
        }
        int[] wtl = winsTiesLosses(a, b);
        return new TaskPair(
                scores.configs().get(a),
                scores.configs().get(b),
                v,
                wilcoxonP,
                holm,
                poi,
                poiLow,
                poiHigh,
                diff,
                diffLow,
                diffHigh,
                wtl[0],
                wtl[1],
                wtl[2]);
    }

    /** R's {@code wilcox.test(x, y, paired = TRUE)} on the task scores of the tasks both have: V and p. */
    private SignedRank signedRank(int a, int b) {
        double[] x = new double[scores.tasks().size()];
        double[] y = new double[x.length];
        int n = 0;
        for (int t = 0; t < x.length; t++) {
            double sa = scores.score(a, t);
            double sb = scores.score(b, t);
            if (!Double.isNaN(sa) && !Double.isNaN(sb)) {
                x[n] = sa;
                y[n] = sb;
                n++;
            }
        }
        x = Arrays.copyOf(x, n);
        y = Arrays.copyOf(y, n);
        if (n == 0) {
            Statistic<Double> none = Statistic.undefined("no task on which both configurations have a value");
            return new SignedRank(none, none);
        }
        if (RankTests.nonZeroDifferences(x, y).length == 0) {
            // no positive difference: V = 0, as R reports it, and no p-value (R's is NaN)
            return new SignedRank(
                    Statistic.of(0),
                    Statistic.undefined(
                            "the task scores are equal on every task, so the signed-rank test has no p-value"));
        }
        RankTestResult r = RankTests.signedRank(x, y);
        return new SignedRank(finite(r.statistic()), finite(r.p()));
    }

    /** The signed-rank statistic V and its p-value. */
    private record SignedRank(Statistic<Double> v, Statistic<Double> p) {}

    /** Wins, ties and losses of a against b from the within-task comparisons, over the tasks both have. */
    private int[] winsTiesLosses(int a, int b) {
        int[] wtl = new int[3];
        Map<String, Object> ca = scores.configs().get(a);
        Map<String, Object> cb = scores.configs().get(b);
        for (int t = 0; t < scores.tasks().size(); t++) {
            double sa = scores.score(a, t);
            double sb = scores.score(b, t);
            if (Double.isNaN(sa) || Double.isNaN(sb)) {
                continue;
            }
            boolean significant = perTask.get(t)
                    .comparison(ca, cb)
                    .map(comparison -> Significance.isSignificant(comparison, options.alpha()))
                    .orElse(false);
            if (significant && direction.isBetter(sa, sb)) {
                wtl[0]++;
            } else if (significant && direction.isBetter(sb, sa)) {
                wtl[2]++;
            } else {
                wtl[1]++;
            }
        }
        return wtl;
    }

    private static Statistic<Double> finite(double value) {
        return Statistic.finiteOr(value, Statistic.OVERFLOW);
    }
}

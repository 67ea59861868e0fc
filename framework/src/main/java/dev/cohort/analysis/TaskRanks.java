package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.statistics.FriedmanTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rank statistics across tasks (Demšar 2006): mean ranks, Friedman, Iman-Davenport and the Nemenyi
 * critical difference, over the tasks on which every configuration has a value (R's {@code
 * friedman.test} drops incomplete blocks). Ranks are 1 for the best task score by the goal, the largest
 * without one.
 */
final class TaskRanks {

    static final String ONE_CONFIGURATION = "only one configuration: nothing to compare across tasks";
    private static final String NO_COMPLETE_TASK = "no task on which every configuration has a value";

    private final TaskScores scores;
    private final Goal direction;
    private final int k;

    TaskRanks(TaskScores scores, Goal direction) {
        this.scores = scores;
        this.direction = direction;
        this.k = scores.configs().size();
    }

    /** The indices of the tasks on which every configuration has a value. */
    int[] completeTasks() {
        List<Integer> complete = new ArrayList<>();
        for (int t = 0; t < scores.tasks().size(); t++) {
            boolean all = true;
            for (int c = 0; c < k; c++) {
                all &= scores.cell(c, t).n() > 0;
            }
            if (all) {
                complete.add(t);
            }
        }
        return complete.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Task scores of the complete tasks, oriented so the smallest is the best (rank 1). */
    double[][] betterFirstMatrix(int[] complete) {
        double[][] m = new double[complete.length][k];
        for (int i = 0; i < complete.length; i++) {
            for (int c = 0; c < k; c++) {
                double s = scores.score(c, complete[i]);
                m[i][c] = direction == Goal.MINIMIZE ? s : -s;
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    Statistic<Double>[] meanRanks(double[][] matrix) {
        Statistic<Double>[] ranks = new Statistic[k];
        if (matrix.length == 0) {
            Arrays.fill(ranks, Statistic.undefined(NO_COMPLETE_TASK));
            return ranks;
        }
        double[] mean = FriedmanTest.meanRanks(matrix);
        for (int c = 0; c < k; c++) {
            ranks[c] = Statistic.of(mean[c]);
        }
        return ranks;
    }

    private Optional<String> rankTestUndefined(double[][] matrix) {
        if (k < 2) {
            return Optional.of(ONE_CONFIGURATION);
        }
        if (matrix.length == 0) {
            return Optional.of(NO_COMPLETE_TASK);
        }
        for (double[] row : matrix) {
            for (double v : row) {
                if (v != row[0]) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of("every configuration ties on every task, so the ranks carry no information");
    }

    Friedman friedman(double[][] matrix) {
        Optional<String> undefined = rankTestUndefined(matrix);
        if (undefined.isEmpty() && matrix.length < 2) {
            undefined = Optional.of("needs at least two tasks on which every configuration has a value (R's"
                    + " friedman.test refuses one)");
        }
        if (undefined.isPresent()) {
            Statistic<Double> none = Statistic.undefined(undefined.get());
            return new Friedman(none, k < 2 ? Statistic.undefined(undefined.get()) : Statistic.count(k - 1), none);
        }
        FriedmanTest.Result r = FriedmanTest.test(matrix);
        return new Friedman(
                Statistic.finiteOr(r.chiSquared(), Statistic.OVERFLOW),
                Statistic.count(r.df()),
                Statistic.finiteOr(r.p(), Statistic.OVERFLOW));
    }

    ImanDavenport imanDavenport(double[][] matrix) {
        int n = matrix.length;
        Optional<String> undefined = rankTestUndefined(matrix);
        if (undefined.isEmpty() && n < 2) {
            undefined = Optional.of("needs at least two tasks on which every configuration has a value, got " + n);
        }
        if (undefined.isPresent()) {
            Statistic<Double> none = Statistic.undefined(undefined.get());
            Statistic<Integer> df1 = k < 2 ? Statistic.undefined(undefined.get()) : Statistic.count(k - 1);
            Statistic<Integer> df2 =
                    k < 2 || n < 2 ? Statistic.undefined(undefined.get()) : Statistic.count((k - 1) * (n - 1));
            return new ImanDavenport(none, df1, df2, none);
        }
        double chi2 = FriedmanTest.test(matrix).chiSquared();
        FriedmanTest.ImanDavenportResult r = FriedmanTest.imanDavenport(chi2, n, k);
        String perfect = "every task ranks the configurations alike (chi-squared = N (k - 1)), so F is infinite";
        return new ImanDavenport(
                Statistic.finiteOr(r.f(), perfect),
                Statistic.count(r.df1()),
                Statistic.count(r.df2()),
                Statistic.finiteOr(r.p(), perfect));
    }

    Nemenyi nemenyi(int completeTasks) {
        if (k < 2) {
            Statistic<Double> none = Statistic.undefined(ONE_CONFIGURATION);
            return new Nemenyi(none, none);
        }
        double q = FriedmanTest.nemenyiQ(k);
        return new Nemenyi(
                Statistic.of(q),
                completeTasks == 0
                        ? Statistic.undefined(NO_COMPLETE_TASK)
                        : Statistic.of(FriedmanTest.criticalDifference(q, k, completeTasks)));
    }
}

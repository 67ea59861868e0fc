package dev.cohort.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A balanced complete factorial design: every combination of the factors' levels is a cell, every cell
 * holds the same number of observations and every factor has at least two levels. Its ANOVA has a closed
 * form, with no least squares: the effect of a term S on a cell is {@code e_S = prod over f in S of (I -
 * J_f) prod over f not in S of J_f} applied to the table of cell means, where {@code J_f} averages over
 * the levels of factor f; the term's sum of squares is the observations per cell times the sum over cells of {@code
 * e_S^2} and its degrees of freedom are the product of {@code L_f - 1} over its factors. The effects are
 * orthogonal, so sequential and type II sums of squares coincide. Each effect is computed by splitting the
 * centred table into its mean and its deviations along one factor after another, which never subtracts
 * two large marginal means, so a small term's sum of squares keeps its precision.
 *
 * <p>Reference: Scheffé (1959), <i>The Analysis of Variance</i>, ch. 4 (complete higher-way layouts).
 */
final class BalancedFactorial {

    private final int[] levelCounts;
    /** Each cell's index in the table of all combinations (the first factor's level varies fastest). */
    private final int[] position;

    private final double cellCount;

    private BalancedFactorial(int[] levelCounts, int[] position, double cellCount) {
        this.levelCounts = levelCounts;
        this.position = position;
        this.cellCount = cellCount;
    }

    /**
     * The design of the cells, when it is balanced and complete (distinct cells as many as the
     * combinations of their levels are every combination).
     *
     * @param levels the level of each cell for each factor, {@code levels.get(f)[c]} (compared with {@code
     *     equals}); the cells are distinct combinations
     * @param counts the number of observations in each cell
     */
    static Optional<BalancedFactorial> of(List<Object[]> levels, double[] counts) {
        int cells = counts.length;
        for (double count : counts) {
            if (count != counts[0]) {
                return Optional.empty();
            }
        }
        int[] levelCounts = new int[levels.size()];
        int[] position = new int[cells];
        int stride = 1;
        for (int f = 0; f < levelCounts.length; f++) {
            Map<Object, Integer> index = new HashMap<>();
            Object[] factor = levels.get(f);
            for (int c = 0; c < cells; c++) {
                Integer level = index.putIfAbsent(factor[c], index.size());
                position[c] += stride * (level == null ? index.size() - 1 : level);
            }
            levelCounts[f] = index.size();
            if (levelCounts[f] < 2 || (long) stride * levelCounts[f] > cells) {
                return Optional.empty();
            }
            stride *= levelCounts[f];
        }
        if (stride != cells) {
            return Optional.empty();
        }
        return Optional.of(new BalancedFactorial(levelCounts, position, counts[0]));
    }

    /** The degrees of freedom of a term (its factors' indices). */
    int df(int[] term) {
        int df = 1;
        for (int f : term) {
            df *= levelCounts[f] - 1;
        }
        return df;
    }

    /**
     * The sums of squares of the terms.
     *
     * @param terms each term's factors' indices
     * @param means the mean of each cell, in the order of the cells the design was made of
     */
    double[] sumsOfSquares(List<int[]> terms, double[] means) {
        int cells = position.length;
        double grand = 0;
        for (double mean : means) {
            grand += mean;
        }
        grand /= cells;
        double[] table = new double[cells];
        for (int c = 0; c < cells; c++) {
            table[position[c]] = means[c] - grand;
        }
        // a term's effect: the table with, factor after factor, the term's factors replaced by their
        // deviations and the others by their means; one term at a time, in two tables' room
        double[] sumsOfSquares = new double[terms.size()];
        double[] effect = new double[cells];
        double[] mean = new double[cells];
        for (int t = 0; t < terms.size(); t++) {
            int subset = 0;
            for (int f : terms.get(t)) {
                subset |= 1 << f;
            }
            System.arraycopy(table, 0, effect, 0, cells);
            int stride = 1;
            for (int f = 0; f < levelCounts.length; f++) {
                split(effect, mean, stride, levelCounts[f]);
                if ((subset & 1 << f) == 0) {
                    double[] averages = mean;
                    mean = effect;
                    effect = averages;
                }
                stride *= levelCounts[f];
            }
            double sum = 0;
            for (double e : effect) {
                sum += e * e;
            }
            sumsOfSquares[t] = cellCount * sum;
        }
        return sumsOfSquares;
    }

    /**
     * Writes into {@code mean} the average of {@code values} over the levels of the factor with the given
     * stride, repeated for each level, and leaves in {@code values} the deviations from it.
     */
    private static void split(double[] values, double[] mean, int stride, int levels) {
        int block = stride * levels;
        for (int start = 0; start < values.length; start += block) {
            for (int first = start; first < start + stride; first++) {
                double sum = 0;
                for (int i = first; i < start + block; i += stride) {
                    sum += values[i];
                }
                double average = sum / levels;
                for (int i = first; i < start + block; i += stride) {
                    mean[i] = average;
                    values[i] -= average;
                }
            }
        }
    }
}

package dev.cohort.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** A balanced complete design gets its table in closed form: the numbers of the least-squares fits and R's. */
class FactorialAnovaBalancedTest {

    @Test
    void balancedCompleteDesignsGetTheTablesOfTheLeastSquaresFits() {
        int[][] designs = {{2, 3}, {5, 4}, {3, 2, 4}, {4, 5, 3}, {2, 3, 2, 3}, {3, 2, 2, 2}};
        SplittableRandom random = new SplittableRandom(11);
        for (int[] levelCounts : designs) {
            for (int count : new int[] {1, 3}) {
                Design design = Design.random(levelCounts, count, random);

                FactorialAnovaResult closed = design.fit();
                FactorialAnovaResult leastSquares = FactorialAnova.fitCellsByLeastSquares(
                        design.levels, design.counts, design.means, design.within, design.names);

                assertClose(closed, leastSquares);
                assertThat(closed.typeII()).hasSize((1 << levelCounts.length) - 1);
            }
        }
    }

    @Test
    void designsThatAreNotBalancedAndCompleteAreFittedByLeastSquares() {
        SplittableRandom random = new SplittableRandom(3);
        Design unequalCounts = Design.random(new int[] {3, 4}, 2, random);
        unequalCounts.counts[5] = 3;
        Design missingCell = Design.random(new int[] {3, 2, 2}, 2, random).without(4);
        Design oneLevel = Design.random(new int[] {1, 3}, 2, random);
        for (Design design : List.of(unequalCounts, missingCell, oneLevel)) {
            assertThat(design.fit())
                    .isEqualTo(FactorialAnova.fitCellsByLeastSquares(
                            design.levels, design.counts, design.means, design.within, design.names));
        }
    }

    @Test
    void aTinyInteractionBesideLargeMeansKeepsItsSumOfSquares() {
        // means 1e6 + 10 a + e (a - 1)(b - 1), e = 2^-13: the interaction's sum of squares is 2 x 4 x e^2
        double e = Math.scalb(1.0, -13);
        List<Object[]> levels = List.of(new Object[9], new Object[9]);
        double[] means = new double[9];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                levels.get(0)[3 * a + b] = a;
                levels.get(1)[3 * a + b] = b;
                means[3 * a + b] = 1e6 + 10 * a + e * (a - 1) * (b - 1);
            }
        }
        double[] counts = new double[9];
        Arrays.fill(counts, 2);

        FactorialAnovaResult result = FactorialAnova.fitCells(levels, counts, means, 1.0, List.of("A", "B"));

        assertThat(result.sequential().get(2).term()).isEqualTo("A*B");
        assertThat(result.sequential().get(2).sumSq()).isCloseTo(8 * e * e, within(1e-9 * 8 * e * e));
        assertThat(result.sequential().get(0).sumSq()).isCloseTo(2 * 3 * 200, within(1e-9 * 1200));
    }

    @Test
    void aThreeFactorBalancedDesignMatchesR() {
        // R: d <- expand.grid(rep = 1:5, C = paste0("c", 1:4), B = paste0("b", 1:2), A = paste0("a", 1:3));
        // print(anova(lm(y ~ A * B * C, data = d)), digits = 15), y as below (5 observations per cell,
        // cells in the order of a1 b1 c1, a1 b1 c2, ..., a3 b2 c4)
        double[] y = {
            11.97, 10.04, 10.96, 11.23, 11.00, 10.79, 12.41, 10.81, 12.92, 10.84, 12.50, 13.49, 9.81, 10.92, 11.07,
            12.14, 11.22, 8.84, 9.06, 12.82, 9.79, 8.32, 9.93, 11.31, 12.00, 9.97, 10.14, 8.64, 10.86, 9.76, 11.16,
            11.40, 11.74, 10.09, 11.20, 9.28, 10.22, 10.15, 8.59, 11.04, 11.61, 11.04, 12.16, 10.67, 10.03, 12.13,
            10.89, 13.14, 11.27, 12.36, 12.32, 11.22, 13.58, 12.64, 12.09, 12.58, 12.98, 12.39, 9.31, 12.58, 10.93,
            11.49, 11.88, 12.70, 10.57, 12.90, 11.94, 12.64, 12.52, 12.32, 10.86, 11.81, 12.52, 10.95, 11.36, 12.78,
            12.97, 12.66, 11.31, 11.10, 13.71, 12.46, 12.29, 12.08, 11.01, 13.11, 12.28, 12.32, 13.43, 13.32, 14.39,
            12.52, 13.65, 14.39, 11.89, 12.24, 11.97, 11.64, 13.18, 13.75, 12.90, 12.74, 10.70, 13.55, 11.03, 12.11,
            11.58, 11.88, 12.19, 12.12, 12.47, 12.61, 12.01, 12.00, 10.84, 12.22, 12.09, 15.30, 11.24, 12.74
        };
        List<Object[]> factors = List.of(new Object[120], new Object[120], new Object[120]);
        for (int i = 0; i < 120; i++) {
            factors.get(0)[i] = "a" + (1 + i / 40);
            factors.get(1)[i] = "b" + (1 + i / 20 % 2);
            factors.get(2)[i] = "c" + (1 + i / 5 % 4);
        }

        FactorialAnovaResult result = FactorialAnova.fit(y, factors, List.of("A", "B", "C"));

        List<AnovaTerm> r = List.of(
                new AnovaTerm("A", 2, 6.20828816666667e+01, 2.96549602361906e+01, 9.36392043055719e-11),
                new AnovaTerm("B", 1, 7.17362999999999e+00, 6.85321643223155e+00, 1.02814933645031e-02),
                new AnovaTerm("C", 3, 5.26387000000002e+00, 1.67625225448998e+00, 1.77237695946776e-01),
                new AnovaTerm("A*B", 2, 5.32554499999999e+00, 2.54383851025133e+00, 8.38503321518350e-02),
                new AnovaTerm("A*C", 6, 5.93434499999999e+00, 9.44880780221709e-01, 4.66880687108322e-01),
                new AnovaTerm("B*C", 3, 3.00272333333335e+00, 9.56201759752743e-01, 4.16761903602894e-01),
                new AnovaTerm("A*B*C", 6, 5.85484166666666e+00, 9.32222066980361e-01, 4.75625464611309e-01));
        assertClose(new FactorialAnovaResult(r, r, 96, 1.00488360000000e+02), result, 1e-9);
    }

    private static void assertClose(FactorialAnovaResult actual, FactorialAnovaResult expected) {
        assertClose(actual, expected, 1e-10);
    }

    private static void assertClose(FactorialAnovaResult actual, FactorialAnovaResult expected, double tolerance) {
        assertThat(actual.residualDf()).isEqualTo(expected.residualDf());
        assertRelative(actual.residualSumSq(), expected.residualSumSq(), tolerance);
        assertRows(actual.sequential(), expected.sequential(), tolerance);
        assertRows(actual.typeII(), expected.typeII(), tolerance);
    }

    private static void assertRows(List<AnovaTerm> actual, List<AnovaTerm> expected, double tolerance) {
        assertThat(actual)
                .extracting(AnovaTerm::term)
                .isEqualTo(expected.stream().map(AnovaTerm::term).toList());
        for (int t = 0; t < actual.size(); t++) {
            assertThat(actual.get(t).df()).isEqualTo(expected.get(t).df());
            assertRelative(actual.get(t).sumSq(), expected.get(t).sumSq(), tolerance);
            assertRelative(actual.get(t).f(), expected.get(t).f(), tolerance);
            assertRelative(actual.get(t).p(), expected.get(t).p(), tolerance);
        }
    }

    private static void assertRelative(double actual, double expected, double tolerance) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isCloseTo(expected, within(tolerance * Math.abs(expected)));
        }
    }

    /** Cells of a design in shuffled order, each factor labelled by its own type (two levels by booleans). */
    private static final class Design {

        private final List<Object[]> levels;
        private final double[] counts;
        private final double[] means;
        private final double within;
        private final List<String> names;

        private Design(List<Object[]> levels, double[] counts, double[] means, double within, List<String> names) {
            this.levels = levels;
            this.counts = counts;
            this.means = means;
            this.within = within;
            this.names = names;
        }

        static Design random(int[] levelCounts, int count, SplittableRandom random) {
            List<IntFunction<Object>> labels =
                    List.of(level -> "level" + level, level -> level, level -> level * 0.5, level -> (long) level);
            int cells = 1;
            for (int l : levelCounts) {
                cells *= l;
            }
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < cells; c++) {
                order.add(c);
            }
            Collections.shuffle(order, new Random(random.nextLong()));
            List<Object[]> levels = new ArrayList<>();
            List<String> names = new ArrayList<>();
            double[] means = new double[cells];
            int stride = 1;
            for (int f = 0; f < levelCounts.length; f++) {
                IntFunction<Object> label = levelCounts[f] == 2 ? level -> level == 0 : labels.get(f % labels.size());
                double[] effects = random.doubles(levelCounts[f], -1, 1).toArray();
                Object[] factor = new Object[cells];
                for (int c = 0; c < cells; c++) {
                    int level = order.get(c) / stride % levelCounts[f];
                    factor[c] = label.apply(level);
                    means[c] += effects[level];
                }
                levels.add(factor);
                names.add("F" + f);
                stride *= levelCounts[f];
            }
            double[] counts = new double[cells];
            for (int c = 0; c < cells; c++) {
                counts[c] = count;
                means[c] += 5 + random.nextGaussian() * 0.3;
            }
            double within = count == 1 ? 0 : random.nextDouble(1, 2) * cells * (count - 1);
            return new Design(levels, counts, means, within, names);
        }

        Design without(int cell) {
            List<Object[]> fewer = new ArrayList<>();
            for (Object[] factor : levels) {
                fewer.add(drop(factor, cell));
            }
            return new Design(fewer, drop(counts, cell), drop(means, cell), within, names);
        }

        FactorialAnovaResult fit() {
            return FactorialAnova.fitCells(levels, counts, means, within, names);
        }

        private static Object[] drop(Object[] values, int index) {
            List<Object> kept = new ArrayList<>(List.of(values));
            kept.remove(index);
            return kept.toArray();
        }

        private static double[] drop(double[] values, int index) {
            double[] kept = new double[values.length - 1];
            System.arraycopy(values, 0, kept, 0, index);
            System.arraycopy(values, index + 1, kept, index, kept.length - index);
            return kept;
        }
    }
}

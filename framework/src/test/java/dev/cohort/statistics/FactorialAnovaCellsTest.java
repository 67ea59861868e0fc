package dev.cohort.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The factorial ANOVA from cell counts and means equals the fit over every observation, number for number. */
class FactorialAnovaCellsTest {

    @Test
    void theFitFromCellsIsTheFitOverTheObservationsOfAnUnbalancedDesignWithEmptyCells() {
        SplittableRandom random = new SplittableRandom(5);
        List<Double> y = new ArrayList<>();
        List<List<Object>> factors = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 4; b++) {
                for (int c = 0; c < 2; c++) {
                    if ((a + b + c) % 5 == 4) {
                        continue; // an empty cell: aliased interaction columns
                    }
                    int n = 1 + random.nextInt(6);
                    for (int i = 0; i < n; i++) {
                        y.add(a * 0.5 - b * 0.25 + a * c + random.nextGaussian());
                        factors.get(0).add("a" + a);
                        factors.get(1).add(b);
                        factors.get(2).add(c == 0);
                    }
                }
            }
        }
        double[] values = y.stream().mapToDouble(Double::doubleValue).toArray();
        List<Object[]> levels = factors.stream().map(List::toArray).toList();
        List<String> names = List.of("A", "B", "C");

        FactorialAnovaResult observations = FactorialAnova.fit(values, levels, names);
        FactorialAnovaResult cells = fromCells(values, levels, names);

        assertThat(cells).isEqualTo(observations);
        assertThat(cells.typeII()).hasSize(observations.typeII().size()).isNotEmpty();
    }

    @Test
    void metricsOfOneDesignGetTheNumbersOfAFreshFitWhateverTheOrderAndTheThreads() {
        // the decompositions of a design are shared by the responses fitted on it (an experiment's
        // metrics): each response's table is the same whether its design was fresh or reused
        List<Object[]> levels = new ArrayList<>();
        levels.add(new Object[24]);
        levels.add(new Object[24]);
        levels.add(new Object[24]);
        SplittableRandom random = new SplittableRandom(9);
        double[] counts = new double[24];
        int c = 0;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 3; b++) {
                for (int d = 0; d < 4; d++) {
                    levels.get(0)[c] = "a" + a;
                    levels.get(1)[c] = "b" + b;
                    levels.get(2)[c] = "d" + d;
                    counts[c] = 2 + random.nextInt(5);
                    c++;
                }
            }
        }
        List<String> names = List.of("A", "B", "D");
        double[][] means = new double[6][24];
        for (double[] m : means) {
            for (int i = 0; i < m.length; i++) {
                m[i] = random.nextGaussian() + (i % 4) * 0.3;
            }
        }
        List<Object[]> other = List.of(new Object[] {"x", "y", "x"}, new Object[] {1, 1, 2});

        List<FactorialAnovaResult> inOrder = new ArrayList<>();
        for (double[] m : means) {
            inOrder.add(FactorialAnova.fitCells(levels, counts, m, 7.5, names));
        }
        for (int k = means.length - 1; k >= 0; k--) {
            FactorialAnova.fitCells(other, new double[] {1, 2, 3}, new double[] {0, 1, 3}, 1, List.of("X", "Y"));
            assertThat(FactorialAnova.fitCells(levels, counts, means[k], 7.5, names))
                    .isEqualTo(inOrder.get(k));
        }
        List<FactorialAnovaResult> parallel = java.util.stream.IntStream.range(0, 24)
                .parallel()
                .mapToObj(k -> FactorialAnova.fitCells(levels, counts, means[k % 6], 7.5, names))
                .toList();
        for (int k = 0; k < 24; k++) {
            assertThat(parallel.get(k)).isEqualTo(inOrder.get(k % 6));
        }
        assertThat(inOrder.get(0).typeII()).hasSize(7);
    }

    @Test
    void aCellWithoutObservationsIsRefusedNamingTheCount() {
        assertThatThrownBy(() -> FactorialAnova.fitCells(
                        List.<Object[]>of(new Object[] {"x", "y"}),
                        new double[] {2, 0},
                        new double[] {1, 0},
                        0,
                        List.of("A")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1, got 0.0");
    }

    /** The cells as a caller holding only per-cell sums computes them, in order of first appearance. */
    private static FactorialAnovaResult fromCells(double[] y, List<Object[]> factors, List<String> names) {
        Map<List<Object>, Integer> index = new LinkedHashMap<>();
        int[] cellOf = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            List<Object> key = new ArrayList<>();
            for (Object[] f : factors) {
                key.add(f[i]);
            }
            Integer cell = index.putIfAbsent(key, index.size());
            cellOf[i] = cell == null ? index.size() - 1 : cell;
        }
        int k = index.size();
        double[] counts = new double[k];
        double[] sums = new double[k];
        for (int i = 0; i < y.length; i++) {
            counts[cellOf[i]]++;
            sums[cellOf[i]] += y[i];
        }
        double[] means = new double[k];
        for (int c = 0; c < k; c++) {
            means[c] = sums[c] / counts[c];
        }
        double within = 0;
        for (int i = 0; i < y.length; i++) {
            within += (y[i] - means[cellOf[i]]) * (y[i] - means[cellOf[i]]);
        }
        List<Object[]> levels = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            Object[] cellLevels = new Object[k];
            int c = 0;
            for (List<Object> key : index.keySet()) {
                cellLevels[c++] = key.get(f);
            }
            levels.add(cellLevels);
        }
        return FactorialAnova.fitCells(levels, counts, means, within, names);
    }
}

package dev.cohort.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast paths of the stratified bootstrap against their plain definitions. */
class StratifiedTaskBootstrapTest {

    private final SplittableRandom random = new SplittableRandom(5);

    @Test
    void selectionGivesTheType7Percentiles() {
        for (int n = 1; n <= 200; n++) {
            double[] x = random.ints(n, 0, 1 + n / 3).asDoubleStream().toArray(); // many ties
            double[] sorted = Descriptive.sorted(x);
            Interval selected = Selection.percentiles(x.clone(), 0.95);
            assertThat(selected.low()).isEqualTo(Descriptive.quantileOfSorted(sorted, (1 - 0.95) / 2));
            assertThat(selected.high()).isEqualTo(Descriptive.quantileOfSorted(sorted, (1 + 0.95) / 2));
        }
    }

    @Test
    void manyReplicatesGetTheSamePercentilesFromTheFilteredPass() {
        for (int trial = 0; trial < 70; trial++) {
            int n = 1024 + random.nextInt(12000);
            double[] x = switch (trial % 7) {
                case 0 -> random.doubles(n).map(v -> v * v).toArray();
                case 1 -> random.ints(n, 0, 5).asDoubleStream().toArray(); // ties crowd the brackets
                case 2 -> Descriptive.sorted(random.doubles(n).toArray());
                case 3 -> random.doubles(n).map(v -> -v).sorted().map(v -> -v).toArray(); // descending
                case 4 -> new double[n]; // all equal
                case 5 -> random.doubles(n).map(v -> v < 0.97 ? 0 : v).toArray(); // a tail of distinct values
                default -> misleading(n);
            };
            double[] sorted = Descriptive.sorted(x);
            for (double level : new double[] {0.95, 0.9, 0.5, 0.999}) {
                Interval selected = Selection.percentiles(x.clone(), level);
                assertThat(selected.low())
                        .as("case %d, n %d, level %s", trial % 7, n, level)
                        .isEqualTo(Descriptive.quantileOfSorted(sorted, (1 - level) / 2));
                assertThat(selected.high())
                        .as("case %d, n %d, level %s", trial % 7, n, level)
                        .isEqualTo(Descriptive.quantileOfSorted(sorted, (1 + level) / 2));
            }
        }
    }

    @Test
    void theAscendingOrderIsAStableSortOfTheIndicesByValue() {
        for (int n = 0; n <= 60; n++) {
            double[] x = random.ints(n, -2, 3)
                    .asDoubleStream()
                    .map(v -> v == 0 ? (random.nextBoolean() ? -0.0 : 0.0) : v == 2 ? Double.NaN : v)
                    .toArray();
            Integer[] expected = new Integer[n];
            Arrays.setAll(expected, i -> i);
            Arrays.sort(expected, (i, j) -> Double.compare(x[i], x[j]));
            assertThat(Selection.ascendingOrder(x))
                    .as("%s", Arrays.toString(x))
                    .containsExactly(
                            Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
        }
    }

    /**
     * Values whose evenly spaced sample spreads from 0 to 255 while all the others sit near its middle, so
     * the sample brackets the wrong ranks.
     */
    private static double[] misleading(int n) {
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = 127.5 + (j % 7) * 0.01;
        }
        for (int i = 0; i < 256; i++) {
            x[(int) ((long) i * n / 256)] = i;
        }
        return x;
    }

    @Test
    void theIqmOfAResampleFromTheSortedRunsAndTheirCountsIsTheIqmOfTheResampledRuns() {
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(60);
            double[] runs = random.ints(n, -3, 1 + n / 3) // many ties, and -0.0 beside 0.0
                    .asDoubleStream()
                    .map(v -> v == 0 && random.nextBoolean() ? -0.0 : v / 3)
                    .toArray();
            int[] counts = new int[n];
            double[] resample = new double[n];
            for (int i = 0; i < n; i++) {
                int drawn = random.nextInt(n);
                counts[drawn]++;
                resample[i] = runs[drawn];
            }
            Integer[] order = new Integer[n];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (i, j) -> Double.compare(runs[i], runs[j]));
            double[] ascending = Arrays.stream(order).mapToDouble(i -> runs[i]).toArray();
            int[] slots = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
            assertThat(StratifiedTaskBootstrap.iqm(ascending, slots, counts, new int[n + 1], new double[n]))
                    .as("IQM of %s", Arrays.toString(resample))
                    .isEqualTo(Descriptive.iqm(resample));
        }
    }

    @Test
    void theMergeCountsEveryPairOnce() {
        for (int trial = 0; trial < 200; trial++) {
            double[] x = Descriptive.sorted(
                    random.ints(1 + random.nextInt(12), 0, 6).asDoubleStream().toArray());
            double[] y = Descriptive.sorted(
                    random.ints(1 + random.nextInt(12), 0, 6).asDoubleStream().toArray());
            double brute = 0;
            for (double a : x) {
                for (double b : y) {
                    brute += a > b ? 1 : a == b ? 0.5 : 0;
                }
            }
            assertThat(TaskAggregates.greaterOrHalfTied(x, x.length, y, y.length))
                    .isCloseTo(brute / (x.length * y.length), within(1e-12));
        }
    }

    @Test
    void theRanksOfTheOriginalRunsGiveTheProbabilityOfImprovementOfAnyResample() {
        for (int trial = 0; trial < 100; trial++) {
            int tasks = 1 + random.nextInt(4);
            double[][][] runs = new double[2][tasks][];
            for (int c = 0; c < 2; c++) {
                for (int t = 0; t < tasks; t++) {
                    runs[c][t] = trial % 2 == 0
                            ? random.ints(1 + random.nextInt(6), -2, 3)
                                    .asDoubleStream()
                                    .map(v -> v == 0 ? -0.0 : v / 2) // ties, and -0.0 equal to 0.0
                                    .toArray()
                            : random.doubles(1 + random.nextInt(6)).toArray(); // no ties
                }
            }
            ImprovementRanks ranks = new ImprovementRanks(runs, new boolean[] {true, true});
            // each configuration's draw of a task at its own offset: counts[offsets[c][t] + run]
            int[][] offsets = new int[2][tasks];
            int size = 0;
            for (int c = 0; c < 2; c++) {
                for (int t = 0; t < tasks; t++) {
                    offsets[c][t] = size;
                    size += runs[c][t].length;
                }
            }
            int[] counts = new int[size];
            double[][][] resampled = new double[2][tasks][];
            for (int c = 0; c < 2; c++) {
                for (int t = 0; t < tasks; t++) {
                    int m = runs[c][t].length;
                    resampled[c][t] = new double[m];
                    for (int i = 0; i < m; i++) {
                        int drawn = random.nextInt(m);
                        counts[offsets[c][t] + drawn]++;
                        resampled[c][t][i] = runs[c][t][drawn];
                    }
                }
            }
            int[] prefix = new int
                    [ranks.prefixLength(size
                            - Arrays.stream(runs[0]).mapToInt(x -> x.length).sum())];
            ranks.prefix(1, counts, offsets[1], prefix);
            for (boolean lowerIsBetter : new boolean[] {false, true}) {
                assertThat(ranks.probabilityOfImprovement(0, 0, 1, runs, counts, offsets[0], prefix, lowerIsBetter))
                        .isEqualTo(TaskAggregates.probabilityOfImprovement(resampled[0], resampled[1], lowerIsBetter));
            }
        }
    }

    @Test
    void theProfileCountsRunsBetterThanEachThresholdForAnyIncreasingThresholds() {
        double[][] runs = {{0.1, 0.5, 0.5, 0.9}, {0.2, 0.3}, {1.0}};
        double[] uneven = {-0.1, 0.0, 0.3, 0.5, 0.51, 0.95, 1.0, 1.2};
        double[] above = TaskAggregates.profile(runs, uneven, false);
        double[] below = TaskAggregates.profile(runs, uneven, true);
        for (int j = 0; j < uneven.length; j++) {
            double up = 0;
            double down = 0;
            for (double[] task : runs) {
                double t = uneven[j];
                up += Arrays.stream(task).filter(v -> v > t).count() / (double) task.length / runs.length;
                down += Arrays.stream(task).filter(v -> v < t).count() / (double) task.length / runs.length;
            }
            assertThat(above[j]).as("above %s", uneven[j]).isCloseTo(up, within(1e-12));
            assertThat(below[j]).as("below %s", uneven[j]).isCloseTo(down, within(1e-12));
        }
    }

    @Test
    void intervalsAreReproducibleAndAlikeConfigurationsResampleAlike() {
        double[][] a = {{0.1, 0.4, 0.8}, {0.3, 0.2, 0.9, 0.5}};
        double[][] missing = {{0.2, 0.2, 0.7}, {}};
        double[][][] runs = {a, a.clone(), missing};
        double[] thresholds = {0, 0.5, 1};
        var first = StratifiedTaskBootstrap.intervals(runs, false, thresholds, 0.95, 500, 9);
        var second = StratifiedTaskBootstrap.intervals(runs, false, thresholds, 0.95, 500, 9);
        assertThat(Arrays.deepEquals(first.low(), second.low())).isTrue();
        assertThat(Arrays.equals(first.poiHigh(), second.poiHigh())).isTrue();
        assertThat(first.low()[0]).containsExactly(first.low()[1]);
        // the same runs drawn with the same indices: the IQM difference is exactly zero, the POI one half
        assertThat(first.iqmDifferenceLow()[0]).isZero();
        assertThat(first.iqmDifferenceHigh()[0]).isZero();
        assertThat(first.poiLow()[0]).isEqualTo(0.5);
        assertThat(first.low()[2][StratifiedTaskBootstrap.MEAN]).isNaN();
        assertThat(first.poiLow()[1]).isNaN();
        assertThat(first.low()[0][StratifiedTaskBootstrap.IQM])
                .isLessThanOrEqualTo(TaskAggregates.iqm(a))
                .isGreaterThanOrEqualTo(0.1);
    }

    @Test
    void theIntervalsOfASeedStayTheNumbersTheSequentialResamplingGave() {
        // pinned from the implementation that drew and computed one resample at a time on one thread (the
        // IQM since summed in ascending order, as Descriptive.iqm sums it, which moved its last digit);
        // 700 resamples span several blocks, and configuration 3 has other run counts than the rest
        SplittableRandom data = new SplittableRandom(11);
        double[][][] runs = new double[4][7][];
        for (int c = 0; c < 4; c++) {
            for (int t = 0; t < 7; t++) {
                runs[c][t] = new double[c == 3 ? 3 + t % 2 : 5];
                for (int i = 0; i < runs[c][t].length; i++) {
                    runs[c][t][i] = Math.round((0.1 * c + data.nextDouble()) * 20) / 20.0;
                }
            }
        }
        double[] thresholds = new double[21];
        for (int j = 0; j < thresholds.length; j++) {
            thresholds[j] = j / 20.0;
        }
        var result = StratifiedTaskBootstrap.intervals(runs, false, thresholds, 0.95, 700, 3);
        assertThat(result.low()[0])
                .containsExactly(0.5006785714285715, 0.46475000000000016, 0.4775657894736843, 0.3435357142857145);
        assertThat(result.high()[3][StratifiedTaskBootstrap.IQM]).isEqualTo(0.9375);
        assertThat(result.poiLow())
                .containsExactly(
                        0.3085714285714286,
                        0.24285714285714285,
                        0.16779761904761908,
                        0.2942857142857143,
                        0.21309523809523812,
                        0.3);
        assertThat(result.poiHigh()[5]).isEqualTo(0.5661011904761905);
        assertThat(result.iqmDifferenceLow()[4]).isEqualTo(-0.3069682017543859);
        assertThat(result.iqmDifferenceHigh()[5]).isEqualTo(0.0061403508771930015);
        assertThat(result.profileLow()[3][7]).isEqualTo(0.8032738095238098);
        assertThat(result.profileHigh()[1][4]).isEqualTo(0.9714285714285716);
    }
}

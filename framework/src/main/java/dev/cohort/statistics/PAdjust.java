package dev.cohort.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Multiplicity corrections of a family of p-values, R's {@code p.adjust}. {@code NaN} entries (tests
 * that could not be computed) stay {@code NaN} and do not count in the family size, as R treats
 * {@code NA}.
 */
public final class PAdjust {

    private PAdjust() {}

    /** Bonferroni: {@code min(1, m p)} with m the number of p-values. */
    public static double[] bonferroni(double[] p) {
        long m = Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
        return Arrays.stream(p)
                .map(v -> Double.isNaN(v) ? v : Math.min(1, m * v))
                .toArray();
    }

    /**
     * Holm (1979), "A simple sequentially rejective multiple test procedure": with the p-values sorted
     * increasingly, {@code min(1, cummax((m - i + 1) p_(i)))}.
     */
    public static double[] holm(double[] p) {
        int[] present =
                IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).toArray();
        Integer[] order = Arrays.stream(present).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i])); // stable, as R's order()
        double[] adjusted = p.clone();
        int m = order.length;
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, (m - rank) * p[i]);
            adjusted[i] = Math.min(1, running);
        }
        return adjusted;
    }
}

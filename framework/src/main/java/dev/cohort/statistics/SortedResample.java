package dev.cohort.statistics;

import java.util.Arrays;

/**
 * The middle of a bootstrap resample in ascending order, without sorting it: a resample is the original
 * values, each drawn some number of times, so sorted it is each value, in ascending order, repeated as
 * often as it was drawn. Sorted position p then holds the last value whose copies start at or before p;
 * counting the values that start at each position and summing those counts gives every position's value
 * without a branch, which matters because where the copies fall is unpredictable.
 */
final class SortedResample {

    private SortedResample() {}

    /**
     * Fills {@code middle[0, kept)} with sorted positions {@code cut} to {@code cut + kept - 1} of the
     * resample and returns their sum, added in ascending order.
     *
     * @param ascending the original values in ascending order
     * @param slots where each one's count of draws is in {@code counts}, from {@code offset}
     * @param counts the times each value was drawn, {@code counts[offset + slots[j]]} for {@code ascending[j]}
     * @param starts scratch of at least {@code ascending.length + 1} ints
     */
    static double middle(
            double[] ascending,
            int[] slots,
            int[] counts,
            int offset,
            int cut,
            int kept,
            int[] starts,
            double[] middle) {
        int n = ascending.length;
        Arrays.fill(starts, 0, n + 1, 0);
        int start = 0;
        for (int j = 0; j < n - 1; j++) {
            start += counts[offset + slots[j]];
            starts[start]++;
        }
        int value = 0;
        for (int p = 0; p < cut; p++) {
            value += starts[p];
        }
        double sum = 0;
        for (int p = 0; p < kept; p++) {
            value += starts[cut + p];
            double y = ascending[value];
            middle[p] = y;
            sum += y;
        }
        return sum;
    }
}

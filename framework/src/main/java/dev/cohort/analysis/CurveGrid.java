package dev.cohort.analysis;

import java.util.Arrays;

/**
 * The buckets a metric's steps fall into, common to every configuration and seed of an experiment, so
 * curves stay aligned. When the metric was logged at no more than {@code maxPoints} distinct steps,
 * every step is its own bucket (the curve is exact); otherwise the range {@code [min, max]} of logged
 * steps is cut into equal-width buckets of {@code width = floor((max - min) / maxPoints) + 1} steps,
 * which gives at most {@code maxPoints} buckets.
 */
final class CurveGrid {

    /** The distinct steps when exact, else {@code null}. */
    private final long[] steps;

    private final long min;
    private final long width;
    private final int size;

    private CurveGrid(long[] steps, long min, long width, int size) {
        this.steps = steps;
        this.min = min;
        this.width = width;
        this.size = size;
    }

    /** The number of buckets. */
    int size() {
        return size;
    }

    /** Grids are equal when they cut the steps into the same buckets. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CurveGrid g
                && Arrays.equals(steps, g.steps)
                && min == g.min
                && width == g.width
                && size == g.size;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(steps) * 31 + Long.hashCode(min) * 17 + Long.hashCode(width) + size;
    }

    /** Whether every step is its own bucket. */
    boolean exact() {
        return steps != null;
    }

    /** The bucket of {@code step}, or -1 when the step lies outside the grid. */
    int bucket(long step) {
        if (steps != null) {
            int i = Arrays.binarySearch(steps, step);
            return i < 0 ? -1 : i;
        }
        if (step < min) {
            return -1;
        }
        long i = Long.divideUnsigned(step - min, width);
        return Long.compareUnsigned(i, size) < 0 ? (int) i : -1;
    }

    /**
     * Whether {@code step} falls in bucket {@code b} (one of the grid's): {@code bucket(step) == b}
     * without a division, for the next step of a curve, which usually falls where the one before did.
     */
    boolean holds(int b, long step) {
        if (steps != null) {
            return steps[b] == step;
        }
        long start = b * width; // at most max - min: no overflow
        long offset = step - min;
        return step >= min
                && Long.compareUnsigned(offset, start) >= 0
                && Long.compareUnsigned(offset - start, width) < 0;
    }

    /**
     * Collects the steps a metric was logged at, in O(maxPoints) memory: the range, and the distinct
     * steps until there are more than {@code maxPoints} of them.
     */
    static final class Scan {
        private final int maxPoints;
        private long[] distinct = new long[16];
        private int count;
        private boolean overflowed;
        private long min = Long.MAX_VALUE;
        private long max = Long.MIN_VALUE;
        private long last;
        private boolean any;

        Scan(int maxPoints) {
            this.maxPoints = maxPoints;
        }

        void add(long step) {
            if (any && step == last) {
                return;
            }
            any = true;
            last = step;
            min = Math.min(min, step);
            max = Math.max(max, step);
            if (overflowed) {
                return;
            }
            int i = Arrays.binarySearch(distinct, 0, count, step);
            if (i >= 0) {
                return;
            }
            if (count == maxPoints) {
                overflowed = true;
                distinct = null;
                return;
            }
            int at = -i - 1;
            if (count == distinct.length) {
                distinct = Arrays.copyOf(distinct, Math.min(maxPoints, count * 2));
            }
            System.arraycopy(distinct, at, distinct, at + 1, count - at);
            distinct[at] = step;
            count++;
        }

        CurveGrid grid() {
            if (!any) {
                return new CurveGrid(new long[0], 0, 1, 0);
            }
            if (!overflowed) {
                return new CurveGrid(Arrays.copyOf(distinct, count), min, 1, count);
            }
            long width = Long.divideUnsigned(max - min, maxPoints) + 1;
            int size = (int) Long.divideUnsigned(max - min, width) + 1;
            return new CurveGrid(null, min, width, size);
        }
    }
}

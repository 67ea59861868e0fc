package dev.cohort;

import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Which direction of a metric is better, and so which of two values is better: the one place that
 * decides it for the analysis, the report, {@code cohort:check}, the assertions and the query API.
 * NaN is never better than anything, nor anything better than NaN.
 */
public enum Goal {
    /** Larger values are better (accuracy, return). */
    MAXIMIZE,
    /** Smaller values are better (error, loss, time). */
    MINIMIZE,
    /** Neither direction is better: configurations are compared without calling either side better. */
    NONE;

    /** Whether this goal calls one side better: {@link #MAXIMIZE} or {@link #MINIMIZE}. */
    public boolean hasDirection() {
        return this != NONE;
    }

    /**
     * Whether {@code a} is strictly better than {@code b}: larger for {@link #MAXIMIZE}, smaller for
     * {@link #MINIMIZE}; never for {@link #NONE}, for equal values or when either is NaN.
     */
    public boolean isBetter(double a, double b) {
        return switch (this) {
            case MAXIMIZE -> a > b;
            case MINIMIZE -> a < b;
            case NONE -> false;
        };
    }

    /** The better of two values: {@code b} when it {@link #isBetter(double, double) is better}, else {@code a}. */
    public double better(double a, double b) {
        return isBetter(b, a) ? b : a;
    }

    /**
     * Orders values best first, as a {@link java.util.Comparator} does: negative when {@code a} is better,
     * positive when {@code b} is, zero when neither is (equal values, NaN, or {@link #NONE}).
     */
    public int compare(double a, double b) {
        if (isBetter(a, b)) {
            return -1;
        }
        return isBetter(b, a) ? 1 : 0;
    }

    /**
     * The first item that no other item {@link #isBetter(double, double) is better than} by {@code value},
     * skipping items whose value is NaN: the best, the earliest on a tie. Since nothing is better for
     * {@link #NONE}, that is the first item with a value; callers that need a winner check {@link
     * #hasDirection()} first.
     *
     * @return the best item, or empty when no item has a value that is a number
     */
    public <T> Optional<T> best(Iterable<? extends T> items, ToDoubleFunction<? super T> value) {
        T best = null;
        double bestValue = Double.NaN;
        for (T item : items) {
            double v = value.applyAsDouble(item);
            if (!Double.isNaN(v) && (best == null || isBetter(v, bestValue))) {
                best = item;
                bestValue = v;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The direction to rank in when an order is needed even without a goal (a probability of
     * improvement, ranks within a task): this goal, or {@link #MAXIMIZE} for {@link #NONE}, so an
     * undirected metric ranks its largest values first.
     */
    public Goal rankingDirection() {
        return this == NONE ? MAXIMIZE : this;
    }
}

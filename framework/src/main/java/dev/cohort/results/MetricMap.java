package dev.cohort.results;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable map of metric names to values that keeps the values primitive and boxes them only when
 * read: the form of a trial's metrics. Trials with the same metrics share one array of names
 * (through the {@link Interner}), and the first three values are fields, so a trial of three metrics
 * costs one small object instead of three boxed doubles and their map.
 */
final class MetricMap extends ArrayMap<Double> {

    /** How many values are held in fields rather than an array: the handful most trials record. */
    private static final int INLINE = 3;

    private final double first;
    private final double second;
    private final double third;
    private final double[] more;

    private MetricMap(Keys keys, double[] values, int from) {
        super(keys);
        int count = keys.size();
        this.first = count > 0 ? values[from] : 0;
        this.second = count > 1 ? values[from + 1] : 0;
        this.third = count > 2 ? values[from + 2] : 0;
        this.more = count > INLINE ? Arrays.copyOfRange(values, from + INLINE, from + count) : null;
    }

    private MetricMap(Keys keys, MetricMap values) {
        super(keys);
        this.first = values.first;
        this.second = values.second;
        this.third = values.third;
        this.more = values.more;
    }

    /**
     * The map itself when it is already a metric map, an ordered immutable copy when every value is
     * present, else {@code null} (a map holding a {@code null} value keeps the general form).
     */
    static Map<String, Double> copyOf(Map<String, Double> map) {
        if (map instanceof MetricMap metrics) {
            return metrics;
        }
        String[] keys = new String[map.size()];
        double[] values = new double[map.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : map.entrySet()) {
            if (e.getValue() == null) {
                return null;
            }
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new MetricMap(new Keys(keys), values, 0);
    }

    /** The metrics {@code values} by {@code keys} (distinct, shared, never changed); the values are copied. */
    static MetricMap of(Keys keys, double[] values) {
        return new MetricMap(keys, values, 0);
    }

    /** The metrics by {@code keys} whose values are {@code values[from, from + keys.size())}, copied. */
    static MetricMap of(Keys keys, double[] values, int from) {
        return new MetricMap(keys, values, from);
    }

    /** The same metrics with their names replaced by the shared ones equal to them. */
    MetricMap sharingKeys(Interner interner) {
        Keys shared = interner.keys(keys());
        return shared == keys() ? this : new MetricMap(shared, this);
    }

    @Override
    Double valueAt(int i) {
        return value(i);
    }

    /** The {@code i}th value, unboxed. */
    double value(int i) {
        return switch (i) {
            case 0 -> first;
            case 1 -> second;
            case 2 -> third;
            default -> more[i - INLINE];
        };
    }
}

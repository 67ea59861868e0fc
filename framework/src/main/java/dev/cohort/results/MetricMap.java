package dev.cohort.results;

import java.util.Map;

/**
 * An immutable map of metric names to values that keeps the values in a primitive array and boxes them
 * only when read: the form of a trial's metrics. Trials with the same metrics share one array of names
 * (through the {@link Interner}), so a trial of three metrics costs one small object and one array of
 * three doubles instead of three boxed doubles and their map.
 */
final class MetricMap extends ArrayMap<Double> {

    private final double[] values;

    private MetricMap(String[] keys, double[] values) {
        super(keys);
        this.values = values;
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
        return new MetricMap(keys, values);
    }

    /** The metrics {@code values} by {@code keys}, taking both arrays (distinct keys, shared, never changed). */
    static MetricMap of(String[] keys, double[] values) {
        return new MetricMap(keys, values);
    }

    /** The same metrics with their array of names replaced by the shared one equal to it. */
    MetricMap sharingKeys(Interner interner) {
        String[] shared = interner.keys(keys());
        return shared == keys() ? this : new MetricMap(shared, values);
    }

    @Override
    Double valueAt(int i) {
        return values[i];
    }
}

package dev.cohort.results;

import java.util.Map;

/**
 * An immutable map that keeps insertion order in two arrays: the form of a trial's small maps
 * (configuration, metrics, goals). A million trials in memory cost a fraction of what linked hash maps
 * cost.
 */
final class FrozenMap<V> extends ArrayMap<V> {

    private final Object[] values;

    private FrozenMap(String[] keys, Object[] values) {
        super(new Keys(keys));
        this.values = values;
    }

    /** The map itself when it is already frozen, else an ordered immutable copy. */
    static <V> Map<String, V> copyOf(Map<String, V> map) {
        if (map instanceof FrozenMap<V> frozen) {
            return frozen;
        }
        String[] keys = new String[map.size()];
        Object[] values = new Object[map.size()];
        int i = 0;
        for (Map.Entry<String, V> e : map.entrySet()) {
            keys[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new FrozenMap<>(keys, values);
    }

    @Override
    @SuppressWarnings("unchecked") // values holds only what copyOf put there, all of type V
    V valueAt(int i) {
        return (V) values[i];
    }
}

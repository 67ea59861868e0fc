package dev.cohort.results;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map that keeps insertion order in two arrays: the form of a trial's small maps
 * (configuration, metrics, goals). A million trials in memory cost a fraction of what linked hash maps
 * cost; lookups scan, which is faster than hashing for the handful of entries a trial has.
 */
final class FrozenMap<V> extends AbstractMap<String, V> {

    private final String[] keys;
    private final Object[] values;

    private FrozenMap(String[] keys, Object[] values) {
        this.keys = keys;
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
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null ? key == null : keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, V> e = new SimpleImmutableEntry<>(keys[next], (V) values[next]);
                        next++;
                        return e;
                    }
                };
            }
        };
    }
}

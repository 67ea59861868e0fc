package dev.cohort.results;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * An immutable, insertion-ordered map over an array of keys, for the handful of entries a trial's maps
 * hold: lookups scan, which is faster than hashing at that size, and nothing but the arrays is kept.
 * Subclasses say how a value is stored.
 */
abstract class ArrayMap<V> extends AbstractMap<String, V> {

    private final String[] keys;

    ArrayMap(String[] keys) {
        this.keys = keys;
    }

    /** The keys, in order; shared, never modified. */
    final String[] keys() {
        return keys;
    }

    /** The value of the {@code i}-th key. */
    abstract V valueAt(int i);

    @Override
    public final int size() {
        return keys.length;
    }

    @Override
    public final boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public final V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : valueAt(i);
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null ? key == null : keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The keys as a set view, read from the array: iterating it makes no entries and boxes no value. */
    @Override
    public final Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public boolean contains(Object key) {
                return indexOf(key) >= 0;
            }

            @Override
            public Iterator<String> iterator() {
                return inOrder(i -> keys[i]);
            }
        };
    }

    @Override
    public final Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return inOrder(i -> new SimpleImmutableEntry<>(keys[i], valueAt(i)));
            }
        };
    }

    /** The elements made of each key's position, in the keys' order. */
    private <T> Iterator<T> inOrder(IntFunction<T> element) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < keys.length;
            }

            @Override
            public T next() {
                if (next >= keys.length) {
                    throw new NoSuchElementException();
                }
                return element.apply(next++);
            }
        };
    }
}

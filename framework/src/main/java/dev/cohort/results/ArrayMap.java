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

    private final Keys keys;

    ArrayMap(Keys keys) {
        this.keys = keys;
    }

    /** The keys, in order; shared, never modified. */
    final Keys keys() {
        return keys;
    }

    /** The value of the {@code i}-th key. */
    abstract V valueAt(int i);

    @Override
    public final int size() {
        return keys.names.length;
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
        return indexOf(keys.names, key);
    }

    private static int indexOf(String[] keys, Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null ? key == null : keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The keys as a set read from the array: iterating it makes no entries and boxes no value. Maps made
     * with the same shared {@link Keys} return the same set, so a caller meeting it again can skip it.
     */
    @Override
    public final Set<String> keySet() {
        return keys;
    }

    @Override
    public final Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.names.length;
            }

            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                String[] names = keys.names;
                return inOrder(names.length, i -> new SimpleImmutableEntry<>(names[i], valueAt(i)));
            }
        };
    }

    /** The elements made of each of {@code size} keys' positions, in the keys' order. */
    private static <T> Iterator<T> inOrder(int size, IntFunction<T> element) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public T next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return element.apply(next++);
            }
        };
    }

    /**
     * The keys of maps, in order, as an immutable set over their array; maps of the same keys can share
     * one (through the {@link Interner}).
     */
    static final class Keys extends AbstractSet<String> {

        private final String[] names;

        /** The set of {@code names}, which nobody changes afterwards. */
        Keys(String[] names) {
            this.names = names;
        }

        /** The names in order, as an array nobody may change. */
        String[] names() {
            return names;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public boolean contains(Object key) {
            return indexOf(names, key) >= 0;
        }

        @Override
        public Iterator<String> iterator() {
            return inOrder(names.length, i -> names[i]);
        }
    }
}

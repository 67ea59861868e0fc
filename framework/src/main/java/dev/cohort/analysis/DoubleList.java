package dev.cohort.analysis;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of doubles kept in a primitive array and boxed only when read: the values behind
 * {@link GroupSummary#values()}, which for a large study are millions of numbers that boxed would not
 * fit in a modest heap.
 */
final class DoubleList extends AbstractList<Double> implements RandomAccess {

    private final double[] values;

    /** Wraps {@code values}, which the caller no longer changes. */
    DoubleList(double[] values) {
        this.values = values;
    }

    @Override
    public Double get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}

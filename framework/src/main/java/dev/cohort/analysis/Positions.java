package dev.cohort.analysis;

import java.util.Arrays;

/** Positions in a list, in the order added: a growable array of ints. */
final class Positions {
    private int[] at = new int[16];
    private int size;

    void add(int position) {
        if (size == at.length) {
            at = Arrays.copyOf(at, 2 * size);
        }
        at[size++] = position;
    }

    int at(int k) {
        return at[k];
    }

    int size() {
        return size;
    }

    /** The positions as an array; its first {@link #size()} entries hold them. */
    int[] array() {
        return at;
    }
}

package dev.cohort.analysis;

import java.util.Arrays;

/**
 * Positions by seed, in primitive arrays (open addressing): the index the deduplication and the
 * matching of trials to declared seeds look up once per trial, without boxing a million seeds. Not
 * thread-safe.
 */
final class SeedPositions {

    private static final int ABSENT = -1;

    private long[] seeds;
    private int[] positions;
    private int size;

    /** An empty index sized for about {@code expected} seeds. */
    SeedPositions(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        seeds = new long[capacity];
        positions = new int[capacity];
        Arrays.fill(positions, ABSENT);
    }

    /** The position of {@code seed}, or -1 when it has none. */
    int get(long seed) {
        int mask = seeds.length - 1;
        for (int i = slot(seed, mask); positions[i] != ABSENT; i = (i + 1) & mask) {
            if (seeds[i] == seed) {
                return positions[i];
            }
        }
        return ABSENT;
    }

    /** Gives {@code seed} the non-negative {@code position} unless it has one; returns the one it had, or -1. */
    int putIfAbsent(long seed, int position) {
        int mask = seeds.length - 1;
        int i = slot(seed, mask);
        for (; positions[i] != ABSENT; i = (i + 1) & mask) {
            if (seeds[i] == seed) {
                return positions[i];
            }
        }
        seeds[i] = seed;
        positions[i] = position;
        if (++size * 2 > seeds.length) {
            grow();
        }
        return ABSENT;
    }

    private static int slot(long seed, int mask) {
        long h = seed * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldSeeds = seeds;
        int[] oldPositions = positions;
        seeds = new long[oldSeeds.length * 2];
        positions = new int[oldSeeds.length * 2];
        Arrays.fill(positions, ABSENT);
        size = 0;
        for (int i = 0; i < oldSeeds.length; i++) {
            if (oldPositions[i] != ABSENT) {
                putIfAbsent(oldSeeds[i], oldPositions[i]);
            }
        }
    }
}

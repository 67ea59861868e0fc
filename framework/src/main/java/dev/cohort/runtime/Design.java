package dev.cohort.runtime;

import java.util.List;

/**
 * How an experiment chooses its configurations, as declared with {@link dev.cohort.Zip}, {@link
 * dev.cohort.Valid}, {@link dev.cohort.Sample} and {@link dev.cohort.LatinHypercube}; {@link
 * DesignGenerator} makes the configurations.
 *
 * @param kind the kind of design
 * @param n the number of configurations to draw (0 for a grid)
 * @param seed the seed of the draw (0 for a grid)
 * @param continuous whether a sample draws ranges continuously
 * @param zips the groups of parameter names whose values are paired by position
 * @param valid the name of the validity method, or {@code null}
 */
public record Design(Kind kind, int n, long seed, boolean continuous, List<List<String>> zips, String valid) {

    /** The kinds of design. */
    public enum Kind {
        /** Every combination of the factors' levels (the cartesian product), in declaration order. */
        GRID,
        /** A seeded random sample, from the grid or from the ranges. */
        SAMPLE,
        /** A Latin hypercube sample (McKay, Beckman and Conover 1979). */
        LATIN_HYPERCUBE
    }

    /** Copies the zips. */
    public Design {
        zips = zips.stream().map(List::copyOf).toList();
    }

    /** The full grid without zips or rule: the default. */
    public static Design grid() {
        return new Design(Kind.GRID, 0, 0, false, List.of(), null);
    }

    /** Whether range parameters are drawn from their continuous range rather than from their points. */
    public boolean drawsFromRanges() {
        return kind == Kind.LATIN_HYPERCUBE || (kind == Kind.SAMPLE && continuous);
    }
}

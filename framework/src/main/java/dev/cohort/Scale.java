package dev.cohort;

/** How the points of a {@link Sweep} range are spaced, and how designs draw values from it. */
public enum Scale {
    /** Evenly spaced values: {@code from + i * (to - from) / (steps - 1)}. */
    LINEAR,
    /**
     * Evenly spaced exponents: {@code from * (to / from)^(i / (steps - 1))}, for quantities such as
     * learning rates that matter by their order of magnitude; needs {@code from} and {@code to} above 0.
     * Designs that draw from the range draw log-uniformly.
     */
    LOG
}

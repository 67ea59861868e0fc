package dev.cohort.analysis;

import java.util.Objects;

/**
 * Choices a project may make about the analysis; {@link #defaults()} gives SPEC section 5.
 *
 * @param testChoice how the test of each pairwise comparison is chosen
 * @param alpha the significance level of the normality and variance checks of {@link TestChoice#AUTO}
 *     and of the power analysis (before the multiplicity correction)
 * @param power the power the seed-count recommendation aims for
 * @param bootstrapResamples the number of bootstrap resamples for the percentile intervals of the mean
 *     and the IQM ({@code 0} turns the bootstrap off)
 * @param bootstrapSeed the seed of the bootstrap, so the same data always give the same intervals
 */
public record AnalysisOptions(
        TestChoice testChoice, double alpha, double power, int bootstrapResamples, long bootstrapSeed) {

    /** Validates the options. */
    public AnalysisOptions {
        Objects.requireNonNull(testChoice, "testChoice");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be in (0, 1), got " + power);
        }
        if (bootstrapResamples < 0) {
            throw new IllegalArgumentException("bootstrapResamples must be >= 0, got " + bootstrapResamples);
        }
    }

    /** SPEC section 5: automatic test choice, alpha 0.05, power 0.8, 10000 bootstrap resamples, seed 1. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(TestChoice.AUTO, 0.05, 0.8, 10_000, 1L);
    }

    /** These options with another test choice. */
    public AnalysisOptions withTestChoice(TestChoice choice) {
        return new AnalysisOptions(choice, alpha, power, bootstrapResamples, bootstrapSeed);
    }

    /** These options with another bootstrap. */
    public AnalysisOptions withBootstrap(int resamples, long seed) {
        return new AnalysisOptions(testChoice, alpha, power, resamples, seed);
    }
}

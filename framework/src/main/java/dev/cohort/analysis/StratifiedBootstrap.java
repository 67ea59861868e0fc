package dev.cohort.analysis;

/**
 * The stratified bootstrap behind the across-task intervals: each task's runs of a configuration are
 * resampled with replacement, separately, {@code resamples} times, from a generator seeded with {@code
 * seed}, so the intervals are reproducible.
 *
 * @param resamples the number of resamples
 * @param seed the generator's seed
 */
public record StratifiedBootstrap(int resamples, long seed) {}

package dev.cohort.analysis;

import dev.cohort.statistics.Bootstrap;
import dev.cohort.statistics.Bootstrap.Draws;
import dev.cohort.statistics.Bootstrap.LocationIntervals;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The seeded percentile-bootstrap 95% intervals of a group's mean and IQM, from the same resamples. Every
 * group is resampled from the same seed, so groups of one size draw the same indices: they are drawn once
 * per size and shared, which gives the same intervals, while all the sizes' indices together take at most
 * {@value #MOST_SHARED_INDICES} ints (beyond, a group draws its own). Safe for the groups of a metric
 * summarized in parallel.
 */
final class BootstrapIntervals {

    private static final double LEVEL = 0.95;
    private static final double IQM_TRIM = 0.25;
    private static final int MOST_SHARED_INDICES = 1 << 21;

    private final int resamples;
    private final long seed;
    private final Map<Integer, Draws> drawsBySize = new ConcurrentHashMap<>();
    private final AtomicLong sharedIndices = new AtomicLong();

    /** Intervals from {@code resamples} resamples (at least 1) seeded by {@link AnalysisOptions#bootstrapSeed()}. */
    BootstrapIntervals(int resamples, AnalysisOptions options) {
        this.resamples = resamples;
        this.seed = options.bootstrapSeed();
    }

    /** The intervals of {@code x}'s mean and IQM (needs at least one value). */
    LocationIntervals meanAndIqm(double[] x) {
        Draws draws = drawsBySize.computeIfAbsent(x.length, this::drawsWithinBudget);
        return draws == null
                ? Bootstrap.locationIntervals(x, IQM_TRIM, LEVEL, resamples, seed)
                : Bootstrap.locationIntervals(x, IQM_TRIM, LEVEL, draws);
    }

    /** The draws for samples of {@code size}, or null when they would exceed the shared indices' budget. */
    private Draws drawsWithinBudget(int size) {
        long indices = (long) size * resamples;
        if (sharedIndices.addAndGet(indices) > MOST_SHARED_INDICES) {
            sharedIndices.addAndGet(-indices);
            return null;
        }
        return Draws.of(size, resamples, seed);
    }
}

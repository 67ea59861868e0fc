package dev.cohort.analysis;

import dev.cohort.statistics.Bootstrap;
import dev.cohort.statistics.Bootstrap.Draws;
import dev.cohort.statistics.Bootstrap.LocationIntervals;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seeded percentile-bootstrap 95% intervals of a group's mean and IQM, from the same resamples. Every
 * group is resampled from the same seed, so groups of one size draw the same indices: they are drawn once
 * per size and shared (unless they would take more than {@value #MOST_SHARED_INDICES} ints), which gives
 * the same intervals. Safe for the groups of a metric summarized in parallel.
 */
final class BootstrapIntervals {

    private static final double LEVEL = 0.95;
    private static final double IQM_TRIM = 0.25;
    private static final int MOST_SHARED_INDICES = 1 << 20;

    private final int resamples;
    private final long seed;
    private final Map<Integer, Draws> drawsBySize = new ConcurrentHashMap<>();

    /** Intervals from {@code resamples} resamples (at least 1) seeded by {@link AnalysisOptions#bootstrapSeed()}. */
    BootstrapIntervals(int resamples, AnalysisOptions options) {
        this.resamples = resamples;
        this.seed = options.bootstrapSeed();
    }

    /** The number of resamples each interval is computed from. */
    int resamples() {
        return resamples;
    }

    LocationIntervals meanAndIqm(double[] x) {
        if ((long) x.length * resamples > MOST_SHARED_INDICES) {
            return Bootstrap.locationIntervals(x, IQM_TRIM, LEVEL, resamples, seed);
        }
        Draws draws = drawsBySize.computeIfAbsent(x.length, n -> Draws.of(n, resamples, seed));
        return Bootstrap.locationIntervals(x, IQM_TRIM, LEVEL, draws);
    }
}

package dev.cohort.analysis;

import dev.cohort.statistics.Bootstrap;
import dev.cohort.statistics.Bootstrap.LocationIntervals;

/** The seeded percentile-bootstrap 95% intervals of a group's mean and IQM, from the same resamples. */
final class BootstrapIntervals {

    private static final double LEVEL = 0.95;
    private static final double IQM_TRIM = 0.25;

    private BootstrapIntervals() {}

    static LocationIntervals meanAndIqm(double[] x, int resamples, AnalysisOptions options) {
        return Bootstrap.locationIntervals(x, IQM_TRIM, LEVEL, resamples, options.bootstrapSeed());
    }
}

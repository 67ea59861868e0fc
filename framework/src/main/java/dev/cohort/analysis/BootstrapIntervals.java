package dev.cohort.analysis;

import dev.cohort.statistics.Bootstrap;
import dev.cohort.statistics.Descriptive;
import dev.cohort.statistics.Interval;

/** The seeded percentile-bootstrap 95% intervals of a group's mean and IQM. */
final class BootstrapIntervals {

    private static final double LEVEL = 0.95;

    private BootstrapIntervals() {}

    static Interval mean(double[] x, AnalysisOptions options) {
        return Bootstrap.percentile(x, Descriptive::mean, LEVEL, options.bootstrapResamples(), options.bootstrapSeed());
    }

    static Interval iqm(double[] x, AnalysisOptions options) {
        return Bootstrap.percentile(x, Descriptive::iqm, LEVEL, options.bootstrapResamples(), options.bootstrapSeed());
    }
}

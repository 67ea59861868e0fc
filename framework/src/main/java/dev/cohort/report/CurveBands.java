package dev.cohort.report;

import dev.cohort.analysis.CurveAnalysis;
import dev.cohort.results.MetricBounds;

/** How the report says what a learning curve's shaded band is ({@link dev.cohort.analysis.CurvePoint#bandLow}). */
final class CurveBands {

    private CurveBands() {}

    /**
     * The band in words, for a caption: {@code the 95% confidence interval over seeds, cut to the seeds'
     * range and to [0, 100]} (the second part when the metric declares bounds).
     */
    static String describe(CurveAnalysis curve) {
        MetricBounds bounds = curve.bounds();
        return "the 95% confidence interval over seeds, cut to the seeds' range"
                + (bounds.isDeclared() ? " and to " + range(bounds) : "");
    }

    private static String range(MetricBounds bounds) {
        if (!Double.isFinite(bounds.max())) {
            return "values of at least " + Numbers.readable(bounds.min());
        }
        if (!Double.isFinite(bounds.min())) {
            return "values of at most " + Numbers.readable(bounds.max());
        }
        return "[" + Numbers.readable(bounds.min()) + ", " + Numbers.readable(bounds.max()) + "]";
    }
}

package dev.cohort.analysis;

import java.util.Map;

/**
 * The per-configuration summary of the report ({@link GroupSummary}) for values that are not a recorded
 * metric, such as the query API's reductions of learning curves: the same code path, so the same values
 * give the same numbers and the same {@code null}s with reasons. No bootstrap intervals: they are costly
 * and the callers do not show them.
 */
public final class ConfigurationSummaries {

    private static final AnalysisOptions WITHOUT_BOOTSTRAP =
            AnalysisOptions.defaults().withBootstrap(0, 1);

    private ConfigurationSummaries() {}

    /**
     * The summary of one configuration's finite values.
     *
     * @throws IllegalArgumentException when a value is not finite
     */
    public static GroupSummary of(Map<String, Object> config, double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("values of " + config + " must be finite, got " + value);
            }
        }
        ConfigurationData data =
                new ConfigurationData(config, new long[values.length], values.clone(), new long[0], 0, 0);
        return MetricAnalyzer.summarize(data, WITHOUT_BOOTSTRAP);
    }
}

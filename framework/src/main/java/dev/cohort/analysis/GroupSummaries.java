package dev.cohort.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The descriptive summary of one configuration's values, computed by the same code as the groups of a
 * metric's analysis, so a summary made elsewhere (the query API's {@code summarize}) has the same numbers,
 * the same {@code null}s and the same reasons as the report.
 */
public final class GroupSummaries {

    private GroupSummaries() {}

    /**
     * The summary of {@code values}, one per successful trial that has a value; NaN and infinite values are
     * counted in {@link GroupSummary#nonFinite()} and left out of the statistics, as in the analysis.
     *
     * @param config the configuration
     * @param seeds the seeds of the trials, aligned with {@code values}
     * @param values the trials' values
     * @param missing how many successful trials had no value at all
     * @param options the analysis options (the bootstrap intervals follow {@link
     *     AnalysisOptions#bootstrapResamples()}; {@code 0} leaves them {@code null} with the reason)
     * @throws IllegalArgumentException when {@code seeds} and {@code values} differ in length
     */
    public static GroupSummary of(
            Map<String, Object> config, long[] seeds, double[] values, int missing, AnalysisOptions options) {
        Objects.requireNonNull(options, "options");
        if (seeds.length != values.length) {
            throw new IllegalArgumentException(
                    "seeds and values differ in length: " + seeds.length + " and " + values.length);
        }
        long[] seedsRun = Arrays.stream(seeds).sorted().distinct().toArray();
        ConfigurationData data = ConfigurationData.ofValues(config, seeds, values, seedsRun, missing, 0);
        return MetricAnalyzer.summarize(data, options);
    }
}

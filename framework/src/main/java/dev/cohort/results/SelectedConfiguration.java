package dev.cohort.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configuration the tuning stage selected for confirmation ({@code @Confirm}): the best of its group
 * by the mean of the selection metric.
 *
 * @param group the values of the {@code per} parameters that define its group; empty for one selection
 *     overall
 * @param config the selected configuration's values
 * @param configIndex the configuration's position in the experiment's declared order
 * @param tuningMean the mean of the selection metric over its successful tuning trials
 * @param tuningSeeds how many tuning trials the mean is over
 */
public record SelectedConfiguration(
        Map<String, Object> group, Map<String, Object> config, int configIndex, double tuningMean, int tuningSeeds) {

    /** Copies the maps, keeping their order. */
    public SelectedConfiguration {
        group = Collections.unmodifiableMap(new LinkedHashMap<>(group));
        config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** The configuration id, for example {@code algorithm=IDBD, stepSize=0.01}. */
    public String configId() {
        return ConfigId.of(config);
    }
}

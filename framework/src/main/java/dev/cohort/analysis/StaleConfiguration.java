package dev.cohort.analysis;

import java.util.List;
import java.util.Map;

/**
 * Stale trials of one configuration: results that the experiment's latest declaration no longer asks
 * for, because it no longer has the configuration, or no longer has their seeds.
 *
 * @param config the configuration
 * @param declared whether the latest declaration still has the configuration (then only seeds are stale)
 * @param seeds the seeds of the stale trials, in result order, each once
 */
public record StaleConfiguration(Map<String, Object> config, boolean declared, List<Long> seeds) {

    /** Copies the list. */
    public StaleConfiguration {
        seeds = List.copyOf(seeds);
    }

    /** The number of stale trials. */
    public int trials() {
        return seeds.size();
    }
}

package dev.cohort.results;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The configuration ids of many trials, each computed once per configuration map: trials read from one
 * results directory share their configuration maps (the reader keeps one instance per distinct
 * configuration), so a million trials cost a thousand ids, not a million strings. Not thread-safe.
 */
public final class ConfigIds {

    private final Map<Map<String, Object>, String> ids = new IdentityHashMap<>();

    /** The id of the trial's configuration, as {@link TrialResult#configId()}. */
    public String of(TrialResult trial) {
        return of(trial.config());
    }

    /** The id of {@code config}, computed once per map. */
    public String of(Map<String, Object> config) {
        return ids.computeIfAbsent(config, ConfigId::of);
    }
}

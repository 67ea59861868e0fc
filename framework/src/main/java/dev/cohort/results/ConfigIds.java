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
        return ids.computeIfAbsent(trial.config(), ConfigId::of);
    }
}

package dev.cohort.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one instance of each distinct configuration, goal map, experiment id and run among the trials of a
 * results directory, so that a million trials of a thousand configurations hold a thousand maps. Maps
 * are equal when they hold equal entries in the same order. Not thread-safe.
 */
public final class Interner {

    private final Map<List<Map.Entry<String, ?>>, Map<String, ?>> maps = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private final Map<RunInfo, RunInfo> runs = new HashMap<>();
    private final Map<List<String>, String[]> keys = new HashMap<>();

    /** The shared instance equal to {@code text}. */
    public String string(String text) {
        return text == null ? null : strings.computeIfAbsent(text, t -> t);
    }

    /** The shared instance equal to {@code run} (every trial of a run carries the same description). */
    public RunInfo run(RunInfo run) {
        return run == null ? null : runs.computeIfAbsent(run, r -> r);
    }

    /** The shared array equal to {@code names} (the metric names of trials that record the same metrics). */
    String[] keys(String[] names) {
        return keys.computeIfAbsent(Arrays.asList(names), k -> names);
    }

    /** The shared immutable map equal to {@code map}, entries in the same order. */
    @SuppressWarnings("unchecked")
    public <V> Map<String, V> map(Map<String, V> map) {
        List<Map.Entry<String, ?>> key = new ArrayList<>(map.entrySet());
        return (Map<String, V>) maps.computeIfAbsent(key, k -> FrozenMap.copyOf(map));
    }
}

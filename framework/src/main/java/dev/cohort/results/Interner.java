package dev.cohort.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one instance of each distinct configuration, goal map, experiment id, run and list of metric
 * names among the trials of a results directory, so that a million trials of a thousand configurations
 * hold a thousand maps. Maps are equal when they hold equal entries in the same order. Thread-safe: the
 * threads parsing one directory share one interner.
 */
public final class Interner {

    private final Map<List<Map.Entry<String, ?>>, Map<String, ?>> maps = new ConcurrentHashMap<>();
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<RunInfo, RunInfo> runs = new ConcurrentHashMap<>();
    private final Map<List<String>, ArrayMap.Keys> keys = new ConcurrentHashMap<>();

    /** The shared instance equal to {@code text}. */
    public String string(String text) {
        return text == null ? null : strings.computeIfAbsent(text, t -> t);
    }

    /** The shared instance equal to {@code run} (every trial of a run carries the same description). */
    public RunInfo run(RunInfo run) {
        return run == null ? null : runs.computeIfAbsent(run, r -> r);
    }

    /** The shared names equal to {@code names} (the metric names of trials that record the same metrics). */
    ArrayMap.Keys keys(ArrayMap.Keys names) {
        return keys.computeIfAbsent(Arrays.asList(names.names()), k -> names);
    }

    /**
     * A trial's metrics: {@code values} by {@code names}, in order, the names shared with other trials
     * recording the same metrics. The map takes {@code names}, which the caller must not change afterwards, and copies the values.
     *
     * @throws IllegalArgumentException when the arrays differ in length or a name is repeated or null
     */
    public Map<String, Double> metrics(String[] names, double[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(
                    "Interner.metrics: " + names.length + " names for " + values.length + " values");
        }
        ArrayMap.Keys shared = keys.get(Arrays.asList(names));
        if (shared == null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i] == null || Arrays.asList(names).subList(0, i).contains(names[i])) {
                    throw new IllegalArgumentException("Interner.metrics: the metric name " + names[i]
                            + " is null or repeated in " + Arrays.toString(names));
                }
            }
            shared = keys(new ArrayMap.Keys(names));
        }
        return MetricMap.of(shared, values);
    }

    /** The shared immutable map equal to {@code map}, entries in the same order. */
    @SuppressWarnings("unchecked")
    public <V> Map<String, V> map(Map<String, V> map) {
        List<Map.Entry<String, ?>> key = new ArrayList<>(map.entrySet());
        return (Map<String, V>) maps.computeIfAbsent(key, k -> FrozenMap.copyOf(map));
    }
}

package dev.cohort.results;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configuration id: {@code name=value} pairs joined by {@code ", "} in declaration order, for
 * example {@code alpha=0.01, algorithm=IDBD}. An experiment with no swept parameter has the empty id.
 */
public final class ConfigId {

    private ConfigId() {}

    /** The id of a configuration given as parameter values by name, in declaration order. */
    public static String of(Map<String, ?> config) {
        return config.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}

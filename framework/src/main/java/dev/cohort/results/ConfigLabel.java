package dev.cohort.results;

import java.util.Map;

/**
 * A configuration as readers see it: {@code name=value} pairs in declaration order, each value as {@link
 * #value} writes it ({@code theta=3.162e-4, stepSize=0.01}). For display only; configurations are looked
 * up by their {@link ConfigId}, which keeps the recorded values exactly.
 */
public final class ConfigLabel {

    private ConfigLabel() {}

    /** The label of a configuration given as parameter values by name; empty for no parameters. */
    public static String of(Map<String, ?> config) {
        StringBuilder label = new StringBuilder();
        String separator = "";
        for (Map.Entry<String, ?> entry : config.entrySet()) {
            label.append(separator).append(entry.getKey()).append('=').append(value(entry.getValue()));
            separator = ", ";
        }
        return label.toString();
    }

    /** One parameter at one value, for example {@code theta=1e-4}. */
    public static String assignment(String parameter, Object value) {
        return parameter + "=" + value(value);
    }

    /**
     * A parameter value: a floating-point value by {@link ReadableNumbers#parameter} ({@code 1.0E-4} reads
     * {@code 1e-4}, {@code 5.0} reads {@code 5}), anything else as it was recorded.
     */
    public static String value(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return ReadableNumbers.parameter(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }
}

package dev.cohort.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One-parameter slices of a set of configurations: the configurations that differ from one another in a
 * single parameter only, which is what a sensitivity plot draws as one line. Used by the query API and
 * the report, so both cut slices the same way.
 */
public final class ConfigSlices {

    private ConfigSlices() {}

    /**
     * Whether two parameter values are the same: numbers by numeric value ({@code 1} and {@code 1.0}
     * agree, as configurations read back from JSON may hold either), anything else by its text (an enum
     * constant and its name agree).
     */
    public static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        return Objects.equals(a == null ? null : String.valueOf(a), b == null ? null : String.valueOf(b));
    }

    /** Whether {@code config} equals {@code center} in every parameter of {@code center} except {@code parameter}. */
    public static boolean differsAtMostIn(Map<String, ?> config, Map<String, ?> center, String parameter) {
        for (Map.Entry<String, ?> entry : center.entrySet()) {
            if (!entry.getKey().equals(parameter)
                    && (!config.containsKey(entry.getKey())
                            || !sameValue(config.get(entry.getKey()), entry.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The items grouped into slices along {@code parameter}: one slice per combination of the values of
     * {@code others}, keyed by that combination (in order of first appearance), each holding the items
     * that have a value of {@code parameter}, in input order.
     *
     * @param config the parameter values of an item
     */
    public static <T> Map<Map<String, Object>, List<T>> along(
            List<T> items, Function<T, Map<String, ?>> config, String parameter, List<String> others) {
        Map<Map<String, Object>, List<T>> slices = new LinkedHashMap<>();
        for (T item : items) {
            Map<String, ?> values = config.apply(item);
            if (values.get(parameter) == null) {
                continue;
            }
            Map<String, Object> rest = new LinkedHashMap<>();
            for (String other : others) {
                rest.put(other, values.get(other));
            }
            slices.computeIfAbsent(rest, k -> new ArrayList<>()).add(item);
        }
        return slices;
    }
}

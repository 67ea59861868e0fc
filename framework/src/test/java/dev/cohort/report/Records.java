package dev.cohort.report;

import dev.cohort.analysis.Statistic;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds model records by component name, leaving the others empty ({@code null}, 0, empty
 * collections). Tests stay valid when the analysis model gains components. A {@link Statistic}
 * component takes a number (defined) or {@code null}/nothing (undefined, for the reason given under its
 * name in a {@code reasons} map, else {@link #UNSET}).
 */
final class Records {

    /** The reason of a statistic a fixture leaves undefined without saying why. */
    static final String UNSET = "not set by the fixture";

    private Records() {}

    /** The values by name from alternating names and values; values may be {@code null}. */
    static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    static <R extends Record> R make(Class<R> type, Map<String, Object> values) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> unknown = new HashSet<>(values.keySet());
        Map<?, ?> reasons = (Map<?, ?>) values.getOrDefault("reasons", Map.of());
        unknown.remove("reasons");
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            unknown.remove(name);
            Object value = values.containsKey(name) ? values.get(name) : empty(components[i].getType());
            arguments[i] = components[i].getType() == Statistic.class
                    ? statistic(value, String.valueOf(reasons.containsKey(name) ? reasons.get(name) : UNSET))
                    : value;
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no components " + unknown);
        }
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getSimpleName(), e);
        }
    }

    private static Statistic<?> statistic(Object value, String reason) {
        if (value instanceof Statistic<?> statistic) {
            return statistic;
        }
        if (value instanceof Integer count) {
            return Statistic.count(count);
        }
        if (value instanceof Number number) {
            return Statistic.of(number.doubleValue());
        }
        return Statistic.undefined(reason);
    }

    private static Object empty(Class<?> type) {
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == List.class) {
            return List.of();
        }
        return null;
    }
}

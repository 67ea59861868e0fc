package dev.cohort.runtime;

import dev.cohort.Named;
import dev.cohort.SweepSource;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the values of a {@link SweepSource} parameter: calls the named method and names every value
 * ({@link Named#name()}, or {@code toString()}).
 */
final class SweepSources {

    private SweepSources() {}

    /**
     * The parameter with the source's values: names as its recorded values, payloads as its arguments.
     *
     * @throws InvalidExperimentException when the method is missing, returns no values, a value of the
     *     wrong type, or two values with one name
     */
    static SweptParameter read(Class<?> testClass, String where, Parameter parameter, int index, SweepSource source) {
        String declared = where + " parameter '" + parameter.getName() + "': @SweepSource(\"" + source.value() + "\")";
        Method method = DeclaredMethods.find(
                testClass,
                source.value(),
                m -> m.getParameterCount() == 0 && m.getReturnType() != void.class,
                declared,
                "a method " + source.value() + "() returning a Collection, Iterable, Stream or array of "
                        + parameter.getType().getSimpleName());
        Object returned = DeclaredMethods.call(testClass, method, declared);
        List<Object> elements = elements(returned, declared);
        if (elements.isEmpty()) {
            throw new InvalidExperimentException(declared + ": " + source.value() + "() returned no values");
        }
        boolean wantsNamed = Named.class.isAssignableFrom(parameter.getType());
        Class<?> type = boxed(parameter.getType());
        Map<Object, Object> payloads = new LinkedHashMap<>();
        for (Object element : elements) {
            String name;
            Object payload;
            if (element instanceof Named<?> named) {
                name = named.name();
                payload = wantsNamed ? named : named.payload();
            } else {
                name = String.valueOf(element);
                payload = element;
            }
            if (payload == null ? parameter.getType().isPrimitive() : !type.isInstance(payload)) {
                throw new InvalidExperimentException(declared + ": value " + name + " is "
                        + (payload == null ? "null" : "a " + payload.getClass().getName()) + ", not a "
                        + parameter.getType().getTypeName());
            }
            if (payloads.containsKey(name)) {
                throw new InvalidExperimentException(declared + ": two values are named \"" + name
                        + "\"; give each a distinct name with Named.of(name, value)");
            }
            payloads.put(name, payload);
        }
        return new SweptParameter(
                parameter.getName(),
                index,
                parameter.getType(),
                new ArrayList<>(payloads.keySet()),
                null,
                source.value(),
                payloads);
    }

    private static List<Object> elements(Object returned, String declared) {
        List<Object> elements = new ArrayList<>();
        if (returned instanceof Collection<?> collection) {
            elements.addAll(collection);
        } else if (returned instanceof Iterable<?> iterable) {
            iterable.forEach(elements::add);
        } else if (returned instanceof Stream<?> stream) {
            try (stream) {
                stream.forEach(elements::add);
            }
        } else if (returned != null && returned.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(returned); i++) {
                elements.add(Array.get(returned, i));
            }
        } else {
            throw new InvalidExperimentException(declared + ": the method returned "
                    + (returned == null ? "null" : "a " + returned.getClass().getName())
                    + "; return a Collection, Iterable, Stream or array");
        }
        return elements;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Array.get(Array.newInstance(type, 1), 0).getClass();
    }
}

package dev.cohort.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter of an experiment method annotated with {@link dev.cohort.Sweep} or {@link
 * dev.cohort.SweepSource}.
 *
 * @param name the parameter name (from {@code -parameters}, else {@code arg0}, {@code arg1}, ...)
 * @param index the position of the parameter in the method's parameter list
 * @param type the declared parameter type
 * @param values the values as recorded, in declaration order: converted listed values, the points of a
 *     range (empty for a range without steps), or the names of a source's values
 * @param range the declared range, or {@code null} when values are listed or come from a source
 * @param source the name of the {@code @SweepSource} method, or {@code null}
 * @param payloads for a source, the object handed to the method for each name; empty otherwise
 */
public record SweptParameter(
        String name,
        int index,
        Class<?> type,
        List<Object> values,
        SweepRange range,
        String source,
        Map<Object, Object> payloads) {

    /** Copies the values and payloads. */
    public SweptParameter {
        values = List.copyOf(values);
        payloads = Collections.unmodifiableMap(new LinkedHashMap<>(payloads));
    }

    /** The argument the method receives for the recorded {@code value}: a source's payload, or the value. */
    public Object argument(Object value) {
        return payloads.isEmpty() ? value : payloads.get(value);
    }

    /** Whether designs may draw the parameter from a continuous range rather than from listed points. */
    public boolean isRange() {
        return range != null;
    }
}

package dev.cohort.runtime;

import java.util.List;

/**
 * A parameter of an experiment method annotated with {@link dev.cohort.Sweep}.
 *
 * @param name the parameter name (from {@code -parameters}, else {@code arg0}, {@code arg1}, ...)
 * @param index the position of the parameter in the method's parameter list
 * @param type the declared parameter type
 * @param values the converted values, in declaration order
 */
public record SweptParameter(String name, int index, Class<?> type, List<Object> values) {

    /** Copies the values. */
    public SweptParameter {
        values = List.copyOf(values);
    }
}

package dev.cohort.runtime;

import dev.cohort.results.ConfigId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configuration of an experiment: one value of every swept parameter.
 *
 * @param index the position of the configuration in the experiment's cartesian product, from 0
 * @param values the parameter values by parameter name, in declaration order
 */
public record Configuration(int index, Map<String, Object> values) {

    /** The display name of a configuration of an experiment with no swept parameter. */
    public static final String NO_PARAMETERS = "(no parameters)";

    /** Copies the values, keeping their order. */
    public Configuration {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The configuration id, for example {@code alpha=0.01, algorithm=IDBD} (empty without sweeps). */
    public String id() {
        return ConfigId.of(values);
    }

    /** The id, or {@value #NO_PARAMETERS} for an experiment with no swept parameter. */
    public String displayName() {
        return values.isEmpty() ? NO_PARAMETERS : id();
    }
}

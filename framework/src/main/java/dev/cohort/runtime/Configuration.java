package dev.cohort.runtime;

import dev.cohort.results.ConfigId;
import dev.cohort.results.store.StoredConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One configuration of an experiment: one value of every swept parameter. Its ids are computed once (the
 * stored one when first asked for), since every trial of the configuration names it when it is journaled and stored.
 */
public final class Configuration {

    /** The display name of a configuration of an experiment with no swept parameter. */
    public static final String NO_PARAMETERS = "(no parameters)";

    private final int index;
    private final Map<String, Object> values;
    private final String id;
    private String storedId;

    /**
     * Copies the values, keeping their order.
     *
     * @param index the position of the configuration in the experiment's cartesian product, from 0
     * @param values the parameter values by parameter name, in declaration order
     */
    public Configuration(int index, Map<String, Object> values) {
        this.index = index;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.id = ConfigId.of(this.values);
    }

    /** The position of the configuration in the experiment's cartesian product, from 0. */
    public int index() {
        return index;
    }

    /** The parameter values by parameter name, in declaration order. */
    public Map<String, Object> values() {
        return values;
    }

    /** The configuration id, for example {@code alpha=0.01, algorithm=IDBD} (empty without sweeps). */
    public String id() {
        return id;
    }

    /**
     * The id of the configuration as its stored values read back ({@link StoredConfig#id}): the key under
     * which its trials are journaled, stored and found again when a run resumes.
     */
    public String storedId() {
        String known = storedId;
        if (known == null) {
            known = StoredConfig.id(values);
            storedId = known; // a benign race: every thread computes the same immutable string
        }
        return known;
    }

    /** The id, or {@value #NO_PARAMETERS} for an experiment with no swept parameter. */
    public String displayName() {
        return values.isEmpty() ? NO_PARAMETERS : id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Configuration that && index == that.index && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, values);
    }

    @Override
    public String toString() {
        return "Configuration[index=" + index + ", values=" + values + "]";
    }
}

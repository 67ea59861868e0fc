package dev.cohort.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Selects configurations by partial parameter values: {@code name=value} pairs joined by {@code ", "},
 * as in a configuration id ({@link ConfigId}). {@code algorithm=IDBD} matches every configuration whose
 * {@code algorithm} is {@code IDBD}, whatever its other parameters; the empty text matches every
 * configuration. Values compare as text, and numerically when both sides are numbers (so {@code
 * stepSize=0.010} matches {@code 0.01}). Values cannot contain a comma.
 */
public final class ConfigSelector {

    private final String text;
    private final Map<String, String> values;

    private ConfigSelector(String text, Map<String, String> values) {
        this.text = text;
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException when a part is not {@code name=value} or a name repeats
     */
    public static ConfigSelector parse(String text) {
        Objects.requireNonNull(text, "text");
        Map<String, String> values = new LinkedHashMap<>();
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            for (String part : stripped.split(",")) {
                int equals = part.indexOf('=');
                String name = equals < 0 ? "" : part.substring(0, equals).strip();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("Configuration selector \"" + text + "\": \"" + part.strip()
                            + "\" is not name=value (pairs are joined by \", \", e.g. algorithm=IDBD, stepSize=0.01)");
                }
                if (values.put(name, part.substring(equals + 1).strip()) != null) {
                    throw new IllegalArgumentException(
                            "Configuration selector \"" + text + "\" names parameter " + name + " twice");
                }
            }
        }
        return new ConfigSelector(stripped, values);
    }

    /** The parameter values required, by name, in the order written. */
    public Map<String, String> values() {
        return values;
    }

    /** Whether {@code config} has every required value. */
    public boolean matches(Map<String, ?> config) {
        for (Map.Entry<String, String> required : values.entrySet()) {
            if (!config.containsKey(required.getKey())
                    || !sameValue(config.get(required.getKey()), required.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(Object actual, String expected) {
        String text = String.valueOf(actual);
        if (text.equals(expected)) {
            return true;
        }
        if (actual instanceof Number number) {
            try {
                return Double.compare(number.doubleValue(), Double.parseDouble(expected)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /** The selector as written, stripped. */
    @Override
    public String toString() {
        return text;
    }
}

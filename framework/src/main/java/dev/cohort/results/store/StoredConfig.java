package dev.cohort.results.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.cohort.results.ConfigId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A configuration's values as they read back from a results line. A {@code float} sweep value reads back
 * as a {@code double}, an enum as its name; comparing a live configuration with stored ones (to resume
 * a run) goes through this form, so both sides name the configuration alike.
 */
public final class StoredConfig {

    private static final TypeReference<LinkedHashMap<String, Object>> CONFIG = new TypeReference<>() {};

    private StoredConfig() {}

    /** The {@linkplain ConfigId configuration id} that {@code values}, once stored, read back as. */
    public static String id(Map<String, ?> values) {
        return ConfigId.of(values(values));
    }

    /** The values as they read back once stored, in their order. */
    public static Map<String, Object> values(Map<String, ?> values) {
        try {
            String json = TrialJson.MAPPER.writeValueAsString(values);
            return TrialJson.MAPPER.readValue(json, CONFIG);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store the configuration " + values + " as JSON", e);
        }
    }
}

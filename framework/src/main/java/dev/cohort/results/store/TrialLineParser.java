package dev.cohort.results.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.cohort.Goal;
import dev.cohort.results.RunInfo;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the common trial line with Jackson's streaming parser, token by token straight into the
 * trial's fields, instead of building a JSON tree and binding it ({@link TrialJson#fromLine}, several
 * times slower). It takes only what it can read exactly as {@link TrialJson#fromLine} would: any line it
 * is not sure about (malformed, a required field missing or of another type, a duplicated field, a
 * value the binding would coerce, a nested configuration value, an error object) is left to
 * {@link TrialJson#fromLine}, which reads it or names what is wrong. So both read every line the same.
 *
 * <p>Trials of one configuration usually follow each other, so the configuration and goal maps of the
 * last line are kept and reused when the next line holds the same text. Not thread-safe: one per thread.
 */
final class TrialLineParser {

    /** Numbers parsed by FastDoubleParser: correctly rounded, so the same doubles, several times faster. */
    private static final JsonFactory FACTORY =
            TrialJson.MAPPER.getFactory().copy().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER.mappedFeature());

    private static final Map<String, TrialStatus> STATUSES = byName(TrialStatus.values());
    private static final Map<String, Goal> GOALS = byName(Goal.values());

    private final ReusedObject<Object> config = new ReusedObject<>();
    private final ReusedObject<Goal> goals = new ReusedObject<>();
    private final Map<RunInfo, RunInfo> runs = new HashMap<>();

    /**
     * The trial a line holds; throws {@link com.fasterxml.jackson.core.JsonProcessingException} for a malformed line and for a line
     * missing a required field, as {@link TrialJson#fromLine} does.
     */
    TrialResult parse(String line) throws IOException {
        Optional<TrialResult> fast = fast(line);
        return fast.isPresent() ? fast.get() : TrialJson.fromLine(line);
    }

    /** The trial, or empty when the line is for {@link TrialJson#fromLine} to read. */
    Optional<TrialResult> fast(String line) {
        try (JsonParser p = FACTORY.createParser(line)) {
            return Optional.ofNullable(read(p, line));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private TrialResult read(JsonParser p, String line) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Fields f = new Fields();
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!f.seen(name) || !f.read(name, value, p, line)) {
                return null;
            }
        }
        if (token != JsonToken.END_OBJECT || p.nextToken() != null || !f.complete()) {
            return null;
        }
        TrialResult trial = new TrialResult(
                f.experiment,
                f.config,
                f.seed,
                f.seedIndex,
                f.status,
                f.metrics,
                f.durationMs,
                null,
                f.goals,
                f.curves,
                f.startedAt,
                f.configIndex,
                f.run,
                f.stage);
        // the trial's own immutable copies, so the next trials of the configuration share them
        config.keep(trial.config());
        if (f.goals != null) {
            goals.keep(trial.goals());
        }
        return trial;
    }

    /** The fields of one line as they are read. */
    private final class Fields {
        private final List<String> names = new ArrayList<>(16);
        String experiment;
        Map<String, Object> config;
        long seed;
        boolean hasSeed;
        int seedIndex;
        TrialStatus status;
        Map<String, Double> metrics;
        double durationMs;
        Map<String, Goal> goals;
        String curves;
        String startedAt;
        Integer configIndex;
        RunInfo run;
        TrialStage stage;

        /** Records the field; false when the line holds it twice (the binding's rules then decide). */
        boolean seen(String name) {
            if (names.contains(name)) {
                return false;
            }
            names.add(name);
            return true;
        }

        /** Reads the field's value; false when the line must be read by the binding. */
        boolean read(String name, JsonToken value, JsonParser p, String line) throws IOException {
            switch (name) {
                case "experiment" -> experiment = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "config" -> config = TrialLineParser.this.config.read(p, line, TrialLineParser::configValue);
                case "seed" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT
                            || p.getNumberType() != JsonParser.NumberType.INT
                                    && p.getNumberType() != JsonParser.NumberType.LONG) {
                        return false;
                    }
                    seed = p.getLongValue();
                    hasSeed = true;
                }
                case "seedIndex" -> {
                    if (!isInt(value, p)) {
                        return false;
                    }
                    seedIndex = p.getIntValue();
                }
                case "status" -> status = value == JsonToken.VALUE_STRING ? STATUSES.get(p.getText()) : null;
                case "metrics" -> metrics = metrics(p);
                case "durationMs" -> {
                    if (!value.isNumeric()) {
                        return false;
                    }
                    durationMs = p.getDoubleValue();
                }
                case "goals" -> goals = TrialLineParser.this.goals.read(p, line, TrialLineParser::goal);
                case "curves" -> {
                    return (curves = text(value, p)) != null || value == JsonToken.VALUE_NULL;
                }
                case "startedAt" -> {
                    return (startedAt = text(value, p)) != null || value == JsonToken.VALUE_NULL;
                }
                case "configIndex" -> {
                    if (value == JsonToken.VALUE_NULL) {
                        return true;
                    }
                    if (!isInt(value, p)) {
                        return false;
                    }
                    configIndex = p.getIntValue();
                }
                case "run" -> {
                    return value == JsonToken.VALUE_NULL || (run = run(p)) != null;
                }
                case "stage" -> {
                    stage = stage(value, p);
                    return stage != null;
                }
                case "error" -> {
                    return value == JsonToken.VALUE_NULL;
                }
                default -> p.skipChildren();
            }
            return switch (name) {
                case "experiment" -> experiment != null;
                case "config" -> config != null;
                case "status" -> status != null;
                case "metrics" -> metrics != null;
                case "goals" -> goals != null;
                default -> true;
            };
        }

        /** Whether the required fields are there (else the binding names the missing one). */
        boolean complete() {
            return experiment != null
                    && config != null
                    && hasSeed
                    && status != null
                    && (metrics != null || status != TrialStatus.SUCCESSFUL);
        }
    }

    private static boolean isInt(JsonToken value, JsonParser p) throws IOException {
        return value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
    }

    private static String text(JsonToken value, JsonParser p) throws IOException {
        return value == JsonToken.VALUE_STRING ? p.getText() : null;
    }

    /** A configuration value as the binding makes it (Integer, Long, Double, String, Boolean), or null. */
    private static Object configValue(JsonToken value, JsonParser p) throws IOException {
        return switch (value) {
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? null : p.getNumberValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_STRING -> p.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Goal goal(JsonToken value, JsonParser p) throws IOException {
        return value == JsonToken.VALUE_STRING ? GOALS.get(p.getText()) : null;
    }

    /** The metrics, or null for anything but an object of finite numbers with distinct names. */
    private static Map<String, Double> metrics(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!value.isNumeric() || metrics.put(name, p.getDoubleValue()) != null) {
                return null;
            }
        }
        return metrics;
    }

    private RunInfo run(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                if (fields.containsKey(name)) {
                    return null;
                }
                fields.put(name, null);
            } else if (value != JsonToken.VALUE_STRING || fields.put(name, p.getText()) != null) {
                return null;
            }
        }
        if (!List.of("id", "commit", "jvm", "os", "host", "startedAt", "shard").containsAll(fields.keySet())) {
            return null;
        }
        RunInfo read = new RunInfo(
                fields.get("id"),
                fields.get("commit"),
                fields.get("jvm"),
                fields.get("os"),
                fields.get("host"),
                fields.get("startedAt"),
                fields.get("shard"));
        return runs.computeIfAbsent(read, k -> read);
    }

    private static TrialStage stage(JsonToken value, JsonParser p) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            return null;
        }
        for (TrialStage stage : TrialStage.values()) {
            if (stage.label().equals(p.getText())) {
                return stage;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> map = new HashMap<>();
        for (E e : values) {
            map.put(e.name(), e);
        }
        return Map.copyOf(map);
    }

    /** Reads one value of a flat object; null when the binding must read it. */
    @FunctionalInterface
    private interface ValueReader<V> {
        V read(JsonToken token, JsonParser p) throws IOException;
    }

    /**
     * A flat object of named values, reused when a line holds the same text as the last one read (the
     * trials of one configuration carry the same configuration and goals).
     */
    private static final class ReusedObject<V> {
        private String lastText;
        private Map<String, V> last;

        Map<String, V> read(JsonParser p, String line, ValueReader<V> values) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return null;
            }
            int start = (int) p.currentTokenLocation().getCharOffset();
            if (lastText != null && line.startsWith(lastText, start)) {
                p.skipChildren();
                if ((int) p.currentLocation().getCharOffset() - start == lastText.length()) {
                    return last;
                }
                return null;
            }
            Map<String, V> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                V value = values.read(p.nextToken(), p);
                if (value == null || map.put(name, value) != null) {
                    return null;
                }
            }
            int end = (int) p.currentLocation().getCharOffset();
            lastText = line.substring(start, end);
            last = map;
            return map;
        }

        /** Replaces the map kept for the last text by an equal one (the trial's immutable copy). */
        void keep(Map<String, V> equal) {
            last = equal;
        }
    }
}

package dev.cohort.results.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.cohort.Goal;
import dev.cohort.results.Interner;
import dev.cohort.results.RunInfo;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the common trial line with Jackson's streaming parser, token by token from its UTF-8 bytes
 * straight into the trial's fields, instead of building a JSON tree and binding it ({@link
 * TrialJson#fromLine}, several times slower). It takes only what it can read exactly as {@link
 * TrialJson#fromLine} would: any line it is not sure about (malformed, a required field missing or of
 * another type, a duplicated field, a value the binding would coerce, a nested configuration value, an
 * error object) is left to {@link TrialJson#fromLine}, which reads it or names what is wrong. So both
 * read every line the same.
 *
 * <p>Trials of one configuration usually follow each other, so the texts of the last line (experiment,
 * configuration, goals, status, start time) are kept and their values reused when the next line holds
 * the same text; the maps, names and runs of every trial are shared through the {@link Interner}, so a
 * line costs its trial and its metric values. Not thread-safe: one per thread (the interner may be
 * shared).
 */
final class TrialLineParser {

    /**
     * The binding's parser settings (Jackson's defaults), with numbers parsed by FastDoubleParser: correctly
     * rounded, so the same doubles, several times faster. Built on its own, so that reading does not wait
     * for the binding's mapper, which most reads never use.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private static final Map<String, TrialStatus> STATUSES = byName(TrialStatus.values());
    private static final Map<String, Goal> GOALS = byName(Goal.values());
    private static final Set<String> RUN_FIELDS = Set.of("id", "commit", "jvm", "os", "host", "startedAt", "shard");

    private final Interner interner;
    private final ReusedObject<Object> config = new ReusedObject<>();
    private final ReusedObject<Goal> goals = new ReusedObject<>();
    private final LastText experiment = new LastText();
    private final LastText status = new LastText();
    private final LastText startedAt = new LastText();
    private final LastText curves = new LastText();
    private final Fields f = new Fields();
    private String[] metricNames = new String[8];
    private double[] metricValues = new double[8];
    private Integer lastConfigIndex;

    /** A parser with an interner of its own. */
    TrialLineParser() {
        this(new Interner());
    }

    /** A parser sharing maps, names and runs through {@code interner}. */
    TrialLineParser(Interner interner) {
        this.interner = interner;
    }

    /**
     * The trial a line holds; throws {@link com.fasterxml.jackson.core.JsonProcessingException} for a malformed line and for a line
     * missing a required field, as {@link TrialJson#fromLine} does.
     */
    TrialResult parse(String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, 0, bytes.length);
    }

    /** The trial held by the valid UTF-8 bytes {@code from} to {@code to}, as {@link #parse(String)}. */
    TrialResult parse(byte[] bytes, int from, int to) throws IOException {
        TrialResult fast = fast(bytes, from, to);
        if (fast != null) {
            return fast;
        }
        return TrialJson.fromLine(new String(bytes, from, to - from, StandardCharsets.UTF_8))
                .sharing(interner);
    }

    /** The trial, or empty when the line is for {@link TrialJson#fromLine} to read. */
    Optional<TrialResult> fast(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return Optional.ofNullable(fast(bytes, 0, bytes.length));
    }

    private TrialResult fast(byte[] bytes, int from, int to) {
        try (JsonParser p = FACTORY.createParser(bytes, from, to - from)) {
            return p.nextToken() == JsonToken.START_OBJECT && fields(p, bytes, from, to) && p.nextToken() == null
                    ? trial()
                    : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A parser of the consecutive lines from {@code from} to {@code to}, for {@link #next}: one parser for
     * many lines, rather than one each.
     */
    JsonParser lines(byte[] bytes, int from, int to) throws IOException {
        return FACTORY.createParser(bytes, from, to - from);
    }

    /**
     * The trial of the line from {@code from} to {@code to}, read with {@code p}, a parser made by {@link
     * #lines} at {@code origin} that read the lines before it; {@code null} when the line is for {@link
     * #parse(byte[], int, int)} to read, and {@code p} is then spent.
     */
    TrialResult next(JsonParser p, byte[] bytes, int origin, int from, int to) {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT
                    || origin + p.currentTokenLocation().getByteOffset() != from
                    || !fields(p, bytes, origin, to)
                    || origin + p.currentLocation().getByteOffset() != to) {
                return null;
            }
            return trial();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the fields of the object whose start {@code p} is at, up to its end; false when the line is
     * for the binding. Offsets of {@code p} count from {@code origin}; the line ends at {@code to}.
     */
    private boolean fields(JsonParser p, byte[] bytes, int origin, int to) throws IOException {
        f.reset();
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Field field = Field.named(name);
            JsonToken value = p.nextToken();
            if (!f.seen(field, name)) {
                return false;
            }
            if (field == null) {
                p.skipChildren();
            } else if (!field.read(this, value, p, bytes, origin, to)) {
                return false;
            }
        }
        return token == JsonToken.END_OBJECT && f.complete();
    }

    private TrialResult trial() {
        return new TrialResult(
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
    }

    /**
     * The fields a trial line has, each read by its own rule into the line's {@link Fields}; {@code read}
     * is false when the line must be read by the binding. (One rule per field, called through an
     * interface that each field implements differently, rather than one method with a case per field: the
     * JIT compiles the rules of the fields the lines hold, each on its own, instead of one large method
     * with every rule in it, which cost a small study's report more compiling than its reading took.)
     */
    private enum Field {
        EXPERIMENT((parser, value, p, bytes, from, to) -> {
            parser.f.experiment = value == JsonToken.VALUE_STRING ? parser.experiment.read(p, parser.interner) : null;
            return parser.f.experiment != null;
        }),
        CONFIG((parser, value, p, bytes, from, to) -> {
            parser.f.config = parser.config.read(p, bytes, from, to, parser.interner, TrialLineParser::configValue);
            return parser.f.config != null;
        }),
        SEED((parser, value, p, bytes, from, to) -> {
            if (value != JsonToken.VALUE_NUMBER_INT
                    || p.getNumberType() != JsonParser.NumberType.INT
                            && p.getNumberType() != JsonParser.NumberType.LONG) {
                return false;
            }
            parser.f.seed = p.getLongValue();
            parser.f.hasSeed = true;
            return true;
        }),
        SEED_INDEX((parser, value, p, bytes, from, to) -> {
            if (!isInt(value, p)) {
                return false;
            }
            parser.f.seedIndex = p.getIntValue();
            return true;
        }),
        STATUS((parser, value, p, bytes, from, to) -> {
            parser.f.status = value == JsonToken.VALUE_STRING ? STATUSES.get(parser.status.read(p, null)) : null;
            return parser.f.status != null;
        }),
        METRICS((parser, value, p, bytes, from, to) -> {
            parser.f.metrics = parser.metrics(p);
            return parser.f.metrics != null;
        }),
        DURATION_MS((parser, value, p, bytes, from, to) -> {
            if (!value.isNumeric()) {
                return false;
            }
            parser.f.durationMs = p.getDoubleValue();
            return true;
        }),
        GOALS((parser, value, p, bytes, from, to) -> {
            parser.f.goals = parser.goals.read(p, bytes, from, to, parser.interner, TrialLineParser::goal);
            return parser.f.goals != null;
        }),
        CURVES((parser, value, p, bytes, from, to) ->
                (parser.f.curves = text(value, p, parser.curves)) != null || value == JsonToken.VALUE_NULL),
        STARTED_AT((parser, value, p, bytes, from, to) ->
                (parser.f.startedAt = text(value, p, parser.startedAt)) != null || value == JsonToken.VALUE_NULL),
        CONFIG_INDEX((parser, value, p, bytes, from, to) -> {
            if (value == JsonToken.VALUE_NULL) {
                return true;
            }
            if (!isInt(value, p)) {
                return false;
            }
            parser.f.configIndex = parser.configIndex(p.getIntValue());
            return true;
        }),
        RUN((parser, value, p, bytes, from, to) ->
                value == JsonToken.VALUE_NULL || (parser.f.run = parser.run(p)) != null),
        STAGE((parser, value, p, bytes, from, to) -> {
            parser.f.stage = stage(value, p);
            return parser.f.stage != null;
        }),
        ERROR((parser, value, p, bytes, from, to) -> value == JsonToken.VALUE_NULL);

        private final Rule rule;

        Field(Rule rule) {
            this.rule = rule;
        }

        /**
         * Reads the field's value, at {@code value} in {@code p}, whose offsets count from {@code from}; the
         * line ends at {@code to}.
         */
        boolean read(TrialLineParser parser, JsonToken value, JsonParser p, byte[] bytes, int from, int to)
                throws IOException {
            return rule.read(parser, value, p, bytes, from, to);
        }

        /** The field of that name, or {@code null} for one not read here. */
        static Field named(String name) {
            return switch (name) {
                case "experiment" -> EXPERIMENT;
                case "config" -> CONFIG;
                case "seed" -> SEED;
                case "seedIndex" -> SEED_INDEX;
                case "status" -> STATUS;
                case "metrics" -> METRICS;
                case "durationMs" -> DURATION_MS;
                case "goals" -> GOALS;
                case "curves" -> CURVES;
                case "startedAt" -> STARTED_AT;
                case "configIndex" -> CONFIG_INDEX;
                case "run" -> RUN;
                case "stage" -> STAGE;
                case "error" -> ERROR;
                default -> null;
            };
        }
    }

    /** How one field's value is read: false when the line must be read by the binding. */
    @FunctionalInterface
    private interface Rule {
        boolean read(TrialLineParser parser, JsonToken value, JsonParser p, byte[] bytes, int from, int to)
                throws IOException;
    }

    /** The fields of one line as they are read; reset for each line. */
    private final class Fields {
        private final List<String> others = new ArrayList<>(4);
        private int known;
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

        void reset() {
            others.clear();
            known = 0;
            experiment = null;
            config = null;
            seed = 0;
            hasSeed = false;
            seedIndex = 0;
            status = null;
            metrics = null;
            durationMs = 0;
            goals = null;
            curves = null;
            startedAt = null;
            configIndex = null;
            run = null;
            stage = null;
        }

        /**
         * Records the field ({@code null} for one not read here); false when the line holds it twice (the
         * binding's rules then decide).
         */
        boolean seen(Field field, String name) {
            if (field == null) {
                if (others.contains(name)) {
                    return false;
                }
                others.add(name);
                return true;
            }
            int bit = 1 << field.ordinal();
            if ((known & bit) != 0) {
                return false;
            }
            known |= bit;
            return true;
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

    /** The configuration index, boxed once for the trials of a configuration, which follow each other. */
    private Integer configIndex(int index) {
        Integer last = lastConfigIndex;
        if (last == null || last != index) {
            last = index;
            lastConfigIndex = last;
        }
        return last;
    }

    /** The metrics, or null for anything but an object of finite numbers with distinct names. */
    private Map<String, Double> metrics(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int n = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!value.isNumeric()) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                if (metricNames[i].equals(name)) {
                    return null;
                }
            }
            if (n == metricNames.length) {
                metricNames = Arrays.copyOf(metricNames, 2 * n);
                metricValues = Arrays.copyOf(metricValues, 2 * n);
            }
            metricNames[n] = name;
            metricValues[n] = p.getDoubleValue();
            n++;
        }
        return interner.metrics(Arrays.copyOf(metricNames, n), Arrays.copyOf(metricValues, n));
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
        if (!RUN_FIELDS.containsAll(fields.keySet())) {
            return null;
        }
        return interner.run(new RunInfo(
                fields.get("id"),
                fields.get("commit"),
                fields.get("jvm"),
                fields.get("os"),
                fields.get("host"),
                fields.get("startedAt"),
                fields.get("shard")));
    }

    private static boolean isInt(JsonToken value, JsonParser p) throws IOException {
        return value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT;
    }

    private static String text(JsonToken value, JsonParser p, LastText last) throws IOException {
        return value == JsonToken.VALUE_STRING ? last.read(p, null) : null;
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
     * The text of the last string value read at one field, returned again (the same instance) while the
     * lines hold the same text, so that equal values of consecutive lines are neither decoded into new
     * strings nor kept many times.
     */
    private static final class LastText {
        private String last;

        /** The current string value's text; a new one is shared through {@code interner} when given. */
        String read(JsonParser p, Interner interner) throws IOException {
            char[] chars = p.getTextCharacters();
            int offset = p.getTextOffset();
            int length = p.getTextLength();
            String kept = last;
            if (kept != null && kept.length() == length && matches(kept, chars, offset)) {
                return kept;
            }
            String text = new String(chars, offset, length);
            last = interner == null ? text : interner.string(text);
            return last;
        }

        private static boolean matches(String kept, char[] chars, int offset) {
            for (int i = 0; i < kept.length(); i++) {
                if (kept.charAt(i) != chars[offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A flat object of named values, reused when a line holds the same bytes as the last one read (the
     * trials of one configuration carry the same configuration and goals); a new one is shared through
     * the interner.
     */
    private static final class ReusedObject<V> {
        private byte[] lastBytes;
        private Map<String, V> last;

        Map<String, V> read(JsonParser p, byte[] line, int from, int to, Interner interner, ValueReader<V> values)
                throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return null;
            }
            // the parser's offsets count from the start of the line
            int start = from + (int) p.currentTokenLocation().getByteOffset();
            if (lastBytes != null
                    && to - start >= lastBytes.length
                    && Arrays.equals(line, start, start + lastBytes.length, lastBytes, 0, lastBytes.length)) {
                p.skipChildren();
                if (from + (int) p.currentLocation().getByteOffset() - start == lastBytes.length) {
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
            int end = from + (int) p.currentLocation().getByteOffset();
            lastBytes = Arrays.copyOfRange(line, start, end);
            last = interner.map(map);
            return last;
        }
    }
}

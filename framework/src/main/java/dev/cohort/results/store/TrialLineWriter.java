package dev.cohort.results.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.results.RunInfo;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes a trial's result line (SPEC section 4) field by field, strings quoted by Jackson's encoder and
 * numbers written as Jackson's generator writes them, the text being the one binding the {@link
 * TrialResult} record gives (its annotations define the form: the
 * record's field order, the fields left out when {@code null}, the tuning stage left out), at a fraction
 * of the cost per trial. What binding writes the same way for every trial is bound once and copied: each
 * status, goal and stage, and the run, which every trial of a run shares. Values of other types (an
 * error, a swept value that is not a number, string or boolean) are bound as they come. Thread-safe.
 */
final class TrialLineWriter {

    /** The run bound last and its JSON, reused while the trials of one run are written. */
    private record BoundRun(RunInfo run, String json) {}

    private static final JsonStringEncoder QUOTING = JsonStringEncoder.getInstance();

    private final ObjectMapper mapper;
    private final Map<TrialStatus, String> statuses;
    private final Map<Goal, String> goals;
    private final Map<TrialStage, String> stages;
    private volatile BoundRun lastRun = new BoundRun(null, null);
    /** The length of the line written last: the lines of a run are about as long, so its buffer is sized once. */
    private volatile int lastLength = 512;

    /** A writer binding with {@code mapper}, the one trial lines are read with. */
    TrialLineWriter(ObjectMapper mapper) {
        this.mapper = mapper;
        this.statuses = bindAll(mapper, TrialStatus.class);
        this.goals = bindAll(mapper, Goal.class);
        this.stages = bindAll(mapper, TrialStage.class);
    }

    /** The trial as one line of JSON, without the line break. */
    String toLine(TrialResult trial) throws JsonProcessingException {
        StringBuilder line = new StringBuilder(lastLength + 64).append('{');
        if (trial.experiment() != null) {
            field(line, "experiment").append('"');
            QUOTING.quoteAsString(trial.experiment(), line);
            line.append('"');
        }
        object(line, "config", trial.config(), this::value);
        field(line, "seed").append(trial.seed());
        field(line, "seedIndex").append(trial.seedIndex());
        if (trial.status() != null) {
            field(line, "status").append(statuses.get(trial.status()));
        }
        object(line, "metrics", trial.metrics(), (text, value) -> number(text, value));
        number(field(line, "durationMs"), trial.durationMs());
        if (trial.error() != null) {
            field(line, "error").append(mapper.writeValueAsString(trial.error()));
        }
        object(line, "goals", trial.goals(), (text, goal) -> text.append(goal == null ? "null" : goals.get(goal)));
        string(line, "curves", trial.curves());
        string(line, "startedAt", trial.startedAt());
        if (trial.configIndex() != null) {
            field(line, "configIndex").append(trial.configIndex().intValue());
        }
        if (trial.run() != null) {
            field(line, "run").append(run(trial.run()));
        }
        if (trial.stage() != TrialStage.TUNING) {
            field(line, "stage").append(stages.get(trial.stage()));
        }
        String written = line.append('}').toString();
        lastLength = written.length();
        return written;
    }

    /** How a value of a map is written. */
    @FunctionalInterface
    private interface ValueWriter<V> {
        void write(StringBuilder line, V value) throws JsonProcessingException;
    }

    /** Starts a field: a comma unless it is the first, then the quoted name and a colon. */
    private static StringBuilder field(StringBuilder line, String name) {
        if (line.length() > 1 && line.charAt(line.length() - 1) != '{') {
            line.append(',');
        }
        line.append('"');
        QUOTING.quoteAsString(name, line);
        return line.append("\":");
    }

    private static void string(StringBuilder line, String name, String value) {
        if (value != null) {
            field(line, name).append('"');
            QUOTING.quoteAsString(value, line);
            line.append('"');
        }
    }

    private static <V> void object(StringBuilder line, String name, Map<String, V> map, ValueWriter<V> values)
            throws JsonProcessingException {
        field(line, name).append('{');
        for (Map.Entry<String, V> entry : map.entrySet()) {
            values.write(field(line, entry.getKey()), entry.getValue());
        }
        line.append('}');
    }

    /**
     * A double as the generator writes it: {@link Double#toString(double)} (not the shortest form, which
     * differs for some values), and {@code NaN} and the infinities quoted.
     */
    private static StringBuilder number(StringBuilder line, Double value) {
        if (value == null) {
            return line.append("null");
        }
        double number = value;
        return Double.isFinite(number)
                ? line.append(Double.toString(number))
                : line.append('"').append(Double.toString(number)).append('"');
    }

    /** A swept value: the common types as their serializers write them, any other bound. */
    private void value(StringBuilder line, Object value) throws JsonProcessingException {
        if (value instanceof String text) {
            line.append('"');
            QUOTING.quoteAsString(text, line);
            line.append('"');
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            line.append(value);
        } else if (value instanceof Double number) {
            number(line, number);
        } else {
            line.append(mapper.writeValueAsString(value)); // null too
        }
    }

    private String run(RunInfo run) throws JsonProcessingException {
        BoundRun bound = lastRun;
        if (bound.run() != run) {
            bound = new BoundRun(run, mapper.writeValueAsString(run));
            lastRun = bound; // a benign race: any thread binds the same run to the same text
        }
        return bound.json();
    }

    private static <E extends Enum<E>> Map<E, String> bindAll(ObjectMapper mapper, Class<E> type) {
        Map<E, String> bound = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            try {
                bound.put(constant, mapper.writeValueAsString(constant));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(
                        "Cannot write " + type.getSimpleName() + "." + constant + " as JSON", e);
            }
        }
        return bound;
    }
}

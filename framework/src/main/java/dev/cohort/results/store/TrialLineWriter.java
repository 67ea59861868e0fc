package dev.cohort.results.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.results.RunInfo;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.Map;

/**
 * Writes a trial's result line (SPEC section 4) field by field with Jackson's streaming generator, the
 * text being the one binding the {@link TrialResult} record gives (its annotations define the form: the
 * record's field order, the fields left out when {@code null}, the tuning stage left out), at a fraction
 * of the cost per trial. What binding writes the same way for every trial is bound once and copied: each
 * status, goal and stage, and the run, which every trial of a run shares. Values of other types (an
 * error, a swept value that is not a number, string or boolean) are bound as they come. Thread-safe.
 */
final class TrialLineWriter {

    /** The run bound last and its JSON, reused while the trials of one run are written. */
    private record BoundRun(RunInfo run, String json) {}

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
    String toLine(TrialResult trial) throws IOException {
        StringWriter text = new StringWriter(lastLength + 64);
        try (JsonGenerator line = mapper.getFactory().createGenerator(text)) {
            line.writeStartObject();
            stringField(line, "experiment", trial.experiment());
            line.writeFieldName("config");
            line.writeStartObject();
            for (Map.Entry<String, Object> entry : trial.config().entrySet()) {
                line.writeFieldName(entry.getKey());
                value(line, entry.getValue());
            }
            line.writeEndObject();
            line.writeNumberField("seed", trial.seed());
            line.writeNumberField("seedIndex", trial.seedIndex());
            if (trial.status() != null) {
                line.writeFieldName("status");
                line.writeRawValue(statuses.get(trial.status()));
            }
            line.writeFieldName("metrics");
            line.writeStartObject();
            for (Map.Entry<String, Double> metric : trial.metrics().entrySet()) {
                line.writeFieldName(metric.getKey());
                Double value = metric.getValue();
                if (value == null) {
                    line.writeNull();
                } else {
                    line.writeNumber(value.doubleValue());
                }
            }
            line.writeEndObject();
            line.writeNumberField("durationMs", trial.durationMs());
            if (trial.error() != null) {
                line.writeFieldName("error");
                line.writeObject(trial.error());
            }
            line.writeFieldName("goals");
            line.writeStartObject();
            for (Map.Entry<String, Goal> goal : trial.goals().entrySet()) {
                line.writeFieldName(goal.getKey());
                if (goal.getValue() == null) {
                    line.writeNull();
                } else {
                    line.writeRawValue(goals.get(goal.getValue()));
                }
            }
            line.writeEndObject();
            stringField(line, "curves", trial.curves());
            stringField(line, "startedAt", trial.startedAt());
            if (trial.configIndex() != null) {
                line.writeNumberField("configIndex", trial.configIndex());
            }
            if (trial.run() != null) {
                line.writeFieldName("run");
                line.writeRawValue(run(trial.run()));
            }
            if (trial.stage() != TrialStage.TUNING) {
                line.writeFieldName("stage");
                line.writeRawValue(stages.get(trial.stage()));
            }
            line.writeEndObject();
        }
        String written = text.toString();
        lastLength = written.length();
        return written;
    }

    private static void stringField(JsonGenerator line, String name, String value) throws IOException {
        if (value != null) {
            line.writeStringField(name, value);
        }
    }

    /** A swept value: the common types as their serializers write them, any other bound. */
    private static void value(JsonGenerator line, Object value) throws IOException {
        if (value instanceof String text) {
            line.writeString(text);
        } else if (value instanceof Integer number) {
            line.writeNumber(number.intValue());
        } else if (value instanceof Long number) {
            line.writeNumber(number.longValue());
        } else if (value instanceof Double number) {
            line.writeNumber(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            line.writeBoolean(bool);
        } else {
            line.writeObject(value); // null too
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

package dev.cohort.runtime.worker;

import dev.cohort.results.TrialStatus;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.CurveBuffer;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.TrialOutcome;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a trial ended in a worker, as it crosses the pipe: the fields of its {@link TrialOutcome}, with the
 * failure as a {@link FailureRecord}. Curve points travel one by one with a number for their metric, its
 * name sent the first time it occurs.
 *
 * @param status how the trial ended
 * @param metrics the recorded metrics, in recording order
 * @param curves the logged curve points
 * @param durationMs the trial's wall time in the worker
 * @param startedAt when it started, as an ISO-8601 instant
 * @param failure what it threw, or {@code null}
 */
record TrialReply(
        TrialStatus status,
        Map<String, Double> metrics,
        CurveBuffer curves,
        double durationMs,
        String startedAt,
        FailureRecord failure) {

    /** The reply carrying {@code outcome}. */
    static TrialReply of(TrialOutcome outcome) {
        return new TrialReply(
                outcome.status(),
                outcome.metrics(),
                outcome.curves(),
                outcome.durationMs(),
                outcome.startedAt(),
                outcome.failure() == null ? null : FailureRecord.of(outcome.failure()));
    }

    /** Whether the trial threw {@code type} (by name: the worker's class is not this JVM's). */
    boolean threw(Class<? extends Throwable> type) {
        return failure != null && failure.type().equals(type.getName());
    }

    /** The outcome in this JVM, with the failure {@linkplain FailureRecord#rebuild rebuilt}. */
    TrialOutcome toOutcome(ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        return withFailure(
                experiment,
                configuration,
                seedIndex,
                failure == null ? null : failure.rebuild(experiment.testClass().getClassLoader()));
    }

    /** The outcome in this JVM with {@code replacement} as its failure. */
    TrialOutcome withFailure(
            ExperimentDefinition experiment, Configuration configuration, int seedIndex, Throwable replacement) {
        return new TrialOutcome(
                experiment, configuration, seedIndex, status, metrics, curves, durationMs, startedAt, replacement);
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(Wire.REPLY);
        Wire.writeString(out, status.name());
        out.writeInt(metrics.size());
        for (Map.Entry<String, Double> metric : metrics.entrySet()) {
            Wire.writeString(out, metric.getKey());
            out.writeDouble(metric.getValue());
        }
        out.writeInt(curves.size());
        Map<String, Integer> numbers = new HashMap<>();
        IOException[] failed = new IOException[1];
        curves.forEach((metric, step, value) -> {
            if (failed[0] != null) {
                return;
            }
            try {
                Integer number = numbers.get(metric);
                if (number == null) {
                    out.writeInt(numbers.size());
                    Wire.writeString(out, metric);
                    numbers.put(metric, numbers.size());
                } else {
                    out.writeInt(number);
                }
                out.writeLong(step);
                out.writeDouble(value);
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        out.writeDouble(durationMs);
        Wire.writeString(out, startedAt);
        out.writeBoolean(failure != null);
        if (failure != null) {
            failure.write(out);
        }
        out.writeInt(Wire.END);
    }

    static TrialReply read(DataInput in) throws IOException {
        Wire.expect(in, Wire.REPLY, "a trial's reply");
        TrialStatus status = Wire.readEnum(in, TrialStatus.class);
        int metricCount = count(in, "metrics");
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = 0; i < metricCount; i++) {
            metrics.put(Wire.readString(in), in.readDouble());
        }
        int points = count(in, "curve points");
        CurveBuffer curves = new CurveBuffer();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            int number = in.readInt();
            if (number == names.size()) {
                names.add(Wire.readString(in));
            } else if (number < 0 || number > names.size()) {
                throw new Wire.CorruptStreamException("read curve metric number " + number);
            }
            curves.add(names.get(number), in.readLong(), in.readDouble());
        }
        double durationMs = in.readDouble();
        String startedAt = Wire.readString(in);
        FailureRecord failure = in.readBoolean() ? FailureRecord.read(in) : null;
        Wire.expect(in, Wire.END, "the end of a trial's reply");
        return new TrialReply(status, metrics, curves, durationMs, startedAt, failure);
    }

    private static int count(DataInput in, String what) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new Wire.CorruptStreamException("read " + count + " " + what);
        }
        return count;
    }
}

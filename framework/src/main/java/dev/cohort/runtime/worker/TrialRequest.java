package dev.cohort.runtime.worker;

import dev.cohort.results.TrialStage;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Duration;

/**
 * What the engine asks a worker to run: the trial by its experiment method, stage, configuration index and
 * seed index, which the worker resolves from its own reading of the experiment; the configuration id and
 * seed let it check that its reading agrees with the engine's.
 *
 * @param className the experiment class
 * @param methodSignature the experiment method ({@link ExperimentReader#signature})
 * @param stage the stage the trial belongs to
 * @param configurationIndex the configuration's {@linkplain Configuration#index() index}
 * @param configurationId the configuration's {@linkplain Configuration#id() id}
 * @param seedIndex the position of the seed among the stage's seeds
 * @param seed the seed
 * @param timeoutMillis the trial's time limit in milliseconds, or -1 for none
 * @param timeoutSource where the limit comes from, or {@code null} without one
 */
record TrialRequest(
        String className,
        String methodSignature,
        TrialStage stage,
        int configurationIndex,
        String configurationId,
        int seedIndex,
        long seed,
        long timeoutMillis,
        String timeoutSource) {

    /** The request for one trial, with {@code timeout} ({@code null} for none) declared by {@code source}. */
    static TrialRequest of(
            ExperimentDefinition experiment,
            Configuration configuration,
            int seedIndex,
            Duration timeout,
            String timeoutSource) {
        return new TrialRequest(
                experiment.testClass().getName(),
                ExperimentReader.signature(experiment.method()),
                experiment.stage(),
                configuration.index(),
                configuration.id(),
                seedIndex,
                experiment.seed(seedIndex),
                timeout == null ? -1 : Math.max(1, timeout.toMillis()),
                timeoutSource);
    }

    /** The time limit, or {@code null} for none. */
    Duration timeout() {
        return timeoutMillis < 0 ? null : Duration.ofMillis(timeoutMillis);
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(Wire.REQUEST);
        Wire.writeString(out, className);
        Wire.writeString(out, methodSignature);
        Wire.writeString(out, stage.name());
        out.writeInt(configurationIndex);
        Wire.writeString(out, configurationId);
        out.writeInt(seedIndex);
        out.writeLong(seed);
        out.writeLong(timeoutMillis);
        Wire.writeString(out, timeoutSource);
    }

    static TrialRequest read(DataInput in) throws IOException {
        Wire.expect(in, Wire.REQUEST, "a trial request");
        return new TrialRequest(
                Wire.readString(in),
                Wire.readString(in),
                Wire.readEnum(in, TrialStage.class),
                in.readInt(),
                Wire.readString(in),
                in.readInt(),
                in.readLong(),
                in.readLong(),
                Wire.readString(in));
    }
}

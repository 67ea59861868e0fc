package dev.cohort.runtime.worker;

import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.CurveBuffer;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.TrialRunner;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The main class of a worker JVM. Standard input and output are the engine's pipe ({@link Wire}) and
 * nothing else: before any trial runs, {@code System.out} is pointed at standard error (which the engine
 * forwards to its own) and {@code System.in} is emptied. After the greeting it runs one requested trial at
 * a time through {@link TrialRunner} and replies with its outcome, until the engine closes the pipe; it
 * also ends when the engine's JVM ends, even in the middle of a trial.
 */
public final class WorkerMain {

    /** The exit status of a worker whose pipe failed, so the engine can tell it from a trial's exit. */
    static final int PIPE_FAILED = 70;

    private final Map<String, ExperimentDefinition> experiments = new HashMap<>();

    private WorkerMain() {}

    /** Runs the worker until the engine closes its standard input. */
    public static void main(String[] args) {
        DataOutputStream toEngine =
                new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        DataInputStream fromEngine =
                new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16));
        System.setOut(System.err);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        ProcessHandle.current()
                .parent()
                .ifPresent(engine ->
                        engine.onExit().thenRun(() -> Runtime.getRuntime().halt(PIPE_FAILED)));
        try {
            greet(fromEngine, toEngine);
            new WorkerMain().serve(fromEngine, toEngine);
        } catch (IOException | RuntimeException | Error e) { // nothing can be replied any more
            System.err.println(
                    "[cohort worker " + ProcessHandle.current().pid() + "] cannot answer the engine, ending: " + e);
            Runtime.getRuntime().halt(PIPE_FAILED);
        }
        // trials may have left non-daemon threads behind: they must not keep the worker alive
        System.exit(0);
    }

    /** Takes over the engine's system properties that this JVM lacks, then says it is ready. */
    private static void greet(DataInputStream in, DataOutputStream out) throws IOException {
        Wire.expect(in, Wire.HELLO, "the engine's greeting");
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String key = Wire.readString(in);
            String value = Wire.readString(in);
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        }
        out.writeInt(Wire.READY);
        out.flush();
    }

    private void serve(DataInputStream in, DataOutputStream out) throws IOException {
        while (true) {
            TrialRequest request;
            try {
                request = TrialRequest.read(in);
            } catch (EOFException closed) {
                return;
            }
            run(request).write(out);
            out.flush();
        }
    }

    private TrialReply run(TrialRequest request) {
        ExperimentDefinition experiment;
        Configuration configuration;
        try {
            experiment = experiment(request);
            configuration = configuration(experiment, request);
        } catch (RuntimeException | LinkageError e) {
            return unresolved(e);
        }
        return TrialReply.of(TrialRunner.run(
                experiment, configuration, request.seedIndex(), request.timeout(), request.timeoutSource()));
    }

    private ExperimentDefinition experiment(TrialRequest request) {
        String key = request.className() + "#" + request.methodSignature() + "@" + request.stage();
        ExperimentDefinition known = experiments.get(key);
        if (known != null) {
            return known;
        }
        Class<?> type;
        try {
            type = Class.forName(request.className(), true, WorkerMain.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    "The worker JVM cannot load " + request.className() + " from its class path, the engine JVM's"
                            + " java.class.path: with cohort.isolation=process the experiments must be on the class"
                            + " path the engine's JVM started with, not only in a class loader made at run time",
                    e);
        }
        Method method = ExperimentReader.findExperiment(type, request.methodSignature())
                .orElseThrow(() -> new IllegalStateException("The worker JVM finds no experiment method "
                        + request.methodSignature() + " in " + request.className()
                        + "; is its class path the engine's?"));
        ExperimentDefinition read = ExperimentReader.read(type, method);
        ExperimentDefinition experiment = request.stage() == TrialStage.CONFIRMATION ? read.confirmationStage() : read;
        experiments.put(key, experiment);
        return experiment;
    }

    private static Configuration configuration(ExperimentDefinition experiment, TrialRequest request) {
        List<Configuration> configurations = experiment.configurations();
        int index = request.configurationIndex();
        Configuration configuration = index < configurations.size() ? configurations.get(index) : null;
        if (configuration == null || !configuration.id().equals(request.configurationId())) {
            throw new IllegalStateException("The worker JVM reads configuration " + index + " of " + experiment.id()
                    + " as " + (configuration == null ? "missing" : "[" + configuration.id() + "]")
                    + ", the engine as [" + request.configurationId()
                    + "]: the experiment's sweep must be the same in every JVM (a sweep source that changes"
                    + " between reads?)");
        }
        if (request.seedIndex() >= experiment.seedCount() || experiment.seed(request.seedIndex()) != request.seed()) {
            throw new IllegalStateException("The worker JVM reads seed #" + request.seedIndex() + " of "
                    + experiment.id() + " differently from the engine (" + request.seed()
                    + "): the experiment's seeds must be the same in every JVM");
        }
        return configuration;
    }

    /** The reply for a trial the worker could not find: failed, with the reason. */
    private static TrialReply unresolved(Throwable problem) {
        return new TrialReply(
                TrialStatus.FAILED,
                Map.of(),
                new CurveBuffer(),
                0,
                Instant.now().toString(),
                FailureRecord.of(problem));
    }
}

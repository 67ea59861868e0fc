package dev.cohort.runtime.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One worker JVM and its pipe: started with a command line, greeted with the engine's system properties,
 * then asked for one trial at a time. Its standard error is copied to the engine's {@code System.err} as it
 * comes. A worker that does not answer in time is killed ({@link Process#destroyForcibly()}). Used by one
 * thread at a time.
 */
final class WorkerProcess {

    /** How long a new worker may take to start and answer the greeting. */
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    /** How long a worker may take to exit once its pipe is closed, or once it was killed. */
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(10);

    /** How long a worker that wrote bytes other than a reply may take to exit before it is killed. */
    private static final Duration CORRUPT_EXIT_LIMIT = Duration.ofSeconds(2);

    /** How a request ended. */
    sealed interface Answer {}

    /**
     * The worker replied.
     *
     * @param reply the reply
     * @param reusable whether the worker may run another trial: {@code false} when its deadline passed as
     *     the reply came, so it is being killed
     */
    record Replied(TrialReply reply, boolean reusable) implements Answer {}

    /** The worker did not reply before its deadline and was killed. */
    record KilledAtDeadline() implements Answer {}

    /** The worker exited, or broke the protocol, before it replied. */
    record Lost(WorkerLostException cause) implements Answer {}

    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private final ScheduledExecutorService timer;

    private WorkerProcess(Process process, ScheduledExecutorService timer) {
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        this.timer = timer;
    }

    /**
     * Starts a worker with {@code command} and hands it {@code properties}; returns once it is ready.
     *
     * @param timer kills workers that pass a deadline
     * @throws WorkerLostException when the JVM does not start or does not answer the greeting in time
     */
    static WorkerProcess start(List<String> command, Map<String, String> properties, ScheduledExecutorService timer) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw WorkerLostException.notStarted("cannot run " + command.get(0) + ": " + e.getMessage());
        }
        forward(process.getErrorStream(), process.pid());
        WorkerProcess worker = new WorkerProcess(process, timer);
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> deadline = worker.killAt(START_LIMIT, killed);
        try {
            worker.toWorker.writeInt(Wire.HELLO);
            worker.toWorker.writeInt(properties.size());
            for (Map.Entry<String, String> property : properties.entrySet()) {
                Wire.writeString(worker.toWorker, property.getKey());
                Wire.writeString(worker.toWorker, property.getValue());
            }
            worker.toWorker.flush();
            Wire.expect(worker.fromWorker, Wire.READY, "the worker's answer to the greeting");
            return worker;
        } catch (IOException e) {
            worker.kill();
            throw WorkerLostException.notStarted((killed.get()
                            ? "it did not answer within " + START_LIMIT.toSeconds() + " s"
                            : "it ended with status " + worker.exitStatus() + " before it was ready (" + e.getMessage()
                                    + "; its standard error went to the engine's)")
                    + "; command: " + String.join(" ", command));
        } finally {
            deadline.cancel(false);
        }
    }

    /** The worker's process id. */
    long pid() {
        return process.pid();
    }

    /** Whether the worker JVM still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Runs one trial; kills the worker when it has not replied after {@code deadline} ({@code null}: no
     * deadline).
     */
    Answer run(TrialRequest request, Duration deadline) {
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> kill = deadline == null ? null : killAt(deadline, killed);
        try {
            request.write(toWorker);
            toWorker.flush();
            TrialReply reply = TrialReply.read(fromWorker);
            return new Replied(reply, kill == null || kill.cancel(false));
        } catch (Wire.CorruptStreamException e) {
            // a dying JVM prints its crash report to standard output: the exit status says more than the bytes
            int status = exitStatus(CORRUPT_EXIT_LIMIT);
            if (status < 0) {
                kill();
            }
            String left = forwardAvailable();
            if (killed.get()) {
                return new KilledAtDeadline();
            }
            Optional<String> crashReport = CrashReport.file(left);
            if (status >= 0 && (crashReport.isPresent() || left.contains(CrashReport.HEADLINE))) {
                return new Lost(WorkerLostException.crashed(status, pid(), crashReport));
            }
            return new Lost(
                    status < 0
                            ? WorkerLostException.corrupt(e.getMessage(), pid())
                            : WorkerLostException.exited(status, pid()));
        } catch (IOException e) {
            if (killed.get()) {
                return new KilledAtDeadline();
            }
            int status = exitStatus();
            if (status < 0) {
                kill();
                return new Lost(WorkerLostException.corrupt(
                        "the worker's pipe failed (" + (e instanceof EOFException ? "closed" : e.getMessage())
                                + ") but the worker JVM did not exit",
                        pid()));
            }
            return new Lost(WorkerLostException.exited(status, pid()));
        } finally {
            if (kill != null) {
                kill.cancel(false);
            }
        }
    }

    /** Asks the worker to end by closing its pipe; {@link #awaitExit} waits for it. */
    void closePipe() {
        try {
            toWorker.close();
        } catch (IOException e) {
            // the worker already ended
        }
    }

    /** Waits for the worker to end after {@link #closePipe}, killing it when it does not. */
    void awaitExit() {
        if (exitStatus() < 0) {
            kill();
        }
    }

    /** Kills the worker and waits for it to end. */
    void kill() {
        process.destroyForcibly();
        closePipe();
        exitStatus();
    }

    /** Waits up to {@link #EXIT_LIMIT} for the worker to exit; its exit status, or -1 while it runs. */
    private int exitStatus() {
        return exitStatus(EXIT_LIMIT);
    }

    /** Waits up to {@code limit} for the worker to exit; its exit status, or -1 while it runs. */
    private int exitStatus(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return process.isAlive() ? -1 : process.exitValue();
        }
    }

    /**
     * Copies what is left in the ended worker's pipe (its crash report, say) to {@code System.err}.
     *
     * @return what was left, as text
     */
    private String forwardAvailable() {
        try {
            byte[] left = new byte[Math.min(fromWorker.available(), 1 << 20)];
            int n = Math.max(0, fromWorker.read(left));
            System.err.write(left, 0, n);
            System.err.flush();
            return new String(left, 0, n, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private ScheduledFuture<?> killAt(Duration deadline, AtomicBoolean killed) {
        return timer.schedule(
                () -> {
                    killed.set(true);
                    process.destroyForcibly();
                },
                Math.max(1, deadline.toMillis()),
                TimeUnit.MILLISECONDS);
    }

    /** Copies the worker's standard error to this JVM's {@code System.err} until the worker ends. */
    private static void forward(InputStream errors, long pid) {
        Thread pump = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (errors) {
                        for (int n; (n = errors.read(buffer)) >= 0; ) {
                            PrintStream err = System.err;
                            err.write(buffer, 0, n);
                            err.flush();
                        }
                    } catch (IOException e) {
                        // the worker ended
                    }
                },
                "cohort worker " + pid + " stderr");
        pump.setDaemon(true);
        pump.start();
    }
}

package dev.cohort.runtime.worker;

import dev.cohort.results.TrialStatus;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.TrialOutcome;
import dev.cohort.runtime.TrialRunner;
import dev.cohort.runtime.TrialTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Runs trials in worker JVMs ({@code cohort.isolation=process}), so a trial that calls {@code
 * System.exit}, crashes or exhausts its JVM, or ignores its timeout costs only its own worker. Workers
 * start when a trial needs one and none is idle (so there are at most as many as trials run at once),
 * run one trial at a time and are reused, and end with {@link #close}. A worker is replaced when it
 * exits during a trial, when its trial does not reply by its deadline (its timeout and {@link #GRACE}), or
 * after its trial ran out of its timeout or threw a {@link VirtualMachineError} (an abandoned thread may
 * still run; a heap that ran out is not trusted); such trials are {@link TrialStatus#FAILED} with the
 * cause. Thread-safe.
 */
public final class WorkerPool implements AutoCloseable {

    /**
     * How long after its timeout a trial's worker is killed when it has not replied: the worker interrupts
     * the trial at the timeout itself and replies with where it was, unless it cannot.
     */
    static final Duration GRACE = Duration.ofSeconds(2);

    private final List<String> command;
    private final Deque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cohort worker deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    /**
     * A pool whose workers start with this JVM's options and class path, and {@code extraOptions} (for
     * example {@code -Xmx256m}).
     */
    public WorkerPool(List<String> extraOptions) {
        this.command = WorkerCommand.of(extraOptions);
    }

    /** The command line each worker starts with. */
    public List<String> command() {
        return command;
    }

    /**
     * Runs the trial of {@code configuration} with the seed at {@code seedIndex} in a worker, with {@code
     * timeout} ({@code null} for none) declared by {@code timeoutSource}. Never throws: what went wrong is
     * the outcome's failure.
     */
    public TrialOutcome run(
            ExperimentDefinition experiment,
            Configuration configuration,
            int seedIndex,
            Duration timeout,
            String timeoutSource) {
        if (closed) {
            throw new IllegalStateException("The worker pool is closed");
        }
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        WorkerProcess worker;
        try {
            worker = worker();
        } catch (WorkerLostException e) {
            return TrialOutcome.failed(experiment, configuration, seedIndex, start, startedAt, e);
        }
        TrialRequest request = TrialRequest.of(experiment, configuration, seedIndex, timeout, timeoutSource);
        WorkerProcess.Answer answer = worker.run(request, timeout == null ? null : timeout.plus(GRACE));
        String trial = TrialRunner.name(experiment, configuration, seedIndex);
        if (answer instanceof WorkerProcess.Replied replied) {
            TrialReply reply = replied.reply();
            if (reply.threw(TrialTimeoutException.class)) {
                retire(worker);
                return reply.withFailure(
                        experiment,
                        configuration,
                        seedIndex,
                        TrialTimeoutException.workerKilled(
                                trial, timeout, timeoutSource, reply.failure().stackTrace()));
            }
            if (!replied.reusable() || threwVirtualMachineError(reply) || !worker.isAlive()) {
                retire(worker);
            } else {
                release(worker);
            }
            return reply.toOutcome(experiment, configuration, seedIndex);
        }
        retire(worker);
        Throwable failure = answer instanceof WorkerProcess.Lost lost
                ? lost.cause()
                : TrialTimeoutException.workerKilled(trial, timeout, timeoutSource, new StackTraceElement[0]);
        return TrialOutcome.failed(experiment, configuration, seedIndex, start, startedAt, failure);
    }

    /** An idle worker that still runs, or a new one. */
    private WorkerProcess worker() {
        for (WorkerProcess worker; (worker = idle.pollFirst()) != null; ) {
            if (worker.isAlive()) {
                return worker;
            }
            worker.kill();
        }
        return WorkerProcess.start(command, properties(), timer);
    }

    private void release(WorkerProcess worker) {
        if (closed) {
            worker.closePipe();
            worker.awaitExit();
        } else {
            idle.addFirst(worker);
        }
    }

    private void retire(WorkerProcess worker) {
        worker.kill();
    }

    private static boolean threwVirtualMachineError(TrialReply reply) {
        if (reply.failure() == null) {
            return false;
        }
        try {
            return VirtualMachineError.class.isAssignableFrom(
                    Class.forName(reply.failure().type(), false, WorkerPool.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The system properties a new worker takes over when it lacks them (set in this JVM at run time). */
    private static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key instanceof String k && value instanceof String v) {
                properties.put(k, v);
            }
        });
        return properties;
    }

    /** Ends every worker: idle ones at once (their pipes closed, then killed when they do not exit). */
    @Override
    public void close() {
        closed = true;
        List<WorkerProcess> ending = new ArrayList<>();
        for (WorkerProcess worker; (worker = idle.pollFirst()) != null; ) {
            worker.closePipe();
            ending.add(worker);
        }
        ending.forEach(WorkerProcess::awaitExit);
        timer.shutdownNow();
    }
}

package dev.cohort.runtime;

import dev.cohort.results.InstantText;
import dev.cohort.results.TrialStatus;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one trial: makes an instance of the experiment class with its no-argument constructor (which
 * may be non-public), invokes the method with the configuration's values and a {@link RecordingTrial},
 * and times it.
 *
 * <p>A trial never throws: what the method (or the constructor) threw is the outcome's {@link
 * TrialOutcome#failure() failure}, with status {@link TrialStatus#FAILED}, or {@link
 * TrialStatus#ABORTED} for an opentest4j {@code TestAbortedException} (a failed assumption). Also
 * failed:
 *
 * <ul>
 *   <li>a trial that returns without recording a metric or logging a curve point ({@link
 *       NothingRecordedException}), since counting it would silently lower n;
 *   <li>a trial that runs longer than its timeout ({@link TrialTimeoutException}): with a timeout the
 *       trial runs on a thread of its own, which is interrupted when the limit passes and then
 *       abandoned (a daemon thread; Java cannot stop a thread that ignores interrupts), so the caller
 *       moves on to the next trial at once;
 *   <li>a trial that runs out of memory or stack ({@link VirtualMachineError}): its metrics and curve
 *       buffers are released before the outcome is made, so the other trials keep their memory.
 * </ul>
 */
public final class TrialRunner {

    private static final String ABORTED_EXCEPTION = "org.opentest4j.TestAbortedException";

    /**
     * The no-argument constructor of each experiment class, made accessible, looked up once rather than
     * per trial; {@code null} for a class without one, whose trials fail naming it.
     */
    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    private TrialRunner() {}

    /** Runs the trial of {@code configuration} with the seed at {@code seedIndex}, without a time limit. */
    public static TrialOutcome run(ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        return runHere(experiment, configuration, seedIndex);
    }

    /**
     * Runs the trial of {@code configuration} with the seed at {@code seedIndex}; when {@code timeout} is
     * not {@code null}, on a thread of its own that is interrupted and abandoned after {@code timeout}.
     *
     * @param timeoutSource where the timeout comes from, named in the failure
     */
    public static TrialOutcome run(
            ExperimentDefinition experiment,
            Configuration configuration,
            int seedIndex,
            Duration timeout,
            String timeoutSource) {
        if (timeout == null) {
            return runHere(experiment, configuration, seedIndex);
        }
        AtomicReference<TrialOutcome> result = new AtomicReference<>();
        String name = name(experiment, configuration, seedIndex);
        Thread thread = new Thread(() -> result.set(runHere(experiment, configuration, seedIndex)), "cohort " + name);
        thread.setDaemon(true);
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        thread.start();
        try {
            // join, not a future: a ForkJoinPool worker blocking on a future may get a compensating
            // worker, which would run more trials at once than configured
            thread.join(Math.max(1, timeout.toMillis()));
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            return TrialOutcome.failed(experiment, configuration, seedIndex, start, startedAt, e);
        }
        TrialOutcome outcome = result.get();
        if (outcome != null) {
            return outcome;
        }
        StackTraceElement[] where = thread.getStackTrace();
        thread.interrupt();
        return TrialOutcome.failed(
                experiment,
                configuration,
                seedIndex,
                start,
                startedAt,
                new TrialTimeoutException(name, timeout, timeoutSource, where, thread));
    }

    private static TrialOutcome runHere(ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        RecordingTrial trial = new RecordingTrial(experiment.seed(seedIndex), seedIndex, configuration);
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            invoke(experiment, experiment.arguments(configuration, trial));
        } catch (Throwable t) { // the trial's failure is its result, whatever it is
            failure = t;
        }
        if (failure instanceof VirtualMachineError) {
            trial = null; // release the trial's metrics and curve buffers before anything else is allocated
            return TrialOutcome.failed(experiment, configuration, seedIndex, start, startedAt, failure);
        }
        if (failure == null && trial.metrics().isEmpty() && trial.curves().isEmpty()) {
            failure = new NothingRecordedException(name(experiment, configuration, seedIndex));
        }
        double durationMs = (System.nanoTime() - start) / 1e6;
        TrialStatus status =
                failure == null ? TrialStatus.SUCCESSFUL : isAbort(failure) ? TrialStatus.ABORTED : TrialStatus.FAILED;
        return new TrialOutcome(
                experiment,
                configuration,
                seedIndex,
                status,
                trial.metrics(),
                trial.curves(),
                durationMs,
                InstantText.of(startedAt),
                failure);
    }

    /** The trial as named in messages: {@code tracking[alpha=0.01] seed #3 (130479)}. */
    public static String name(ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        return experiment.method().getName() + "[" + configuration.id() + "] seed #" + seedIndex + " ("
                + experiment.seed(seedIndex) + ")";
    }

    private static void invoke(ExperimentDefinition experiment, Object[] arguments) throws Throwable {
        Method method = experiment.method();
        try {
            Object target = Modifier.isStatic(method.getModifiers()) ? null : instantiate(experiment.testClass());
            method.setAccessible(true);
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object instantiate(Class<?> type) throws Throwable {
        Constructor<?> constructor = CONSTRUCTORS.get(type);
        if (constructor == null) {
            throw new IllegalStateException(
                    type.getName() + " needs a constructor without parameters to run its experiments",
                    new NoSuchMethodException(type.getName() + ".<init>()"));
        }
        return constructor.newInstance();
    }

    private static boolean isAbort(Throwable failure) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(ABORTED_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }
}

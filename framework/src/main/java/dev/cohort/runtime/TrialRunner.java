package dev.cohort.runtime;

import dev.cohort.results.TrialStatus;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;

/**
 * Runs one trial: makes an instance of the experiment class with its no-argument constructor (which
 * may be non-public), invokes the method with the configuration's values and a {@link RecordingTrial},
 * and times it.
 *
 * <p>A trial never throws: what the method (or the constructor) threw is the outcome's {@link
 * TrialOutcome#failure() failure}, with status {@link TrialStatus#FAILED}, or {@link
 * TrialStatus#ABORTED} for an opentest4j {@code TestAbortedException} (a failed assumption).
 */
public final class TrialRunner {

    private static final String ABORTED_EXCEPTION = "org.opentest4j.TestAbortedException";

    private TrialRunner() {}

    /** Runs the trial of {@code configuration} with the seed at {@code seedIndex}. */
    public static TrialOutcome run(ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        RecordingTrial trial = new RecordingTrial(experiment.seed(seedIndex), seedIndex, configuration.values());
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            invoke(experiment, experiment.arguments(configuration, trial));
        } catch (Throwable t) { // the trial's failure is its result, whatever it is
            failure = t;
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
                startedAt.toString(),
                failure);
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
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(
                    type.getName() + " needs a constructor without parameters to run its experiments", e);
        }
        constructor.setAccessible(true);
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

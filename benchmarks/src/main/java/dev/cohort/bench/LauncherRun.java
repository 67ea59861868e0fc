package dev.cohort.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** One run of a class through the JUnit Platform Launcher, discovery and execution timed together. */
final class LauncherRun {

    private static final Launcher LAUNCHER = LauncherFactory.create();

    private LauncherRun() {}

    /**
     * Runs {@code type} on engine {@code engine} with the given configuration parameters; returns the wall
     * time in nanoseconds.
     *
     * @throws IllegalStateException when not exactly {@code expected} tests succeeded
     */
    static long run(String engine, Class<?> type, Map<String, String> parameters, long expected) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(type))
                .filters(EngineFilter.includeEngines(engine))
                .configurationParameters(parameters)
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        long start = System.nanoTime();
        LAUNCHER.execute(request, listener);
        long elapsed = System.nanoTime() - start;
        TestExecutionSummary summary = listener.getSummary();
        if (summary.getTestsSucceededCount() != expected || summary.getTotalFailureCount() != 0) {
            throw new IllegalStateException(type.getSimpleName() + " on " + engine + ": "
                    + summary.getTestsSucceededCount() + " of " + expected + " tests succeeded, "
                    + summary.getTotalFailureCount() + " failed");
        }
        return elapsed;
    }
}

package dev.cohort.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a study through the JUnit Platform Launcher in a JVM of its own, as Surefire would, so a test can
 * kill it: {@code StudyMain <results directory> <experiment class>}.
 */
public final class StudyMain {

    private StudyMain() {}

    /** Runs the experiments of the class named by {@code args[1]} into the results directory {@code args[0]}. */
    public static void main(String[] args) throws ClassNotFoundException {
        LauncherFactory.create()
                .execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(Class.forName(args[1])))
                        .filters(org.junit.platform.launcher.EngineFilter.includeEngines(CohortTestEngine.ENGINE_ID))
                        .configurationParameter(CohortConfiguration.RESULTS, args[0])
                        .configurationParameter(CohortConfiguration.PARALLELISM, "4")
                        .configurationParameter(CohortConfiguration.PROGRESS, "false")
                        .build());
    }
}

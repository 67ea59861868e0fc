package dev.cohort.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a study through the JUnit Platform Launcher in a JVM of its own, as Surefire would, so a test can
 * kill it: {@code StudyMain <results directory> <experiment class> [key=value...]}, the optional
 * arguments being configuration parameters that override the defaults (parallelism 4, no progress lines).
 */
public final class StudyMain {

    private StudyMain() {}

    /** Runs the experiments of the class named by {@code args[1]} into the results directory {@code args[0]}. */
    public static void main(String[] args) throws ClassNotFoundException {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Class.forName(args[1])))
                .filters(org.junit.platform.launcher.EngineFilter.includeEngines(CohortTestEngine.ENGINE_ID))
                .configurationParameter(CohortConfiguration.RESULTS, args[0])
                .configurationParameter(CohortConfiguration.PARALLELISM, "4")
                .configurationParameter(CohortConfiguration.PROGRESS, "false");
        for (int i = 2; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            request.configurationParameter(args[i].substring(0, equals), args[i].substring(equals + 1));
        }
        LauncherFactory.create().execute(request.build());
    }
}

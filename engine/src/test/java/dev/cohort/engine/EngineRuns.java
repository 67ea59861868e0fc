package dev.cohort.engine;

import dev.cohort.results.TrialResult;
import dev.cohort.results.store.JsonLinesResultReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs the engine through the test kit with a results directory, and reads the results back. */
final class EngineRuns {

    private EngineRuns() {}

    static EngineTestKit.Builder engine(Path results) {
        return EngineTestKit.engine(CohortTestEngine.ENGINE_ID)
                .configurationParameter(CohortConfiguration.RESULTS, results.toString())
                .configurationParameter(CohortConfiguration.PARALLELISM, "2")
                .configurationParameter(CohortConfiguration.PROGRESS, "false");
    }

    static EngineExecutionResults execute(Path results, DiscoverySelector... selectors) {
        return engine(results).selectors(selectors).execute();
    }

    static List<TrialResult> trials(Path results) {
        try {
            var loaded = JsonLinesResultReader.read(results);
            if (!loaded.problems().isEmpty()) {
                throw new AssertionError("Unreadable result lines: " + loaded.problems());
            }
            return loaded.trials();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The metrics of every trial by {@code experiment | config | seed}, sorted. */
    static Map<String, Map<String, Double>> metricsByTrial(Path results) {
        Map<String, Map<String, Double>> metrics = new TreeMap<>();
        for (TrialResult trial : trials(results)) {
            metrics.put(trial.experiment() + " | " + trial.configId() + " | " + trial.seed(), trial.metrics());
        }
        return metrics;
    }
}

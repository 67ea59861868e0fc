package dev.cohort.engine;

import java.nio.file.Path;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's settings, read once from the configuration parameters ({@code junit-platform.properties},
 * Surefire's {@code configurationParameters}, or {@code -D} system properties).
 *
 * @param parallelism how many trials run at once ({@value #PARALLELISM}, default: available processors)
 * @param resultsDirectory where the run's results file goes ({@value #RESULTS_DIR}, default {@value
 *     #DEFAULT_RESULTS_DIR}, relative to the working directory)
 */
public record CohortConfiguration(int parallelism, Path resultsDirectory) {

    /** The configuration parameter naming how many trials run at once. */
    public static final String PARALLELISM = "cohort.parallelism";

    /** The configuration parameter naming the results directory. */
    public static final String RESULTS_DIR = "cohort.results.dir";

    /** The results directory when none is configured. */
    public static final String DEFAULT_RESULTS_DIR = "target/cohort/results";

    /** Checks the values. */
    public CohortConfiguration {
        if (parallelism < 1) {
            throw new IllegalArgumentException(PARALLELISM + " must be at least 1, was " + parallelism);
        }
    }

    /**
     * Reads the configuration.
     *
     * @throws IllegalArgumentException when a value is malformed
     */
    public static CohortConfiguration from(ConfigurationParameters parameters) {
        int parallelism = parameters
                .get(PARALLELISM)
                .map(String::strip)
                .map(CohortConfiguration::parsePositive)
                .orElseGet(() -> Runtime.getRuntime().availableProcessors());
        Path results = Path.of(parameters
                .get(RESULTS_DIR)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(DEFAULT_RESULTS_DIR));
        return new CohortConfiguration(parallelism, results);
    }

    private static int parsePositive(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PARALLELISM + " must be a positive integer, was \"" + text + "\"", e);
        }
    }
}

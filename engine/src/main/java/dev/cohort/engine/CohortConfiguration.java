package dev.cohort.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's settings, read once from the configuration parameters ({@code junit-platform.properties},
 * Surefire's {@code configurationParameters}, or {@code -D} system properties).
 *
 * @param parallelism how many trials run at once ({@value #PARALLELISM}, default: available processors)
 * @param resultsDirectory where the run's results file goes ({@value #RESULTS_DIR}, default {@value
 *     #DEFAULT_RESULTS_DIR}, relative to the working directory)
 * @param progress whether the engine prints progress lines to standard error ({@value #PROGRESS}, default
 *     {@code true})
 * @param progressInterval how often it prints them while trials run ({@value #PROGRESS_INTERVAL}, in
 *     seconds, default {@value #DEFAULT_PROGRESS_INTERVAL_SECONDS})
 */
public record CohortConfiguration(int parallelism, Path resultsDirectory, boolean progress, Duration progressInterval) {

    /** The configuration parameter naming how many trials run at once. */
    public static final String PARALLELISM = "cohort.parallelism";

    /** The configuration parameter naming the results directory. */
    public static final String RESULTS_DIR = "cohort.results.dir";

    /** The configuration parameter switching progress lines on ({@code true}) or off ({@code false}). */
    public static final String PROGRESS = "cohort.progress";

    /** The configuration parameter naming the seconds between progress lines (decimals allowed). */
    public static final String PROGRESS_INTERVAL = "cohort.progress.interval";

    /** The results directory when none is configured. */
    public static final String DEFAULT_RESULTS_DIR = "target/cohort/results";

    /** The seconds between progress lines when none is configured. */
    public static final int DEFAULT_PROGRESS_INTERVAL_SECONDS = 10;

    /** Checks the values. */
    public CohortConfiguration {
        if (parallelism < 1) {
            throw new IllegalArgumentException(PARALLELISM + " must be at least 1, was " + parallelism);
        }
        Objects.requireNonNull(resultsDirectory, "resultsDirectory");
        Objects.requireNonNull(progressInterval, "progressInterval");
        if (progressInterval.isNegative() || progressInterval.isZero()) {
            throw new IllegalArgumentException(PROGRESS_INTERVAL + " must be positive, was " + progressInterval);
        }
    }

    /** A configuration with default progress settings. */
    public CohortConfiguration(int parallelism, Path resultsDirectory) {
        this(parallelism, resultsDirectory, true, Duration.ofSeconds(DEFAULT_PROGRESS_INTERVAL_SECONDS));
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
        boolean progress = parameters
                .get(PROGRESS)
                .map(String::strip)
                .map(CohortConfiguration::parseBoolean)
                .orElse(true);
        Duration interval = parameters
                .get(PROGRESS_INTERVAL)
                .map(String::strip)
                .map(CohortConfiguration::parseSeconds)
                .orElse(Duration.ofSeconds(DEFAULT_PROGRESS_INTERVAL_SECONDS));
        return new CohortConfiguration(parallelism, results, progress, interval);
    }

    private static int parsePositive(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PARALLELISM + " must be a positive integer, was \"" + text + "\"", e);
        }
    }

    private static boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(PROGRESS + " must be true or false, was \"" + text + "\"");
        };
    }

    private static Duration parseSeconds(String text) {
        try {
            double seconds = Double.parseDouble(text);
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new NumberFormatException("not positive");
            }
            return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    PROGRESS_INTERVAL + " must be a positive number of seconds, was \"" + text + "\"", e);
        }
    }
}

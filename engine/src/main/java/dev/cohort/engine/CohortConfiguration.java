package dev.cohort.engine;

import dev.cohort.results.Shard;
import dev.cohort.results.TrialStage;
import dev.cohort.runtime.TrialTimeout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's settings, read once from the configuration parameters ({@code junit-platform.properties},
 * Surefire's {@code configurationParameters}, or {@code -D} system properties).
 *
 * @param parallelism how many trials run at once ({@value #PARALLELISM}, default: available processors)
 * @param resultsDirectory where the run's results file goes ({@value #RESULTS}, or its older name {@value
 *     #RESULTS_DIR}; default {@value #DEFAULT_RESULTS_DIR}, relative to the working directory)
 * @param progress whether the engine prints progress lines to standard error ({@value #PROGRESS}, default
 *     {@code true})
 * @param progressInterval how often it prints them while trials run ({@value #PROGRESS_INTERVAL}, in
 *     seconds, default {@value #DEFAULT_PROGRESS_INTERVAL_SECONDS})
 * @param resume whether trials whose latest stored result is successful are skipped ({@value #RESUME},
 *     default {@code false})
 * @param rerun which trials run ({@value #RERUN}): {@link Rerun#ALL} (default) or only those whose
 *     latest stored result failed ({@link Rerun#FAILED})
 * @param trialTimeout the longest one trial may run when its experiment declares no timeout ({@value
 *     #TRIAL_TIMEOUT}; for example {@code 30m}, {@code 90s} or {@code PT2H}), or {@code null} for no limit
 * @param shard the part of the study this execution runs ({@value #SHARD}, for example {@code 2/4};
 *     when unset, the Slurm job array task's, else the whole study)
 * @param isolation where trials run ({@value #ISOLATION}): on the engine's threads (default) or in worker JVMs
 * @param workerJvmArgs the options worker JVMs get after this JVM's ({@value #WORKER_JVM_ARGS}, separated by
 *     spaces; default none)
 * @param stage which stages of experiments with {@code @Confirm} run ({@value #STAGE}): {@code null} for the
 *     default (tuning then confirmation; tuning alone in a shard), else only the one named
 */
public record CohortConfiguration(
        int parallelism,
        Path resultsDirectory,
        boolean progress,
        Duration progressInterval,
        boolean resume,
        Rerun rerun,
        Duration trialTimeout,
        Shard shard,
        Isolation isolation,
        TrialStage stage,
        List<String> workerJvmArgs) {

    /** Which trials an execution runs. */
    public enum Rerun {
        /** Every selected trial (with {@code cohort.resume=true}: every one not yet done). */
        ALL,
        /** Only the selected trials whose latest stored result is {@code FAILED}. */
        FAILED
    }

    /** Where trials run. */
    public enum Isolation {
        /** On the engine's threads, in the engine's JVM. */
        THREAD,
        /** In a pool of worker JVMs, so a trial that ends or exhausts its JVM costs only its own worker. */
        PROCESS
    }

    /** The configuration parameter naming how many trials run at once. */
    public static final String PARALLELISM = "cohort.parallelism";

    /**
     * The configuration parameter naming the results directory: the same property the Maven goals read
     * it from, so {@code mvn verify -Dcohort.results=DIR} runs and reports in one directory.
     */
    public static final String RESULTS = "cohort.results";

    /** The older name of {@link #RESULTS}, still read; setting both to different directories is an error. */
    public static final String RESULTS_DIR = "cohort.results.dir";

    /** The configuration parameter switching progress lines on ({@code true}) or off ({@code false}). */
    public static final String PROGRESS = "cohort.progress";

    /** The configuration parameter naming the seconds between progress lines (decimals allowed). */
    public static final String PROGRESS_INTERVAL = "cohort.progress.interval";

    /** The configuration parameter that skips trials already stored as successful ({@code true}). */
    public static final String RESUME = "cohort.resume";

    /** The configuration parameter choosing which trials run: {@code all} or {@code failed}. */
    public static final String RERUN = "cohort.rerun";

    /** The configuration parameter limiting each trial's wall time (experiments may declare their own). */
    public static final String TRIAL_TIMEOUT = "cohort.trial.timeout";

    /**
     * The configuration parameter choosing the part of the study this execution runs, {@code
     * index/count} counted from 0 (for example {@code 0/4}). Unset: the Slurm job array task's part
     * ({@link Shard#fromSlurm}), outside a job array the whole study.
     */
    public static final String SHARD = "cohort.shard";

    /** The configuration parameter choosing where trials run: {@code thread} (default) or {@code process}. */
    public static final String ISOLATION = "cohort.isolation";

    /**
     * The configuration parameter adding JVM options to worker JVMs ({@code cohort.isolation=process}),
     * after the engine JVM's own, for example {@code -Xmx2g -XX:+UseParallelGC}; separated by spaces.
     */
    public static final String WORKER_JVM_ARGS = "cohort.worker.jvmArgs";

    /**
     * The configuration parameter choosing which stage of experiments with {@code @Confirm} runs: {@code
     * tuning} or {@code confirmation}; unset, both (tuning alone in a shard).
     */
    public static final String STAGE = "cohort.stage";

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
        Objects.requireNonNull(rerun, "rerun");
        if (trialTimeout != null && (trialTimeout.isNegative() || trialTimeout.isZero())) {
            throw new IllegalArgumentException(TRIAL_TIMEOUT + " must be positive, was " + trialTimeout);
        }
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(isolation, "isolation");
        if (stage == TrialStage.CONFIRMATION && !shard.isWhole()) {
            throw new IllegalArgumentException(STAGE + "=confirmation runs the confirmation stage of every selected"
                    + " experiment in one execution, after all tuning shards ended; it cannot run as shard "
                    + shard.label() + " (unset " + SHARD + ", or run it outside the Slurm job array)");
        }
        workerJvmArgs = List.copyOf(workerJvmArgs);
    }

    /** Whether the execution needs to know the stored trials: when resuming or re-running failed ones. */
    public boolean readsStoredTrials() {
        return resume || rerun == Rerun.FAILED;
    }

    /**
     * Reads the configuration, and the Slurm job array variables of this process's environment when
     * {@value #SHARD} is unset.
     *
     * @throws IllegalArgumentException when a value is malformed
     */
    public static CohortConfiguration from(ConfigurationParameters parameters) {
        return from(parameters, System::getenv);
    }

    /**
     * Reads the configuration, and the Slurm job array variables of {@code environment} when {@value
     * #SHARD} is unset.
     *
     * @throws IllegalArgumentException when a value is malformed, naming the parameter or variable
     */
    static CohortConfiguration from(ConfigurationParameters parameters, Function<String, String> environment) {
        int parallelism = parameters
                .get(PARALLELISM)
                .map(String::strip)
                .map(CohortConfiguration::parsePositive)
                .orElseGet(() -> Runtime.getRuntime().availableProcessors());
        Path results = resultsDirectory(parameters);
        boolean progress = parameters
                .get(PROGRESS)
                .map(String::strip)
                .map(text -> parseBoolean(PROGRESS, text))
                .orElse(true);
        boolean resume = parameters
                .get(RESUME)
                .map(String::strip)
                .map(text -> parseBoolean(RESUME, text))
                .orElse(false);
        Rerun rerun = parameters
                .get(RERUN)
                .map(String::strip)
                .map(CohortConfiguration::parseRerun)
                .orElse(Rerun.ALL);
        Duration timeout = parameters
                .get(TRIAL_TIMEOUT)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(text -> TrialTimeout.parse(text, "configuration parameter " + TRIAL_TIMEOUT))
                .orElse(null);
        Duration interval = parameters
                .get(PROGRESS_INTERVAL)
                .map(String::strip)
                .map(CohortConfiguration::parseSeconds)
                .orElse(Duration.ofSeconds(DEFAULT_PROGRESS_INTERVAL_SECONDS));
        Shard shard = parameters
                .get(SHARD)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(text -> Shard.parse(text, "configuration parameter " + SHARD))
                .or(() -> Shard.fromSlurm(environment))
                .orElse(Shard.whole());
        Isolation isolation = parameters
                .get(ISOLATION)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(CohortConfiguration::parseIsolation)
                .orElse(Isolation.THREAD);
        TrialStage stage = parameters
                .get(STAGE)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(CohortConfiguration::parseStage)
                .orElse(null);
        List<String> workerJvmArgs = parameters
                .get(WORKER_JVM_ARGS)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(text -> List.of(text.split("\\s+")))
                .orElse(List.of());
        return new CohortConfiguration(
                parallelism,
                results,
                progress,
                interval,
                resume,
                rerun,
                timeout,
                shard,
                isolation,
                stage,
                workerJvmArgs);
    }

    /** {@value #RESULTS}, else {@value #RESULTS_DIR}, else the default; the two names must agree. */
    private static Path resultsDirectory(ConfigurationParameters parameters) {
        Optional<String> canonical = nonBlank(parameters, RESULTS);
        Optional<String> older = nonBlank(parameters, RESULTS_DIR);
        if (canonical.isPresent()
                && older.isPresent()
                && !Path.of(canonical.get())
                        .normalize()
                        .equals(Path.of(older.get()).normalize())) {
            throw new IllegalArgumentException(RESULTS + " (\"" + canonical.get() + "\") and " + RESULTS_DIR + " (\""
                    + older.get() + "\") are two names for the results directory and disagree; set " + RESULTS
                    + " alone");
        }
        return Path.of(canonical.or(() -> older).orElse(DEFAULT_RESULTS_DIR));
    }

    private static Optional<String> nonBlank(ConfigurationParameters parameters, String key) {
        return parameters.get(key).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static int parsePositive(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PARALLELISM + " must be a positive integer, was \"" + text + "\"", e);
        }
    }

    private static boolean parseBoolean(String name, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, was \"" + text + "\"");
        };
    }

    private static Rerun parseRerun(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "all", "" -> Rerun.ALL;
            case "failed" -> Rerun.FAILED;
            default -> throw new IllegalArgumentException(RERUN + " must be all or failed, was \"" + text + "\"");
        };
    }

    private static Isolation parseIsolation(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "thread" -> Isolation.THREAD;
            case "process" -> Isolation.PROCESS;
            default ->
                throw new IllegalArgumentException(ISOLATION + " must be thread or process, was \"" + text + "\"");
        };
    }

    private static TrialStage parseStage(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "tuning" -> TrialStage.TUNING;
            case "confirmation" -> TrialStage.CONFIRMATION;
            default ->
                throw new IllegalArgumentException(STAGE + " must be tuning or confirmation, was \"" + text + "\"");
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

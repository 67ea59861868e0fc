package dev.cohort.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The comparison of configurations across tasks (SPEC section 5, {@code tasks.aggregate}).
 *
 * @param configs one row per configuration (without the task parameter), in configuration order
 * @param friedman R's {@code friedman.test} on the tasks x configurations matrix of task scores
 * @param imanDavenport the Iman-Davenport F form of the Friedman statistic
 * @param nemenyi the Nemenyi critical difference of mean ranks
 * @param pairs every pair of configurations, a before b in configuration order
 * @param profiles one performance profile per configuration with a value on every task, in configuration
 *     order (none when the normalised scores are undefined)
 * @param bootstrap the stratified bootstrap behind every interval
 */
public record TaskAggregate(
        List<AggregateScores> configs,
        Friedman friedman,
        ImanDavenport imanDavenport,
        Nemenyi nemenyi,
        List<TaskPair> pairs,
        List<PerformanceProfile> profiles,
        StratifiedBootstrap bootstrap) {

    /** Copies the lists; every part is present (undefined statistics carry their reasons). */
    public TaskAggregate {
        configs = List.copyOf(configs);
        Objects.requireNonNull(friedman, "friedman");
        Objects.requireNonNull(imanDavenport, "imanDavenport");
        Objects.requireNonNull(nemenyi, "nemenyi");
        pairs = List.copyOf(pairs);
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(bootstrap, "bootstrap");
    }
}

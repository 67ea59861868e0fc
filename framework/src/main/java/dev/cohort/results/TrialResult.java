package dev.cohort.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cohort.Goal;
import java.util.Map;

/**
 * The outcome of one trial (one configuration with one seed): one line of the results store.
 *
 * @param experiment the experiment id
 * @param config the swept parameter values by name, in declaration order
 * @param seed the trial's seed
 * @param seedIndex the position of the seed among the experiment's seeds
 * @param status how the trial ended
 * @param metrics the scalar metrics recorded with {@code Trial.record}, in recording order
 * @param durationMs the wall time of the trial in milliseconds
 * @param error why the trial failed, or {@code null}
 * @param goals the declared direction of metrics, by metric name (undeclared metrics are absent)
 * @param curves the file holding the trial's learning curves, relative to the results file's directory,
 *     or {@code null} when the trial logged none
 * @param startedAt when the trial started, as an ISO-8601 instant, or {@code null}
 * @param configIndex the position of the configuration in the experiment's declared order (the cartesian
 *     product of the sweeps), from 0, or {@code null} when unknown; reports list configurations in this
 *     order, whatever order parallel trials finished in
 * @param run what produced the trial (code version, JVM, host, run start), or {@code null} for lines
 *     written before runs were recorded
 * @param stage the stage of the experiment the trial belongs to; {@link TrialStage#TUNING} (the default,
 *     stored without the field) unless the experiment confirms its winners ({@code @Confirm})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrialResult(
        String experiment,
        Map<String, Object> config,
        long seed,
        int seedIndex,
        TrialStatus status,
        Map<String, Double> metrics,
        double durationMs,
        TrialError error,
        Map<String, Goal> goals,
        String curves,
        String startedAt,
        Integer configIndex,
        RunInfo run,

        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = TuningStageFilter.class)
        TrialStage stage) {

    /** Copies the maps, keeping their order, so a result cannot change once made; no stage means tuning. */
    public TrialResult {
        config = frozen(config);
        metrics = metrics(metrics);
        goals = frozen(goals);
        stage = stage == null ? TrialStage.TUNING : stage;
    }

    /** A trial of the tuning stage, the only stage of an experiment without {@code @Confirm}. */
    public TrialResult(
            String experiment,
            Map<String, Object> config,
            long seed,
            int seedIndex,
            TrialStatus status,
            Map<String, Double> metrics,
            double durationMs,
            TrialError error,
            Map<String, Goal> goals,
            String curves,
            String startedAt,
            Integer configIndex,
            RunInfo run) {
        this(
                experiment,
                config,
                seed,
                seedIndex,
                status,
                metrics,
                durationMs,
                error,
                goals,
                curves,
                startedAt,
                configIndex,
                run,
                TrialStage.TUNING);
    }

    /** Whether the trial belongs to the confirmation stage of a {@code @Confirm} experiment. */
    @JsonIgnore
    public boolean isConfirmation() {
        return stage == TrialStage.CONFIRMATION;
    }

    /** The configuration id, for example {@code alpha=0.01, algorithm=IDBD}. */
    @JsonIgnore
    public String configId() {
        return ConfigId.of(config);
    }

    /** Whether the trial completed and its metrics count in the analysis. */
    @JsonIgnore
    public boolean isSuccessful() {
        return status == TrialStatus.SUCCESSFUL;
    }

    /**
     * The same trial with its configuration and goals replaced by equal maps shared with other trials
     * (the reader keeps one instance per distinct configuration), and the experiment id shared too.
     */
    public TrialResult sharing(Interner interner) {
        return new TrialResult(
                interner.string(experiment),
                interner.map(config),
                seed,
                seedIndex,
                status,
                metrics instanceof MetricMap m ? m.sharingKeys(interner) : metrics,
                durationMs,
                error,
                interner.map(goals),
                curves,
                startedAt,
                configIndex,
                interner.run(run),
                stage);
    }

    private static Map<String, Double> metrics(Map<String, Double> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, Double> compact = MetricMap.copyOf(map);
        return compact != null ? compact : FrozenMap.copyOf(map);
    }

    /** Leaves the default stage out of the stored line, so ordinary trials keep the format they always had. */
    static final class TuningStageFilter {
        @Override
        public boolean equals(Object value) {
            return value == null || value == TrialStage.TUNING;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return map == null || map.isEmpty() ? Map.of() : FrozenMap.copyOf(map);
    }
}

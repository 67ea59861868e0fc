package dev.cohort.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.cohort.Goal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment's declaration as the engine recorded it next to the results
 * ({@code experiments/<hash>.json} under the results directory), so that goals checking expectations
 * or progress need the results directory alone, not the compiled experiment classes.
 *
 * @param experiment the experiment id
 * @param description what the experiment asks, or empty
 * @param testClass the class the experiment ran in
 * @param method the experiment method's name
 * @param parameters the swept parameters' values by parameter name, in declaration order
 * @param configurations every configuration the design chose (by default the cartesian product), in run order
 * @param seeds the seeds every configuration runs
 * @param goals the declared metric directions
 * @param expectations the {@code @Expect} declarations
 * @param recordedAt when the engine wrote the manifest, as an ISO-8601 instant
 * @param design how the configurations were chosen, or {@code null} in manifests written before designs
 *     were recorded
 * @param task the parameter declared with {@code @Task} and its normalisation, or {@code null} when the
 *     experiment has none
 * @param confirmation how the experiment's winners are confirmed on fresh seeds ({@code @Confirm}), or
 *     {@code null} when it has no confirmation stage
 * @param bounds the ranges declared with {@code @Metric(min, max)}, by metric name (only metrics that
 *     declare a finite end; empty in manifests written before bounds were recorded)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperimentManifest(
        String experiment,
        String description,
        String testClass,
        String method,
        Map<String, List<Object>> parameters,
        List<Map<String, Object>> configurations,
        List<Long> seeds,
        Map<String, Goal> goals,
        List<Expectation> expectations,
        String recordedAt,
        DesignRecord design,
        TaskDeclaration task,
        ConfirmationDeclaration confirmation,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, MetricBounds> bounds) {

    /** Copies the collections, keeping their order; {@code null} collections become empty. */
    public ExperimentManifest {
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        configurations = configurations == null
                ? List.of()
                : configurations.stream()
                        .map(c -> Collections.unmodifiableMap(new LinkedHashMap<>(c)))
                        .toList();
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        goals = goals == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(goals));
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
        bounds = bounds == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bounds));
    }

    /** An experiment whose metrics declare no bounds. */
    public ExperimentManifest(
            String experiment,
            String description,
            String testClass,
            String method,
            Map<String, List<Object>> parameters,
            List<Map<String, Object>> configurations,
            List<Long> seeds,
            Map<String, Goal> goals,
            List<Expectation> expectations,
            String recordedAt,
            DesignRecord design,
            TaskDeclaration task,
            ConfirmationDeclaration confirmation) {
        this(
                experiment,
                description,
                testClass,
                method,
                parameters,
                configurations,
                seeds,
                goals,
                expectations,
                recordedAt,
                design,
                task,
                confirmation,
                Map.of());
    }

    /** An experiment without a confirmation stage. */
    public ExperimentManifest(
            String experiment,
            String description,
            String testClass,
            String method,
            Map<String, List<Object>> parameters,
            List<Map<String, Object>> configurations,
            List<Long> seeds,
            Map<String, Goal> goals,
            List<Expectation> expectations,
            String recordedAt,
            DesignRecord design,
            TaskDeclaration task) {
        this(
                experiment,
                description,
                testClass,
                method,
                parameters,
                configurations,
                seeds,
                goals,
                expectations,
                recordedAt,
                design,
                task,
                null,
                Map.of());
    }

    /** How many trials the declaration asks for in its tuning stage: configurations x seeds. */
    @JsonIgnore
    public int expectedTrials() {
        return configurations.size() * seeds.size();
    }
}

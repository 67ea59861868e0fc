package dev.cohort.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an experiment chose its configurations, as recorded in its manifest: with the recorded seeds and
 * configurations, enough to reproduce every trial.
 *
 * @param type {@code GRID} (the cartesian product, possibly zipped and filtered), {@code SAMPLE} (a
 *     seeded random sample) or {@code LATIN_HYPERCUBE}
 * @param description the design in one sentence, as the report states it
 * @param n the sample size asked for, or {@code null} for a grid
 * @param seed the seed of the draw, or {@code null} for a grid
 * @param continuous for a sample: whether ranges were drawn from continuously; otherwise {@code null}
 * @param gridSize how many configurations the grid holds (after zips and the validity rule), or {@code
 *     null} when the design draws from continuous ranges
 * @param zip the groups of parameters whose values are paired by position
 * @param valid the name of the method deciding which configurations run, or {@code null}
 * @param ranges the declared ranges by parameter name
 * @param sources the {@code @SweepSource} methods by parameter name
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DesignRecord(
        String type,
        String description,
        Integer n,
        Long seed,
        Boolean continuous,
        Integer gridSize,
        List<List<String>> zip,
        String valid,
        Map<String, Range> ranges,
        Map<String, String> sources) {

    /** Copies the collections, keeping their order; {@code null} collections become empty. */
    public DesignRecord {
        zip = zip == null ? List.of() : zip.stream().map(List::copyOf).toList();
        ranges = ranges == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /**
     * A declared range.
     *
     * @param from the first point
     * @param to the last point
     * @param steps the number of points, or {@code null} when the range is only drawn from
     * @param scale {@code LINEAR} or {@code LOG}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Range(double from, double to, Integer steps, String scale) {}
}

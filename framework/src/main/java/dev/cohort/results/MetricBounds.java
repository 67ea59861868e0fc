package dev.cohort.results;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The range a metric's values can take, as declared with {@code @Metric(min = ..., max = ...)}: a
 * percentage in {@code [0, 100]}, an error {@code >= 0}. An end that was not declared is infinite. In
 * JSON an infinite end is left out, so the manifest stays plain JSON.
 *
 * @param min the smallest value the metric can take, or {@link Double#NEGATIVE_INFINITY}
 * @param max the largest value the metric can take, or {@link Double#POSITIVE_INFINITY}
 */
public record MetricBounds(
        @JsonIgnore double min, @JsonIgnore double max) {

    /** The bounds of a metric that declares none. */
    public static final MetricBounds NONE = new MetricBounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Checks that {@code min < max}. */
    public MetricBounds {
        if (!(min < max)) {
            throw new IllegalArgumentException("min " + min + " must be less than max " + max);
        }
    }

    /** The bounds as read from JSON, {@code {"min": 0, "max": 100}}: a missing end is infinite. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static MetricBounds fromJson(Map<String, Double> json) {
        Double min = json.get("min");
        Double max = json.get("max");
        return new MetricBounds(
                min == null ? Double.NEGATIVE_INFINITY : min, max == null ? Double.POSITIVE_INFINITY : max);
    }

    /** The bounds as JSON: the finite ends only. */
    @JsonValue
    Map<String, Double> toJson() {
        Map<String, Double> json = new LinkedHashMap<>();
        if (Double.isFinite(min)) {
            json.put("min", min);
        }
        if (Double.isFinite(max)) {
            json.put("max", max);
        }
        return json;
    }

    /** Whether either end is finite. */
    @JsonIgnore
    public boolean isDeclared() {
        return Double.isFinite(min) || Double.isFinite(max);
    }

    /** {@code value} moved into the bounds: the nearer end when it lies outside. */
    public double clip(double value) {
        return Math.max(min, Math.min(max, value));
    }
}

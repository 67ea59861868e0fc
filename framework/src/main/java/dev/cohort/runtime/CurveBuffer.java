package dev.cohort.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The learning-curve points a trial logged, kept compactly: per metric, one array of steps and one of
 * values (no boxing), grown by doubling. Used by the one thread running the trial.
 */
public final class CurveBuffer {

    private final Map<String, Series> series = new LinkedHashMap<>();

    /** Receives the points of a buffer, metric by metric, in logging order. */
    @FunctionalInterface
    public interface PointConsumer {
        /** Receives one point. */
        void accept(String metric, long step, double value);
    }

    /** Appends one point of {@code metric}. */
    public void add(String metric, long step, double value) {
        series.computeIfAbsent(metric, m -> new Series()).add(step, value);
    }

    /** Whether no point was logged. */
    public boolean isEmpty() {
        return series.isEmpty();
    }

    /** The number of points logged for all metrics. */
    public int size() {
        return series.values().stream().mapToInt(s -> s.size).sum();
    }

    /** Passes every point to {@code consumer}: metrics in first-logged order, points in logging order. */
    public void forEach(PointConsumer consumer) {
        series.forEach((metric, s) -> {
            for (int i = 0; i < s.size; i++) {
                consumer.accept(metric, s.steps[i], s.values[i]);
            }
        });
    }

    private static final class Series {
        private long[] steps = new long[16];
        private double[] values = new double[16];
        private int size;

        void add(long step, double value) {
            if (size == steps.length) {
                steps = Arrays.copyOf(steps, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            steps[size] = step;
            values[size] = value;
            size++;
        }
    }
}

package dev.cohort.query;

import java.util.Arrays;

/**
 * One learning curve of one trial, as logged with {@code Trial.log}: values in order of their step.
 *
 * @param metric the curve's metric name
 * @param steps the steps, ascending
 * @param values the value at each step
 */
public record Curve(String metric, long[] steps, double[] values) {

    /** Copies the arrays. */
    public Curve {
        steps = steps.clone();
        values = values.clone();
        if (steps.length != values.length) {
            throw new IllegalArgumentException(
                    "A curve needs one value per step: " + steps.length + " steps, " + values.length + " values");
        }
    }

    /** The number of points. */
    public int size() {
        return values.length;
    }

    /** The values, in step order. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The steps, ascending. */
    @Override
    public long[] steps() {
        return steps.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Curve c
                && c.metric.equals(metric)
                && Arrays.equals(c.steps, steps)
                && Arrays.equals(c.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * metric.hashCode() + Arrays.hashCode(steps)) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return metric + " (" + values.length + " points)";
    }
}

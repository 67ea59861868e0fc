package dev.cohort.runtime;

import dev.cohort.Scale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A numeric range declared with {@code @Sweep(from, to, steps, scale)}: its evenly spaced points, and
 * the value at a position {@code u} in {@code [0, 1]} for designs that draw from the range.
 *
 * @param from the first point (included)
 * @param to the last point (included)
 * @param steps the number of points, or 0 when only drawn from
 * @param scale how points are spaced (and values drawn)
 * @param type the parameter's type: {@code int}, {@code long}, {@code float}, {@code double} or boxed
 */
public record SweepRange(double from, double to, int steps, Scale scale, Class<?> type) {

    private static final MathContext DIGITS = new MathContext(12);

    /** Whether the values are whole numbers. */
    public boolean integral() {
        Class<?> t = type;
        return t == int.class || t == Integer.class || t == long.class || t == Long.class;
    }

    /** The {@link #steps()} evenly spaced points, first {@link #from()} and last {@link #to()}. */
    public List<Object> points() {
        List<Object> points = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            points.add(at(steps == 1 ? 0 : i / (double) (steps - 1)));
        }
        return points;
    }

    /**
     * The value at position {@code u} in {@code [0, 1]}: {@code from + u (to - from)} on a linear scale,
     * {@code from (to / from)^u} on a log scale; rounded to 12 significant digits, or to the nearest whole
     * number for {@code int} and {@code long}, and converted to the parameter's type.
     */
    public Object at(double u) {
        double value;
        if (u <= 0) {
            value = from;
        } else if (u >= 1) {
            value = to;
        } else if (scale == Scale.LOG) {
            value = Math.exp(Math.log(from) + u * (Math.log(to) - Math.log(from)));
        } else {
            value = from + u * (to - from);
        }
        return convert(value);
    }

    /** How the range is declared, for example {@code from 1e-4 to 0.1, 7 steps, log scale}. */
    public String describe() {
        return "from " + number(from) + " to " + number(to) + (steps > 0 ? ", " + steps + " steps" : "")
                + (scale == Scale.LOG ? ", log scale" : "");
    }

    private Object convert(double value) {
        if (type == int.class || type == Integer.class) {
            return (int) Math.round(value);
        }
        if (type == long.class || type == Long.class) {
            return Math.round(value);
        }
        double rounded = new BigDecimal(value).round(DIGITS).doubleValue();
        if (type == float.class || type == Float.class) {
            return (float) rounded;
        }
        return rounded;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}

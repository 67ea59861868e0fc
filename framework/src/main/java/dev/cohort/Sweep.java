package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the values of an experiment parameter: listed explicitly, or as a range. The configurations
 * of an experiment are the cartesian product of all swept parameters, in declaration order, unless the
 * experiment chooses another design ({@link Zip}, {@link Valid}, {@link Sample}, {@link LatinHypercube}).
 *
 * <p>Listed values are written as strings and converted to the parameter's type: {@code int}, {@code
 * long}, {@code double}, {@code float}, {@code boolean}, {@code String}, enums (by constant name), and
 * the boxed forms of the primitives.
 *
 * <p>A range, for numeric parameters only, spans {@link #from()} to {@link #to()} (both included) in
 * {@link #steps()} points spaced evenly on the {@link #scale()}:
 *
 * <pre>{@code
 * @Sweep(from = 1e-4, to = 1e-1, steps = 7, scale = Scale.LOG) double learningRate  // 1e-4, 3.162e-4, ..., 0.1
 * @Sweep(from = 1, to = 5, steps = 5) int layers                                     // 1, 2, 3, 4, 5
 * }</pre>
 *
 * Points are rounded to 12 significant digits (so ids read {@code 0.001}, not {@code
 * 0.0010000000000000002}), and to the nearest whole number for {@code int} and {@code long}
 * parameters. Designs that draw from the continuous range ({@link LatinHypercube}, {@link
 * Sample#continuous()}) need no {@code steps}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
public @interface Sweep {

    /** The values, in the order configurations are run and reported; empty for a range. */
    String[] value() default {};

    /** The first point of a range (included); unset ({@code NaN}) when values are listed. */
    double from() default Double.NaN;

    /** The last point of a range (included); unset ({@code NaN}) when values are listed. */
    double to() default Double.NaN;

    /** The number of points of a range, at least 2; 0 when values are listed or the design draws freely. */
    int steps() default 0;

    /** How the points of a range are spaced. */
    Scale scale() default Scale.LINEAR;
}

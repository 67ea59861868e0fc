package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lists the values of an experiment parameter. The configurations of an experiment are the cartesian
 * product of all swept parameters, in declaration order.
 *
 * <p>Values are written as strings and converted to the parameter's type: {@code int}, {@code long},
 * {@code double}, {@code float}, {@code boolean}, {@code String}, enums (by constant name), and the boxed
 * forms of the primitives.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Sweep {

    /** The values, in the order configurations are run and reported. */
    String[] value();
}

package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How many independent repetitions every configuration runs, or which seeds exactly.
 *
 * <p>Every configuration of an experiment runs the same seeds (common random numbers), so
 * configurations can be compared seed by seed. On a method or on its class; the method wins. Without
 * it, an experiment runs one seed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Seeds {

    /** The number of seeds; the seeds themselves are a fixed, documented sequence. */
    int value() default 0;

    /** The seeds, when they must be named; takes precedence over {@link #value()}. */
    long[] values() default {};
}

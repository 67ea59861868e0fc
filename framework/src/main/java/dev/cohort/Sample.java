package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a seeded random sample of {@link #n()} configurations instead of every one.
 *
 * <p>By default the sample is drawn without replacement from the grid (the configurations the full
 * design would run, after {@link Zip} and {@link Valid}), and run in grid order. With {@link
 * #continuous()}, every range parameter ({@link Sweep#from()}/{@link Sweep#to()}) is drawn uniformly
 * from its range instead (log-uniformly on a {@link Scale#LOG} scale, rounded for whole-number
 * parameters), and every listed parameter uniformly from its values; configurations are then run in the
 * order drawn.
 *
 * <p>The draw uses the {@code L64X128MixRandom} generator seeded with {@link #seed()}, so the same
 * declaration always yields the same configurations; the engine records the design and its
 * configurations with the results.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Sample {

    /** How many configurations to run; at most the size of the grid when drawing from it. */
    int n();

    /** The seed of the draw. */
    long seed() default 1;

    /** Whether range parameters are drawn from their continuous range rather than from their points. */
    boolean continuous() default false;
}

package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Latin hypercube sample of {@link #n()} configurations (McKay, Beckman and Conover, "A comparison
 * of three methods for selecting values of input variables in the analysis of output from a computer
 * code", Technometrics 21(2), 1979): the unit interval of every parameter is cut into {@code n} equal
 * strata, each stratum is used by exactly one configuration, and strata are matched across parameters by
 * independent random permutations.
 *
 * <p>A range parameter ({@link Sweep#from()}/{@link Sweep#to()}) takes a uniform point within its
 * stratum, mapped onto the range linearly or, on a {@link Scale#LOG} scale, logarithmically (rounded
 * for whole-number parameters). A parameter with listed values (or a {@link Zip} of them) takes the
 * value at position {@code floor(u * k)} of its {@code k} values. Drawn with {@code L64X128MixRandom}
 * seeded with {@link #seed()}, so the same declaration always yields the same configurations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface LatinHypercube {

    /** How many configurations (and strata per parameter), at least 2. */
    int n();

    /** The seed of the draw. */
    long seed() default 1;
}

package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pairs the values of swept parameters by position instead of crossing them: the first value of each
 * with the first of the others, the second with the second, and so on. The zipped parameters then act as
 * one factor of the design, crossed with the other parameters.
 *
 * <pre>{@code
 * @Experiment
 * @Zip({"batch", "learningRate"})            // (32, 0.001), (64, 0.002), (128, 0.004)
 * void train(@Sweep({"32", "64", "128"}) int batch,
 *            @Sweep({"0.001", "0.002", "0.004"}) double learningRate,
 *            @Sweep({"relu", "tanh"}) String activation, Trial trial)  // 3 x 2 = 6 configurations
 * }</pre>
 *
 * Every zipped parameter needs the same number of values; a parameter belongs to one zip at most.
 */
@Documented
@Repeatable(Zips.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Zip {

    /** The names of the parameters whose values are paired, at least two. */
    String[] value();
}

package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes the values of a parameter from a method of the experiment class, for values that are objects
 * (data sets, network shapes, environments) rather than numbers or names.
 *
 * <p>The method takes no arguments, may be static or not (an instance is made with the no-argument
 * constructor) and returns a {@link java.util.Collection}, {@link Iterable}, {@link
 * java.util.stream.Stream} or array. Every value needs a readable name, used in configuration ids, the
 * results ({@code config} holds the name, as a string) and the report: wrap it as {@link Named#of(String,
 * Object)}, or its {@code toString()} is used. Names must be distinct. The parameter receives the
 * payload (or the {@link Named} itself, when the parameter's type is {@code Named}).
 *
 * <pre>{@code
 * @Experiment
 * void fit(@SweepSource("datasets") Dataset data, @Sweep({"0.1", "1"}) double lambda, Trial trial) {...}
 *
 * static List<Named<Dataset>> datasets() {
 *   return List.of(Named.of("iris", Dataset.iris()), Named.of("wine", Dataset.wine()));
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
public @interface SweepSource {

    /** The name of the method that returns the values. */
    String value();
}

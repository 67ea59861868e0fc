package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the direction of a metric recorded by an experiment, so the report can name the best
 * configuration, and optionally the range its values can take. A metric with no declaration is compared
 * without calling either side better.
 *
 * <p>A declared range ({@code @Metric(name = "accuracy", goal = Goal.MAXIMIZE, min = 0, max = 100)}, or
 * {@code min = 0} alone for an error) is recorded in the experiment's manifest and keeps the report's
 * learning-curve bands inside it: a t-based band around a mean near a bound would otherwise reach values the
 * metric cannot take. The statistics themselves are not changed. Discovery rejects a declaration whose
 * {@code min} is not less than its {@code max}.
 */
@Documented
@Repeatable(Metrics.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Metric {

    /** The metric name, as passed to {@link Trial#record} or {@link Trial#log}. */
    String name();

    /** Which direction is better. */
    Goal goal() default Goal.NONE;

    /** The smallest value the metric can take; unbounded below by default. Must be less than {@link #max()}. */
    double min() default Double.NEGATIVE_INFINITY;

    /** The largest value the metric can take; unbounded above by default. Must be greater than {@link #min()}. */
    double max() default Double.POSITIVE_INFINITY;
}

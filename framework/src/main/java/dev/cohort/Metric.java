package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the direction of a metric recorded by an experiment, so the report can name the best
 * configuration. A metric with no declaration is compared without calling either side better.
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
}

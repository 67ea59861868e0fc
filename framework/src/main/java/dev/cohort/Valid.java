package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a method of the experiment class that decides which configurations run: {@code boolean
 * name(Map<String, Object> config)}, static or not (an instance is made with the no-argument
 * constructor), called at discovery with the parameter values by name. Configurations for which it
 * returns {@code false} are left out.
 *
 * <pre>{@code
 * @Experiment
 * @Valid("sensible")
 * void train(@Sweep({"1", "2", "4"}) int layers, @Sweep({"0", "0.5"}) double dropout, Trial trial) {...}
 *
 * static boolean sensible(Map<String, Object> config) {
 *   return (int) config.get("layers") > 1 || (double) config.get("dropout") == 0;  // no dropout on 1 layer
 * }
 * }</pre>
 *
 * With a grid or zipped design the rule filters the grid; a {@link Sample} from the grid samples among
 * the valid configurations; a continuous {@link Sample} draws again until a drawn configuration is valid;
 * a {@link LatinHypercube} drops the invalid points, so it may hold fewer than its {@code n}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Valid {

    /** The name of the method; it must be unique among the class's methods of that shape. */
    String value();
}

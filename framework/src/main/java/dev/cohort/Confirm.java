package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Confirms an experiment's winners on fresh seeds, so they are not judged on the seeds that chose them
 * (the winner's curse).
 *
 * <p>The sweep runs first (the tuning stage). Then, within each combination of the {@link #per()}
 * parameters (overall when empty), the configuration with the best mean of {@link #metric()} by its
 * goal (ties: the first in configuration order) runs again on {@link #seeds()} fresh seeds: disjoint
 * from the tuning seeds and derived from the experiment's id alone, so every rerun and machine draws the
 * same (the confirmation stage). The report, its comparisons and the experiment's expectations are drawn
 * from the confirmation stage; the tuning analysis is shown as exploratory.
 *
 * <pre>{@code
 * @Experiment
 * @Seeds(30)
 * @Confirm(per = "algorithm", metric = "final_error")
 * void tracking(@Sweep({"LMS", "IDBD"}) String algorithm, @Sweep({"0.01", "0.03"}) double stepSize, Trial trial)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Confirm {

    /** How many fresh seeds each selected configuration runs; at least 2. */
    int seeds() default 30;

    /**
     * The swept parameters within each combination of whose values one configuration is selected, for
     * example {@code "algorithm"} for the best step size of each algorithm. Empty: one configuration
     * overall.
     */
    String[] per() default {};

    /**
     * The metric the selection ranks by; it needs a declared goal ({@link Metric}). Default: the
     * experiment's only metric with a goal.
     */
    String metric() default "";
}

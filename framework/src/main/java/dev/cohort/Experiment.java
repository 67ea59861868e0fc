package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a method as an experiment, as {@code @Test} marks a test. The class needs no annotation.
 *
 * <p>Every parameter of the method is either swept ({@link Sweep}) or the injected {@link Trial}. The
 * engine runs the method once per trial: one configuration (one value of every swept parameter) with one
 * seed ({@link Seeds}).
 *
 * <pre>{@code
 * @Experiment
 * @Seeds(30)
 * void tracking(@Sweep({"0.001", "0.01"}) double alpha, Trial trial) {
 *   trial.record("final_error", run(alpha, trial.random()));
 * }
 * }</pre>
 *
 * <p>Like every Cohort annotation, it may also sit on an annotation of your own (a composed
 * annotation), for example {@code @Experiment @Seeds(30) @interface Study {}}; the engine finds it there.
 */
@Documented
@Testable
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Experiment {

    /**
     * The experiment id under which results are stored and reported. Default: {@code
     * <fully.qualified.Class>#<method>}.
     */
    String name() default "";

    /** A sentence saying what the experiment asks, shown in the report. */
    String description() default "";

    /**
     * The longest one trial may run, after which it is interrupted, abandoned and recorded as failed
     * while the other trials go on. Either an ISO-8601 duration ({@code "PT30M"}) or a positive number
     * with a unit: {@code ms}, {@code s}, {@code m}, {@code h} or {@code d} ({@code "90s"}, {@code
     * "1.5h"}). Default: no limit of its own; the configuration parameter {@code cohort.trial.timeout}
     * then applies, when set. A malformed value is an invalid declaration reported at discovery.
     */
    String timeout() default "";
}

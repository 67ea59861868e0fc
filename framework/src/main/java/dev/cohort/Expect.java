package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a result the experiment is expected to show, checked by the Maven goal {@code cohort:check}
 * (which fails the build when it does not hold).
 *
 * <pre>{@code
 * @Experiment
 * @Metric(name = "final_error", goal = Goal.MINIMIZE)
 * @Expect(metric = "final_error", better = "algorithm=IDBD", than = "algorithm=LMS")
 * void tracking(@Sweep({"LMS", "IDBD"}) Algorithm algorithm, @Sweep({"0.01", "0.03"}) double stepSize, Trial trial)
 * }</pre>
 *
 * <p>{@link #better()} and {@link #than()} select configurations by partial parameter values: {@code
 * name=value} pairs joined by {@code ", "}, as in a configuration id. Each side denotes every
 * configuration matching it; the expectation compares the best configuration of each side (lowest mean
 * for a minimized metric, highest for a maximized one) and holds when the best of {@code better} is
 * better in the metric's direction and the comparison's Holm-adjusted p-value is below {@link #alpha()}.
 * The metric needs a {@link Metric} declaration with a goal other than {@link Goal#NONE}.
 */
@Documented
@Repeatable(Expectations.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Expect {

    /** The metric compared, as passed to {@link Trial#record}. */
    String metric();

    /** The configurations expected to be better, for example {@code algorithm=IDBD}. */
    String better();

    /** The configurations expected to be worse, for example {@code algorithm=LMS}. */
    String than();

    /** The significance level the Holm-adjusted p-value must be below. */
    double alpha() default 0.05;

    /**
     * How the expectation is judged in an experiment with a {@link Task}: by the interquartile mean of
     * normalised scores ({@link Across#IQM}, also what {@link Across#AUTO} means there) or by the tasks won
     * ({@link Across#WINS}).
     */
    Across across() default Across.AUTO;

    /**
     * With {@link Across#WINS}, the number of tasks on which {@link #better()} must be significantly better
     * than {@link #than()}; {@code 0} (the default) means more than half of the tasks.
     */
    int minTasks() default 0;
}

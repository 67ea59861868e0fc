package dev.cohort.maven;

import dev.cohort.Across;

/**
 * An expectation in the plugin's configuration, checked by {@code cohort:check} next to the {@code
 * @Expect} declarations of the experiments:
 *
 * <pre>{@code
 * <expectation>
 *   <experiment>StepSizeExperiments#tracking</experiment>
 *   <metric>final_error</metric>
 *   <better>algorithm=IDBD</better>
 *   <than>algorithm=LMS</than>
 *   <alpha>0.05</alpha>
 * </expectation>
 * }</pre>
 *
 * <p>For an experiment with a {@code @Task}, {@code <across>} ({@code AUTO}, {@code IQM} or {@code WINS})
 * and {@code <minTasks>} say how it is judged across the tasks, as {@code @Expect(across, minTasks)} do.
 */
public class Expectation {

    /** The experiment id, or its short form {@code SimpleClass#method}. */
    String experiment;

    /** The metric compared; it needs a goal (MINIMIZE or MAXIMIZE). */
    String metric;

    /** The configurations expected to be better, as partial parameter values ({@code algorithm=IDBD}). */
    String better;

    /** The configurations expected to be worse, as partial parameter values ({@code algorithm=LMS}). */
    String than;

    /** The level the Holm-adjusted p-value must be below; 0.05 when not set. */
    Double alpha;

    /** How the expectation is judged across the tasks of an experiment with a task; AUTO when not set. */
    Across across;

    /** With {@code across = WINS}, the tasks to win; more than half of them when not set (0). */
    Integer minTasks;

    /** For Maven's configurator. */
    public Expectation() {}

    Expectation(String experiment, String metric, String better, String than, Double alpha) {
        this.experiment = experiment;
        this.metric = metric;
        this.better = better;
        this.than = than;
        this.alpha = alpha;
    }

    /**
     * The framework's form of this expectation.
     *
     * @throws IllegalArgumentException when a part is missing or alpha is not in (0, 1)
     */
    dev.cohort.results.Expectation toExpectation() {
        String missing = experiment == null
                ? "experiment"
                : metric == null ? "metric" : better == null ? "better" : than == null ? "than" : null;
        if (missing != null) {
            throw new IllegalArgumentException("A configured <expectation> has no <" + missing + ">: " + this);
        }
        return new dev.cohort.results.Expectation(
                experiment.strip(),
                metric.strip(),
                better.strip(),
                than.strip(),
                alpha == null ? dev.cohort.results.Expectation.DEFAULT_ALPHA : alpha,
                across == null ? Across.AUTO : across,
                minTasks == null ? 0 : minTasks);
    }

    @Override
    public String toString() {
        return "experiment=" + experiment + ", metric=" + metric + ", better=" + better + ", than=" + than + ", alpha="
                + alpha + (across == null ? "" : ", across=" + across)
                + (minTasks == null ? "" : ", minTasks=" + minTasks);
    }
}

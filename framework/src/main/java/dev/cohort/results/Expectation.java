package dev.cohort.results;

import dev.cohort.Across;
import java.util.Objects;

/**
 * An expected result of an experiment: the best configuration matching {@code better} is significantly
 * better on {@code metric} than the best configuration matching {@code than}, in the metric's declared
 * direction, at the Holm-adjusted level {@code alpha}. Declared with {@code @Expect} on the experiment
 * (recorded in the experiment's manifest) or in the Maven plugin's configuration.
 *
 * @param experiment the experiment id, or its short form {@code SimpleClass#method}
 * @param metric the metric name
 * @param better a {@linkplain ConfigSelector configuration selector}, for example {@code algorithm=IDBD}
 * @param than a configuration selector, for example {@code algorithm=LMS}
 * @param alpha the level the Holm-adjusted p-value must be below, in (0, 1)
 * @param across how the expectation is judged across tasks ({@code null} in manifests written before
 *     tasks: {@link Across#AUTO})
 * @param minTasks with {@link Across#WINS}, the tasks to win; {@code 0}: more than half of them
 */
public record Expectation(
        String experiment, String metric, String better, String than, double alpha, Across across, int minTasks) {

    /** The level used when none is given. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Checks that every part is present, alpha is in (0, 1) and minTasks not negative. */
    public Expectation {
        across = across == null ? Across.AUTO : across;
        if (minTasks < 0) {
            throw new IllegalArgumentException("minTasks must not be negative, was " + minTasks);
        }
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(better, "better");
        Objects.requireNonNull(than, "than");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
    }

    /** An expectation judged as {@link Across#AUTO}: within the experiment, or by IQM across its tasks. */
    public Expectation(String experiment, String metric, String better, String than, double alpha) {
        this(experiment, metric, better, than, alpha, Across.AUTO, 0);
    }

    /**
     * The expectation as a person reads it: {@code final_error: algorithm=IDBD better than algorithm=LMS
     * (alpha 0.05)}, with {@code across tasks by IQM, } or {@code across tasks by wins on at least 5, } before
     * the alpha when it is judged across tasks by a rule named explicitly.
     */
    public String describe() {
        String how = switch (across) {
            case AUTO -> "";
            case IQM -> "across tasks by IQM, ";
            case WINS ->
                "across tasks by wins" + (minTasks == 0 ? " on more than half" : " on at least " + minTasks) + ", ";
        };
        return metric + ": " + better + " better than " + than + " (" + how + "alpha " + alpha + ")";
    }
}

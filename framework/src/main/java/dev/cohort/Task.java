package dev.cohort;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one swept parameter whose values are tasks: benchmark problems, data sets, environments. The
 * configurations of the other parameters are compared within each task and aggregated across tasks
 * (mean ranks, Friedman and Nemenyi, pairwise Wilcoxon, interquartile mean and optimality gap with
 * stratified-bootstrap intervals, probability of improvement).
 *
 * <pre>{@code
 * @Experiment
 * @Seeds(10)
 * @Metric(name = "return", goal = Goal.MAXIMIZE)
 * void atari(@Sweep({"DQN", "Rainbow"}) String algorithm,
 *            @Task(references = "humanAndRandom") @Sweep({"Pong", "Breakout"}) String game,
 *            Trial trial) { ... }
 *
 * static Map<String, TaskReference> humanAndRandom() {
 *     return Map.of("Pong", new TaskReference(-20.7, 9.3), "Breakout", new TaskReference(1.7, 30.5));
 * }
 * }</pre>
 *
 * <p>Scores are normalised per task before they are aggregated: by default min-max over all trials of the
 * task ({@link Normalization#MIN_MAX}); with {@link #references()}, by the reference scores of each task
 * ({@link Normalization#REFERENCE}: {@code (x - low) / (high - low)}); or not at all ({@link
 * Normalization#NONE}). At most one parameter of an experiment is a task.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
public @interface Task {

    /**
     * How scores are normalised per task: {@link Normalization#MIN_MAX} (the default) or {@link
     * Normalization#NONE}; {@link Normalization#REFERENCE} when {@link #references()} names the scores,
     * which may be left implicit.
     */
    Normalization normalization() default Normalization.MIN_MAX;

    /**
     * Where the reference scores of every task come from, which makes the normalisation {@link
     * Normalization#REFERENCE}: the name of a static method of the experiment's class (or a superclass)
     * without parameters returning a {@code Map} from task value (as declared in the sweep) to {@link
     * TaskReference}, or the path of a CSV resource on the test classpath ending in {@code .csv}, with the
     * header {@code task,low,high} and one row per task. Empty (the default): no reference scores.
     */
    String references() default "";
}

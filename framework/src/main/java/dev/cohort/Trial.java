package dev.cohort;

import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * One run of an experiment: one configuration with one seed. Injected as a parameter of an {@link
 * Experiment} method.
 *
 * <p>Implementations are used by one thread, the one running the trial.
 */
public interface Trial {

    /** The seed of this trial; every configuration of the experiment runs the same seeds. */
    long seed();

    /** The position of {@link #seed()} among the experiment's seeds, from 0. */
    int seedIndex();

    /**
     * A random generator determined by the seed alone: two trials with the same seed draw the same
     * numbers, whatever the configuration, thread or run. Returns the same generator on every call.
     */
    RandomGenerator random();

    /** The swept parameter values by parameter name, in declaration order. */
    Map<String, Object> config();

    /**
     * Records a scalar metric of this trial (for example the final error). Recording a metric again
     * replaces its value.
     */
    void record(String metric, double value);

    /** Logs one point of a learning curve: the metric's value at a step. */
    void log(String metric, long step, double value);
}

package dev.cohort.example;

import org.ejml.data.DMatrixRMaj;

/** An incremental linear learner: predicts a target from an input vector, then learns from its error. */
public interface Learner {

    /**
     * Predicts the target of {@code input}, then updates on the true {@code target}.
     *
     * @param input a column vector with one row per input; not modified
     * @param target the true target of this example
     * @return the prediction error {@code target - prediction}, made before the update
     */
    double learn(DMatrixRMaj input, double target);

    /** A copy of the current weights. */
    double[] weights();

    /** A copy of the current step size of every input. */
    double[] stepSizes();
}

package dev.cohort.example;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The least-mean-squares rule (Widrow-Hoff): {@code w <- w + alpha * delta * x}, with one fixed step size
 * {@code alpha} for all inputs. The baseline of Sutton (1992), "Adapting bias by gradient descent: an
 * incremental version of delta-bar-delta", AAAI-92.
 */
public final class Lms implements Learner {

    private final double alpha;
    private final DMatrixRMaj weights;

    /**
     * An LMS learner with zero initial weights.
     *
     * @param inputs the number of inputs
     * @param alpha the step size, positive
     */
    public Lms(int inputs, double alpha) {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("alpha must be positive: " + alpha);
        }
        this.alpha = alpha;
        this.weights = new DMatrixRMaj(inputs, 1);
    }

    @Override
    public double learn(DMatrixRMaj input, double target) {
        double delta = target - CommonOps_DDRM.dot(weights, input);
        CommonOps_DDRM.addEquals(weights, alpha * delta, input);
        return delta;
    }

    @Override
    public double[] weights() {
        return weights.data.clone();
    }

    @Override
    public double[] stepSizes() {
        double[] steps = new double[weights.getNumElements()];
        Arrays.fill(steps, alpha);
        return steps;
    }
}

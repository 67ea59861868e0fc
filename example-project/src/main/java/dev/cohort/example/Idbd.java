package dev.cohort.example;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Incremental Delta-Bar-Delta (IDBD): LMS with one step size per input, {@code alpha_i = exp(beta_i)},
 * whose logarithms are themselves learned by gradient descent with the meta step size {@code theta}.
 *
 * <p>R. S. Sutton, "Adapting bias by gradient descent: an incremental version of delta-bar-delta",
 * Proceedings of AAAI-92, pp. 171-176, 1992. This class follows the paper's pseudocode exactly; for every
 * example {@code (x, y*)}:
 *
 * <pre>
 * delta = y* - sum_i w_i x_i
 * for each i:
 *     beta_i  = beta_i + theta * delta * x_i * h_i
 *     alpha_i = exp(beta_i)
 *     w_i     = w_i + alpha_i * delta * x_i
 *     h_i     = h_i * [1 - alpha_i * x_i^2]^+ + alpha_i * delta * x_i
 * </pre>
 *
 * where {@code [z]^+} is {@code max(z, 0)} and {@code h_i} is a decaying trace of the recent weight
 * changes of input {@code i}. The weights and traces start at zero and every {@code beta_i} at {@code
 * ln(initialAlpha)}. With {@code theta = 0} IDBD is LMS with step size {@code initialAlpha}.
 */
public final class Idbd implements Learner {

    private final double theta;
    private final DMatrixRMaj weights;
    private final double[] beta;
    private final double[] h;

    /**
     * An IDBD learner with zero initial weights and traces.
     *
     * @param inputs the number of inputs
     * @param theta the meta step size, non-negative
     * @param initialAlpha the initial step size of every input, positive
     */
    public Idbd(int inputs, double theta, double initialAlpha) {
        if (!(theta >= 0)) {
            throw new IllegalArgumentException("theta must be non-negative: " + theta);
        }
        if (!(initialAlpha > 0)) {
            throw new IllegalArgumentException("initialAlpha must be positive: " + initialAlpha);
        }
        this.theta = theta;
        this.weights = new DMatrixRMaj(inputs, 1);
        this.beta = new double[inputs];
        Arrays.fill(beta, Math.log(initialAlpha));
        this.h = new double[inputs];
    }

    @Override
    public double learn(DMatrixRMaj input, double target) {
        double delta = target - CommonOps_DDRM.dot(weights, input);
        double[] x = input.data;
        double[] w = weights.data;
        for (int i = 0; i < w.length; i++) {
            double xi = x[i];
            beta[i] += theta * delta * xi * h[i];
            double alpha = Math.exp(beta[i]);
            double change = alpha * delta * xi;
            w[i] += change;
            h[i] = h[i] * Math.max(1.0 - alpha * xi * xi, 0.0) + change;
        }
        return delta;
    }

    @Override
    public double[] weights() {
        return weights.data.clone();
    }

    @Override
    public double[] stepSizes() {
        double[] steps = new double[beta.length];
        for (int i = 0; i < beta.length; i++) {
            steps[i] = Math.exp(beta[i]);
        }
        return steps;
    }
}

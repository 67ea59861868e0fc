package dev.cohort.example;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Autostep: IDBD's per-input step sizes made robust to the scale of the inputs and errors, so that its
 * meta step size need not be tuned.
 *
 * <p>A. R. Mahmood, R. S. Sutton, T. Degris and P. M. Pilarski, "Tuning-free step-size adaptation",
 * Proceedings of ICASSP 2012, pp. 2121-2124. This class follows the paper's Table 1 exactly; for every
 * example {@code (x, y*)}:
 *
 * <pre>
 * delta = y* - sum_i w_i x_i
 * for each i:
 *     v_i = max(|delta x_i h_i|, v_i + (1 / tau) alpha_i x_i^2 (|delta x_i h_i| - v_i))
 *     if v_i != 0: alpha_i = alpha_i exp(mu delta x_i h_i / v_i)
 * M = max(sum_i alpha_i x_i^2, 1)
 * for each i:
 *     alpha_i = alpha_i / M
 *     w_i     = w_i + alpha_i delta x_i
 *     h_i     = h_i (1 - alpha_i x_i^2) + alpha_i delta x_i
 * </pre>
 *
 * where {@code v_i} is a running maximum of the magnitude of IDBD's meta-gradient {@code delta x_i h_i},
 * decaying on the time scale {@code tau}, which normalises the step-size update, and {@code M} bounds the
 * effective step size {@code sum_i alpha_i x_i^2} by 1 so that no update overshoots the target. The
 * weights, traces and {@code v_i} start at zero and every {@code alpha_i} at {@code initialAlpha}. The
 * paper recommends {@code mu = 0.01} and {@code tau = 10^4} for every problem ({@link #MU}, {@link #TAU}).
 */
public final class Autostep implements Learner {

    /** The meta step size the paper recommends for every problem. */
    public static final double MU = 0.01;

    /** The time scale of the normaliser {@code v_i} the paper recommends. */
    public static final double TAU = 1e4;

    private final double mu;
    private final double tau;
    private final DMatrixRMaj weights;
    private final double[] alpha;
    private final double[] h;
    private final double[] v;

    /**
     * An Autostep learner with zero initial weights, traces and normalisers.
     *
     * @param inputs the number of inputs
     * @param mu the meta step size, non-negative
     * @param tau the time scale of the normalisers, at least 1
     * @param initialAlpha the initial step size of every input, positive
     */
    public Autostep(int inputs, double mu, double tau, double initialAlpha) {
        if (!(mu >= 0)) {
            throw new IllegalArgumentException("mu must be non-negative: " + mu);
        }
        if (!(tau >= 1)) {
            throw new IllegalArgumentException("tau must be at least 1: " + tau);
        }
        if (!(initialAlpha > 0)) {
            throw new IllegalArgumentException("initialAlpha must be positive: " + initialAlpha);
        }
        this.mu = mu;
        this.tau = tau;
        this.weights = new DMatrixRMaj(inputs, 1);
        this.alpha = new double[inputs];
        Arrays.fill(alpha, initialAlpha);
        this.h = new double[inputs];
        this.v = new double[inputs];
    }

    @Override
    public double learn(DMatrixRMaj input, double target) {
        double delta = target - CommonOps_DDRM.dot(weights, input);
        double[] x = input.data;
        double[] w = weights.data;
        double effective = 0.0;
        for (int i = 0; i < w.length; i++) {
            double xi = x[i];
            double metaGradient = delta * xi * h[i];
            double magnitude = Math.abs(metaGradient);
            v[i] = Math.max(magnitude, v[i] + alpha[i] * xi * xi * (magnitude - v[i]) / tau);
            if (v[i] != 0) {
                alpha[i] *= Math.exp(mu * metaGradient / v[i]);
            }
            effective += alpha[i] * xi * xi;
        }
        double m = Math.max(effective, 1.0);
        for (int i = 0; i < w.length; i++) {
            double xi = x[i];
            alpha[i] /= m;
            double change = alpha[i] * delta * xi;
            w[i] += change;
            h[i] = h[i] * (1.0 - alpha[i] * xi * xi) + change;
        }
        return delta;
    }

    @Override
    public double[] weights() {
        return weights.data.clone();
    }

    @Override
    public double[] stepSizes() {
        return alpha.clone();
    }
}

package dev.cohort.example;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * The non-stationary regression stream of Sutton's Experiment 1, with optional observation noise.
 *
 * <p>R. S. Sutton, "Adapting bias by gradient descent: an incremental version of delta-bar-delta",
 * Proceedings of AAAI-92, pp. 171-176, 1992. Every example has {@code inputs} inputs drawn independently
 * from a standard normal distribution. The target is {@code y* = sum_i w*_i x_i + noise}, where only the
 * first {@code relevant} target weights are non-zero: each is +1 or -1, and every {@code flipInterval}
 * examples one of them, chosen uniformly, flips its sign. The other inputs are irrelevant: their target
 * weight is always 0. A learner that knew which inputs matter could track the target with a large step
 * size on the relevant inputs and none on the irrelevant ones; a single step size cannot.
 *
 * <p>All randomness comes from the one generator given to the constructor, in a fixed order, so a seed
 * fully determines the stream: learners compared on the same seed see the same examples (common random
 * numbers).
 */
public final class DriftingTarget {

    /**
     * The shape of the stream.
     *
     * @param inputs the number of inputs {@code n}
     * @param relevant how many of them have a non-zero target weight (the first {@code relevant})
     * @param flipInterval every how many examples one relevant target weight flips its sign
     * @param noiseStdDev the standard deviation of the Gaussian noise added to the target
     */
    public record Shape(int inputs, int relevant, int flipInterval, double noiseStdDev) {

        /** Sutton's Experiment 1: 20 inputs, 5 relevant, one sign flip every 20 examples, no noise. */
        public static final Shape SUTTON_1992 = new Shape(20, 5, 20, 0.0);

        /** Validates the shape. */
        public Shape {
            if (inputs < 1 || relevant < 0 || relevant > inputs) {
                throw new IllegalArgumentException("need 0 <= relevant <= inputs and inputs >= 1");
            }
            if (flipInterval < 1) {
                throw new IllegalArgumentException("flipInterval must be positive: " + flipInterval);
            }
            if (!(noiseStdDev >= 0)) {
                throw new IllegalArgumentException("noiseStdDev must be non-negative: " + noiseStdDev);
            }
        }

        /** This shape with another noise level. */
        public Shape withNoise(double stdDev) {
            return new Shape(inputs, relevant, flipInterval, stdDev);
        }
    }

    private final Shape shape;
    private final RandomGenerator random;
    private final double[] targetWeights;
    private final DMatrixRMaj input;
    private long examples;

    /**
     * A stream whose initial target weights and all later examples are drawn from {@code random}.
     *
     * @param shape the shape of the stream
     * @param random the only source of randomness; typically {@code trial.random()}
     */
    public DriftingTarget(Shape shape, RandomGenerator random) {
        this.shape = shape;
        this.random = random;
        this.targetWeights = new double[shape.inputs()];
        for (int i = 0; i < shape.relevant(); i++) {
            targetWeights[i] = random.nextBoolean() ? 1.0 : -1.0;
        }
        this.input = new DMatrixRMaj(shape.inputs(), 1);
    }

    /** The shape of this stream. */
    public Shape shape() {
        return shape;
    }

    /**
     * Draws the next example: fills {@link #input()} and returns its target. Before the example, every
     * {@code flipInterval} examples, one relevant target weight flips its sign.
     */
    public double next() {
        if (examples > 0 && examples % shape.flipInterval() == 0 && shape.relevant() > 0) {
            int flipped = random.nextInt(shape.relevant());
            targetWeights[flipped] = -targetWeights[flipped];
        }
        examples++;
        double[] x = input.data;
        double target = 0.0;
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextGaussian();
            target += targetWeights[i] * x[i];
        }
        if (shape.noiseStdDev() > 0) {
            target += shape.noiseStdDev() * random.nextGaussian();
        }
        return target;
    }

    /**
     * The inputs of the latest example, a column vector of {@code inputs} rows. The same object is refilled
     * by every {@link #next()}; learners must not modify it.
     */
    public DMatrixRMaj input() {
        return input;
    }

    /** A copy of the current target weights (for tests and diagnostics). */
    public double[] targetWeights() {
        return targetWeights.clone();
    }

    /** How many examples have been drawn. */
    public long examples() {
        return examples;
    }
}

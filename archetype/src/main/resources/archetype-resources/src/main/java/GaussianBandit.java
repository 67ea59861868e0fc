package ${package};

import java.util.random.RandomGenerator;

/**
 * A stationary k-armed bandit with Gaussian rewards: the testbed of R. S. Sutton and A. G. Barto,
 * <i>Reinforcement Learning: An Introduction</i>, 2nd ed., 2018, section 2.3. Each arm's mean reward is drawn
 * once from the standard normal distribution; pulling an arm returns its mean plus standard-normal noise.
 */
public final class GaussianBandit {

    private final double[] means;
    private final int bestArm;
    private final RandomGenerator random;

    /**
     * Draws a new problem.
     *
     * @param arms the number of arms, at least 2
     * @param random draws the arms' means, then every reward; the same seed gives the same problem
     */
    public GaussianBandit(int arms, RandomGenerator random) {
        if (arms < 2) {
            throw new IllegalArgumentException("GaussianBandit: arms must be at least 2, was " + arms);
        }
        this.random = random;
        this.means = new double[arms];
        int best = 0;
        for (int arm = 0; arm < arms; arm++) {
            means[arm] = random.nextGaussian();
            if (means[arm] > means[best]) {
                best = arm;
            }
        }
        this.bestArm = best;
    }

    /** The number of arms. */
    public int arms() {
        return means.length;
    }

    /** The reward of one pull of {@code arm}: its mean plus standard-normal noise. */
    public double pull(int arm) {
        return means[arm] + random.nextGaussian();
    }

    /** The arm with the highest mean reward. */
    public int bestArm() {
        return bestArm;
    }

    /** The expected reward lost by pulling {@code arm} instead of the best arm; 0 for the best arm. */
    public double regret(int arm) {
        return means[bestArm] - means[arm];
    }
}

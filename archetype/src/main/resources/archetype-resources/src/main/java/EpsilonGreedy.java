package ${package};

import java.util.random.RandomGenerator;

/**
 * Epsilon-greedy action selection (Sutton and Barto 2018, section 2.2): with probability epsilon a uniformly
 * random arm, otherwise the arm with the highest sample-average estimate. Epsilon 0 is the greedy method.
 */
public final class EpsilonGreedy implements Agent {

    private final ActionValues values;
    private final double epsilon;
    private final RandomGenerator random;

    /**
     * @param arms the number of arms
     * @param epsilon the probability of exploring, in [0, 1]
     * @param random decides when to explore, which arm, and ties
     */
    public EpsilonGreedy(int arms, double epsilon, RandomGenerator random) {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("EpsilonGreedy: epsilon must be in [0, 1], was " + epsilon);
        }
        this.values = new ActionValues(arms);
        this.epsilon = epsilon;
        this.random = random;
    }

    @Override
    public int choose() {
        if (epsilon > 0 && random.nextDouble() < epsilon) {
            return random.nextInt(values.arms());
        }
        return values.greedy(random);
    }

    @Override
    public void learn(int arm, double reward) {
        values.update(arm, reward);
    }
}

package ${package};

import java.util.random.RandomGenerator;

/** The action-selection methods the study compares, with the parameters of Sutton and Barto's figure 2.4. */
public enum Strategy {
    /** Always the arm with the highest estimate: no exploration at all. */
    GREEDY {
        @Override
        public Agent create(int arms, RandomGenerator random) {
            return new EpsilonGreedy(arms, 0, random);
        }
    },
    /** A random arm one step in ten. */
    EPSILON_GREEDY {
        @Override
        public Agent create(int arms, RandomGenerator random) {
            return new EpsilonGreedy(arms, 0.1, random);
        }
    },
    /** Upper confidence bounds with c = 2. */
    UCB {
        @Override
        public Agent create(int arms, RandomGenerator random) {
            return new Ucb(arms, 2);
        }
    };

    /** A new agent of this method for a bandit with {@code arms} arms. */
    public abstract Agent create(int arms, RandomGenerator random);
}

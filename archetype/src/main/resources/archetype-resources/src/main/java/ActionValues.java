package ${package};

import java.util.random.RandomGenerator;

/**
 * Sample-average estimates of each arm's value (Sutton and Barto 2018, section 2.4): the mean of the rewards
 * the arm has returned so far, updated incrementally; 0 for an arm never pulled.
 */
final class ActionValues {

    private final double[] estimates;
    private final int[] pulls;

    ActionValues(int arms) {
        this.estimates = new double[arms];
        this.pulls = new int[arms];
    }

    int arms() {
        return estimates.length;
    }

    double estimate(int arm) {
        return estimates[arm];
    }

    int pulls(int arm) {
        return pulls[arm];
    }

    void update(int arm, double reward) {
        pulls[arm]++;
        estimates[arm] += (reward - estimates[arm]) / pulls[arm];
    }

    /** The arm with the highest estimate, ties broken uniformly at random. */
    int greedy(RandomGenerator random) {
        int best = 0;
        int ties = 1;
        for (int arm = 1; arm < estimates.length; arm++) {
            if (estimates[arm] > estimates[best]) {
                best = arm;
                ties = 1;
            } else if (estimates[arm] == estimates[best] && random.nextInt(++ties) == 0) {
                best = arm; // reservoir sampling: each tied arm is kept with probability 1 / ties
            }
        }
        return best;
    }
}

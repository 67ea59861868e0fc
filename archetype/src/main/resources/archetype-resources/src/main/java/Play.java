package ${package};

/** Lets an agent play a bandit for a number of steps and measures how well it did. */
public final class Play {

    /** Receives one point of the learning curve: the mean reward over the window ending at {@code step}. */
    @FunctionalInterface
    public interface Curve {
        void point(long step, double meanReward);
    }

    /**
     * What one play measured.
     *
     * @param regret the mean expected regret per step: the best arm's mean minus the chosen arm's mean
     * @param optimalAction the fraction of steps on which the agent chose the best arm
     * @param meanReward the mean reward per step
     */
    public record Outcome(double regret, double optimalAction, double meanReward) {}

    private Play() {}

    /**
     * Plays {@code steps} steps.
     *
     * @param window the learning curve has one point per this many steps; a divisor of {@code steps}
     */
    public static Outcome run(Agent agent, GaussianBandit bandit, int steps, int window, Curve curve) {
        if (steps < 1 || window < 1 || steps % window != 0) {
            throw new IllegalArgumentException(
                    "Play.run: steps must be a positive multiple of window, was steps " + steps + ", window " + window);
        }
        double regret = 0;
        double reward = 0;
        double windowReward = 0;
        int optimal = 0;
        for (int step = 1; step <= steps; step++) {
            int arm = agent.choose();
            double r = bandit.pull(arm);
            agent.learn(arm, r);
            regret += bandit.regret(arm);
            reward += r;
            windowReward += r;
            if (arm == bandit.bestArm()) {
                optimal++;
            }
            if (step % window == 0) {
                curve.point(step, windowReward / window);
                windowReward = 0;
            }
        }
        return new Outcome(regret / steps, (double) optimal / steps, reward / steps);
    }
}

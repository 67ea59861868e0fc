package ${package};

import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;

/**
 * Exploration on the 10-armed Gaussian testbed (Sutton and Barto 2018, sections 2.3 and 2.7): greedy,
 * epsilon-greedy and UCB action selection, each on the same 20 bandit problems (the seed alone draws the
 * problem), 2,000 steps each.
 *
 * <p>{@code regret} is the mean expected regret per step; unlike the mean reward it does not depend on how
 * good the problem's best arm happens to be, so it separates the methods on few seeds. The learning curve
 * {@code reward} is the mean reward of every 50 steps, the curve of the book's figure 2.4.
 */
class BanditExperiments {

    static final int ARMS = 10;
    static final int STEPS = 2_000;
    static final int CURVE_WINDOW = 50;

    @Experiment(
            description = "On the 10-armed Gaussian testbed, does UCB's optimism in the face of uncertainty lose"
                    + " less reward than epsilon-greedy's random exploration, and either less than pure greed?")
    @Seeds(20)
    @Metric(name = "regret", goal = Goal.MINIMIZE)
    @Metric(name = "optimal_action", goal = Goal.MAXIMIZE)
    @Metric(name = "mean_reward", goal = Goal.MAXIMIZE)
    @Metric(name = "reward", goal = Goal.MAXIMIZE)
    @Expect(metric = "regret", better = "strategy=UCB", than = "strategy=EPSILON_GREEDY")
    void exploration(@Sweep({"GREEDY", "EPSILON_GREEDY", "UCB"}) Strategy strategy, Trial trial) {
        GaussianBandit bandit = new GaussianBandit(ARMS, trial.random());
        Agent agent = strategy.create(ARMS, trial.random());

        Play.Outcome outcome = Play.run(
                agent, bandit, STEPS, CURVE_WINDOW, (step, meanReward) -> trial.log("reward", step, meanReward));

        trial.record("regret", outcome.regret());
        trial.record("optimal_action", outcome.optimalAction());
        trial.record("mean_reward", outcome.meanReward());
    }
}

package ${package};

/**
 * Upper-confidence-bound action selection (Sutton and Barto 2018, section 2.7, after P. Auer, N. Cesa-Bianchi
 * and P. Fischer, "Finite-time analysis of the multiarmed bandit problem", Machine Learning 47, 2002): every
 * arm once, then the arm maximising {@code Q(a) + c * sqrt(ln t / N(a))} at step {@code t}, where {@code Q(a)}
 * is the arm's sample-average estimate and {@code N(a)} the number of times it was pulled.
 */
public final class Ucb implements Agent {

    private final ActionValues values;
    private final double c;
    private int step;

    /**
     * @param arms the number of arms
     * @param c the confidence level, the weight of the exploration bonus; positive
     */
    public Ucb(int arms, double c) {
        if (!(c > 0)) {
            throw new IllegalArgumentException("Ucb: c must be positive, was " + c);
        }
        this.values = new ActionValues(arms);
        this.c = c;
    }

    @Override
    public int choose() {
        step++;
        int best = -1;
        double bestBound = Double.NEGATIVE_INFINITY;
        for (int arm = 0; arm < values.arms(); arm++) {
            if (values.pulls(arm) == 0) {
                return arm; // an arm never pulled has an unbounded upper confidence bound
            }
            double bound = values.estimate(arm) + c * Math.sqrt(Math.log(step) / values.pulls(arm));
            if (bound > bestBound) {
                best = arm;
                bestBound = bound;
            }
        }
        return best;
    }

    @Override
    public void learn(int arm, double reward) {
        values.update(arm, reward);
    }
}

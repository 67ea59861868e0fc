package ${package};

/** A learner that chooses one arm per step and learns from the reward it gets. */
public interface Agent {

    /** The arm to pull at this step. */
    int choose();

    /** Learns from the reward that pulling {@code arm} returned. */
    void learn(int arm, double reward);
}

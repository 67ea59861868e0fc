package dev.cohort.example;

/**
 * The learners compared by the studies, each built from one step size so that all can be swept over the
 * same values: for {@link #LMS} it is the fixed step size {@code alpha}; for {@link #IDBD} it is the
 * initial step size of every input, from which IDBD adapts them with the meta step size {@link
 * #META_STEP_SIZE}; for {@link #AUTOSTEP} it is the initial step size of every input, adapted with the
 * paper's recommended {@link Autostep#MU} and {@link Autostep#TAU}.
 */
public enum Algorithm {
    /** Least mean squares with one fixed step size. */
    LMS,
    /** Sutton's (1992) Incremental Delta-Bar-Delta, one adapted step size per input. */
    IDBD,
    /** Mahmood, Sutton, Degris and Pilarski's (2012) Autostep: IDBD normalised, without a meta step size to tune. */
    AUTOSTEP;

    /**
     * IDBD's meta step size {@code theta}, fixed for the study. In a pilot on the noise-free stream (30 seeds,
     * 10,000 examples, initial step sizes 0.01 and 0.05), {@code theta} between 0.005 and 0.01 gave the
     * lowest final errors; 0.002 adapted too slowly within 10,000 examples, and at 0.02 some runs became
     * unstable.
     */
    public static final double META_STEP_SIZE = 0.005;

    /**
     * A new learner with zero initial weights.
     *
     * @param inputs the number of inputs
     * @param stepSize LMS's step size, or IDBD's and Autostep's initial step size
     */
    public Learner create(int inputs, double stepSize) {
        return switch (this) {
            case LMS -> new Lms(inputs, stepSize);
            case IDBD -> new Idbd(inputs, META_STEP_SIZE, stepSize);
            case AUTOSTEP -> new Autostep(inputs, Autostep.MU, Autostep.TAU, stepSize);
        };
    }
}

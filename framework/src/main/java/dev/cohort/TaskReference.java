package dev.cohort;

/**
 * The reference scores of one task, for {@link Normalization#REFERENCE}: the score that normalises to 0
 * and the one that normalises to 1, for example a random policy's and a human's score on an Atari game.
 *
 * @param low the score that normalises to 0
 * @param high the score that normalises to 1
 */
public record TaskReference(double low, double high) {

    /** Checks that both scores are finite and differ. */
    public TaskReference {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException(
                    "reference scores must be finite numbers, got low " + low + " and high " + high);
        }
        if (low == high) {
            throw new IllegalArgumentException(
                    "reference scores low and high are equal (" + low + "), so they cannot normalise a score");
        }
    }

    /** The score {@code x} normalised: {@code (x - low) / (high - low)}. */
    public double normalise(double x) {
        return (x - low) / (high - low);
    }
}

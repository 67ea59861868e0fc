package dev.cohort.example;

/**
 * Runs a learner on a stream and measures how well it tracks the target: the squared prediction error of
 * every example, made before the learner sees the example's target (online, prequential error).
 */
public final class Tracking {

    /** Receives one point of the learning curve. */
    @FunctionalInterface
    public interface CurveListener {

        /**
         * Called once per window.
         *
         * @param step the number of examples seen at the end of the window
         * @param meanSquaredError the mean squared error over the window
         */
        void point(long step, double meanSquaredError);
    }

    /**
     * What a run measured.
     *
     * @param steps the number of examples
     * @param finalError the mean squared error over the last {@code finalWindow} examples
     * @param meanError the mean squared error over all examples
     */
    public record Outcome(int steps, double finalError, double meanError) {}

    private Tracking() {}

    /**
     * Runs {@code learner} on {@code steps} examples of {@code stream}.
     *
     * @param learner the learner, updated in place
     * @param stream the stream, advanced by {@code steps} examples
     * @param steps how many examples
     * @param finalWindow over how many final examples {@link Outcome#finalError()} is averaged
     * @param curveWindow every how many examples {@code curve} receives the window's mean squared error
     * @param curve the learning-curve listener
     * @return the final and overall mean squared errors
     */
    public static Outcome run(
            Learner learner, DriftingTarget stream, int steps, int finalWindow, int curveWindow, CurveListener curve) {
        if (finalWindow < 1 || finalWindow > steps || curveWindow < 1) {
            throw new IllegalArgumentException("need 1 <= finalWindow <= steps and curveWindow >= 1");
        }
        double total = 0.0;
        double finalSum = 0.0;
        double windowSum = 0.0;
        int windowCount = 0;
        for (int step = 1; step <= steps; step++) {
            double target = stream.next();
            double error = learner.learn(stream.input(), target);
            double squared = error * error;
            total += squared;
            if (step > steps - finalWindow) {
                finalSum += squared;
            }
            windowSum += squared;
            windowCount++;
            if (windowCount == curveWindow || step == steps) {
                curve.point(step, windowSum / windowCount);
                windowSum = 0.0;
                windowCount = 0;
            }
        }
        return new Outcome(steps, finalSum / finalWindow, total / steps);
    }
}

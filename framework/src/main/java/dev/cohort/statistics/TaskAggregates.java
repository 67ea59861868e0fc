package dev.cohort.statistics;

/**
 * Aggregates of one configuration's normalised scores across tasks (Agarwal et al. 2021, "Deep
 * reinforcement learning at the edge of the statistical precipice", <i>NeurIPS</i>, the rliable library).
 * The scores are {@code runs[task][run]}: every task has at least one run; tasks may have different
 * numbers of runs.
 */
public final class TaskAggregates {

    private TaskAggregates() {}

    /** Each task's score, the mean of its runs. */
    public static double[] taskMeans(double[][] runs) {
        double[] means = new double[runs.length];
        for (int t = 0; t < runs.length; t++) {
            means[t] = Descriptive.mean(runs[t]);
        }
        return means;
    }

    /** The mean over tasks of the task scores. */
    public static double mean(double[][] runs) {
        return Descriptive.mean(taskMeans(runs));
    }

    /** The median over tasks of the task scores, R's {@code median}. */
    public static double median(double[][] runs) {
        return Descriptive.median(taskMeans(runs));
    }

    /** The interquartile mean {@code mean(x, trim = 0.25)} of all runs of all tasks pooled. */
    public static double iqm(double[][] runs) {
        return Descriptive.iqm(pooled(runs));
    }

    /** The optimality gap {@code 1 - mean(min(x, 1))} of all runs of all tasks pooled. */
    public static double optimalityGap(double[][] runs) {
        double[] x = pooled(runs);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(x[i], 1);
        }
        return 1 - Descriptive.mean(x);
    }

    /**
     * The probability of improvement of a over b: the mean over tasks of {@code P(X > Y) + P(X = Y) / 2}
     * over all pairs of a run of a (X) and a run of b (Y) on the task; with {@code lowerIsBetter}, {@code
     * P(X < Y) + P(X = Y) / 2}. Both have runs on the same tasks, in the same order.
     */
    public static double probabilityOfImprovement(double[][] a, double[][] b, boolean lowerIsBetter) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("a and b need runs on the same tasks");
        }
        double sum = 0;
        for (int t = 0; t < a.length; t++) {
            double[] x = Descriptive.sorted(a[t]);
            double[] y = Descriptive.sorted(b[t]);
            sum += greaterOrHalfTied(x, x.length, y, y.length);
        }
        double poi = sum / a.length;
        return lowerIsBetter ? 1 - poi : poi;
    }

    /**
     * {@code P(X > Y) + P(X = Y) / 2} over the pairs of the first {@code nx} values of sorted {@code x} and
     * the first {@code ny} of sorted {@code y}, by one merge.
     */
    static double greaterOrHalfTied(double[] x, int nx, double[] y, int ny) {
        return greaterOrHalfTied(x, 0, nx, y, 0, ny);
    }

    /** {@link #greaterOrHalfTied(double[], int, double[], int)} over {@code x[xFrom, xFrom+nx)} and {@code y[yFrom, yFrom+ny)}. */
    static double greaterOrHalfTied(double[] x, int xFrom, int nx, double[] y, int yFrom, int ny) {
        long twiceCount = 0;
        int below = 0;
        int belowOrEqual = 0;
        for (int i = xFrom; i < xFrom + nx; i++) {
            double v = x[i];
            while (below < ny && y[yFrom + below] < v) {
                below++;
            }
            if (belowOrEqual < below) {
                belowOrEqual = below;
            }
            while (belowOrEqual < ny && y[yFrom + belowOrEqual] <= v) {
                belowOrEqual++;
            }
            twiceCount += below + (long) belowOrEqual;
        }
        return twiceCount / (2.0 * nx * ny);
    }

    /**
     * The performance profile at each threshold: the mean over tasks of the fraction of the task's runs
     * above the threshold (below it with {@code lowerIsBetter}), so each task weighs equally.
     */
    public static double[] profile(double[][] runs, double[] thresholds, boolean lowerIsBetter) {
        double[] steps = new double[thresholds.length + 1];
        for (double[] task : runs) {
            double weight = 1.0 / (runs.length * (double) task.length);
            for (double v : task) {
                addToProfile(steps, thresholds, v, weight, lowerIsBetter);
            }
        }
        return profileFromSteps(steps, thresholds.length);
    }

    /**
     * Adds {@code weight} at every threshold {@code v} is better than, as steps (a difference array of
     * length {@code thresholds.length + 1}), so a value costs a binary search, not a pass over thresholds.
     */
    static void addToProfile(double[] steps, double[] thresholds, double v, double weight, boolean lowerIsBetter) {
        if (lowerIsBetter) {
            steps[firstAbove(thresholds, v)] += weight;
        } else {
            steps[0] += weight;
            steps[firstAtOrAbove(thresholds, v)] -= weight;
        }
    }

    /** The profile from its steps: their running sums, clamped to [0, 1] against rounding. */
    static double[] profileFromSteps(double[] steps, int thresholds) {
        double[] fraction = new double[thresholds];
        double running = 0;
        for (int j = 0; j < thresholds; j++) {
            running += steps[j];
            fraction[j] = Math.max(0, Math.min(1, running));
        }
        return fraction;
    }

    /** The first index whose threshold is >= v (the number of thresholds below v). */
    static int firstAtOrAbove(double[] thresholds, double v) {
        int i = guess(thresholds, v);
        while (i > 0 && thresholds[i - 1] >= v) {
            i--;
        }
        while (i < thresholds.length && thresholds[i] < v) {
            i++;
        }
        return i;
    }

    /** The first index whose threshold is > v. */
    static int firstAbove(double[] thresholds, double v) {
        int i = guess(thresholds, v);
        while (i > 0 && thresholds[i - 1] > v) {
            i--;
        }
        while (i < thresholds.length && thresholds[i] <= v) {
            i++;
        }
        return i;
    }

    /**
     * Where {@code v} falls if the thresholds are evenly spaced (as the analysis makes them), clamped to
     * the array; the callers walk from there, so the answer is right for any increasing thresholds and
     * costs a step or two for even ones instead of a binary search's unpredictable branches.
     */
    private static int guess(double[] thresholds, double v) {
        int n = thresholds.length;
        if (n < 2) {
            return 0;
        }
        double step = (thresholds[n - 1] - thresholds[0]) / (n - 1);
        double position = Math.ceil((v - thresholds[0]) / step);
        if (!(position > 0)) {
            return 0;
        }
        return position >= n ? n : (int) position;
    }

    static double[] pooled(double[][] runs) {
        int n = 0;
        for (double[] task : runs) {
            n += task.length;
        }
        double[] x = new double[n];
        int at = 0;
        for (double[] task : runs) {
            System.arraycopy(task, 0, x, at, task.length);
            at += task.length;
        }
        return x;
    }
}

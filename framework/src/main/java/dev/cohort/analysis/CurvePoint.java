package dev.cohort.analysis;

/**
 * One point of an aggregated learning curve: over the seeds that logged a value at this step (or in
 * this bucket of steps, after downsampling), the mean and its t-based 95% confidence interval.
 *
 * @param step the step (for a bucket, its last step)
 * @param n the number of seeds contributing
 * @param mean the mean over seeds
 * @param ciLow the lower end of the 95% interval of the mean, or {@code null} when {@code n < 2}
 * @param ciHigh the upper end, or {@code null} when {@code n < 2}
 */
public record CurvePoint(double step, int n, double mean, Double ciLow, Double ciHigh) {}

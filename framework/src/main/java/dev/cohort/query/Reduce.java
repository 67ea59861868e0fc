package dev.cohort.query;

import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The per-trial reductions of the query API: a recorded scalar, or the final value, the mean over the
 * last {@code k} points or the last fraction of points, or the best value so far, of a learning curve.
 *
 * <pre>{@code
 * query.summarize(Reduce.metric("final_error"));
 * query.summarize(Reduce.meanOfLastFraction("squared_error", 0.1));   // mean of the last 10% of the curve
 * }</pre>
 */
public final class Reduce {

    private Reduce() {}

    /** The scalar {@code name} the trial recorded with {@code Trial.record}. */
    public static Reduction metric(String name) {
        Objects.requireNonNull(name, "name");
        return new Reduction() {
            @Override
            public String metric() {
                return name;
            }

            @Override
            public String describe() {
                return name;
            }

            @Override
            public OptionalDouble apply(TrialResult trial, Function<String, Optional<Curve>> curves) {
                Double value = trial.metrics().get(name);
                return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
            }
        };
    }

    /** The last value of the curve {@code curve}. */
    public static Reduction finalValue(String curve) {
        return onCurve(curve, "final value of " + curve, v -> v[v.length - 1]);
    }

    /**
     * The mean of the last {@code k} values of the curve (all of them when it has fewer).
     *
     * @throws IllegalArgumentException when {@code k < 1}
     */
    public static Reduction meanOfLast(String curve, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("meanOfLast needs k >= 1 points, got " + k);
        }
        return onCurve(curve, "mean of the last " + k + " points of " + curve, v -> mean(v, Math.min(k, v.length)));
    }

    /**
     * The mean of the last fraction {@code p} of the curve's values (at least one value).
     *
     * @throws IllegalArgumentException when {@code p} is not in {@code (0, 1]}
     */
    public static Reduction meanOfLastFraction(String curve, double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("meanOfLastFraction needs a fraction in (0, 1], got " + p);
        }
        return onCurve(
                curve,
                "mean of the last " + Describe.number(p * 100) + "% of " + curve,
                v -> mean(v, Math.max(1, (int) Math.ceil(p * v.length))));
    }

    /**
     * The best value the curve reached: its minimum for {@link Goal#MINIMIZE}, its maximum for {@link
     * Goal#MAXIMIZE}. NaN points are skipped; a curve of NaN points only reduces to NaN, which the
     * summaries leave out as non-finite.
     *
     * @throws IllegalArgumentException for {@link Goal#NONE}
     */
    public static Reduction bestSoFar(String curve, Goal goal) {
        if (goal == null || !goal.hasDirection()) {
            throw new IllegalArgumentException("bestSoFar(" + curve + ") needs a goal, MINIMIZE or MAXIMIZE");
        }
        return onCurve(
                curve,
                "best " + curve + " so far (" + (goal == Goal.MINIMIZE ? "minimum" : "maximum") + ")",
                v -> Arrays.stream(v)
                        .filter(x -> !Double.isNaN(x))
                        .reduce(goal::better)
                        .orElse(Double.NaN));
    }

    private static Reduction onCurve(String curve, String description, ToDoubleFunction<double[]> reduce) {
        Objects.requireNonNull(curve, "curve");
        return new Reduction() {
            @Override
            public String metric() {
                return curve;
            }

            @Override
            public String describe() {
                return description;
            }

            @Override
            public OptionalDouble apply(TrialResult trial, Function<String, Optional<Curve>> curves) {
                return curves.apply(curve)
                        .filter(c -> c.size() > 0)
                        .map(c -> OptionalDouble.of(reduce.applyAsDouble(c.values())))
                        .orElse(OptionalDouble.empty());
            }
        };
    }

    private static double mean(double[] values, int last) {
        double sum = 0;
        for (int i = values.length - last; i < values.length; i++) {
            sum += values[i];
        }
        return sum / last;
    }
}

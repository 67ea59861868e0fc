package dev.cohort.analysis;

import dev.cohort.Goal;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether configuration {@code a} is significantly better than configuration {@code b} on one metric:
 * the one rule that {@code cohort:check} ({@code @Expect}), the assertions, the query API and the
 * report's "significantly worse than the best" share. {@code a} is significantly better than {@code b}
 * at {@code alpha} when its mean is better in the direction ({@link Goal#isBetter(double, double)}) and
 * the Holm-adjusted p-value of the test the analysis chose for the pair is below {@code alpha}.
 */
public final class Significance {

    /** How the two configurations compare. */
    public enum Verdict {
        /** {@code a} is significantly better than {@code b}. */
        BETTER,
        /** {@code b} is significantly better than {@code a}. */
        WORSE,
        /** The difference is significant, but neither mean is better in the direction (equal means, or no direction). */
        DIFFERENT,
        /** The Holm-adjusted p-value is at least alpha. */
        NOT_SIGNIFICANT,
        /** The analysis holds no comparison of the two, or its Holm-adjusted p-value is undefined. */
        UNDEFINED
    }

    private final GroupSummary a;
    private final GroupSummary b;
    private final Goal direction;
    private final double alpha;
    private final Comparison comparison;

    private Significance(GroupSummary a, GroupSummary b, Goal direction, double alpha, Comparison comparison) {
        this.a = a;
        this.b = b;
        this.direction = direction;
        this.alpha = alpha;
        this.comparison = comparison;
    }

    /**
     * How {@code a} compares with {@code b}, two groups of {@code metric}, in {@code direction} (usually
     * the metric's goal; an assertion of "lower than" asks in {@link Goal#MINIMIZE}).
     *
     * @throws IllegalArgumentException when {@code alpha} is not in (0, 1)
     */
    public static Significance of(MetricAnalysis metric, GroupSummary a, GroupSummary b, Goal direction, double alpha) {
        Objects.requireNonNull(direction, "direction");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
        return new Significance(
                a,
                b,
                direction,
                alpha,
                metric.comparison(a.config(), b.config()).orElse(null));
    }

    /** How {@code a} compares with {@code b} in the metric's goal. */
    public static Significance of(MetricAnalysis metric, GroupSummary a, GroupSummary b, double alpha) {
        return of(metric, a, b, metric.goal(), alpha);
    }

    /** The first configuration. */
    public GroupSummary a() {
        return a;
    }

    /** The second configuration. */
    public GroupSummary b() {
        return b;
    }

    /** The direction in which "better" is meant. */
    public Goal direction() {
        return direction;
    }

    /** The significance level. */
    public double alpha() {
        return alpha;
    }

    /** The analysis' comparison of the two, or empty when its family holds none (every pair against the best). */
    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison);
    }

    /** The Holm-adjusted p-value of the chosen test, undefined (with the reason) when the two were not compared. */
    public Statistic<Double> pHolm() {
        return comparison == null
                ? Statistic.undefined("the analysis holds no comparison of the two configurations")
                : comparison.pHolm();
    }

    /** Whether the Holm-adjusted p-value is defined and below alpha. */
    public boolean isSignificant() {
        return comparison != null && isSignificant(comparison, alpha);
    }

    /**
     * Whether the comparison's Holm-adjusted p-value is defined and below {@code alpha}: a significant
     * difference, in whichever direction (the report's tables mark such pairs).
     */
    public static boolean isSignificant(Comparison comparison, double alpha) {
        Statistic<Double> p = comparison.pHolm();
        return p.isDefined() && p.value() < alpha;
    }

    /** Whether {@code a}'s mean is better than {@code b}'s in the direction, significant or not. */
    public boolean isBetterByMean() {
        return a.mean().isDefined()
                && b.mean().isDefined()
                && direction.isBetter(a.mean().value(), b.mean().value());
    }

    /** Whether {@code a} is significantly better than {@code b}. */
    public boolean isSignificantlyBetter() {
        return verdict() == Verdict.BETTER;
    }

    /** The verdict. */
    public Verdict verdict() {
        if (!pHolm().isDefined()) {
            return Verdict.UNDEFINED;
        }
        if (!isSignificant()) {
            return Verdict.NOT_SIGNIFICANT;
        }
        if (isBetterByMean()) {
            return Verdict.BETTER;
        }
        boolean worse = a.mean().isDefined()
                && b.mean().isDefined()
                && direction.isBetter(b.mean().value(), a.mean().value());
        return worse ? Verdict.WORSE : Verdict.DIFFERENT;
    }
}

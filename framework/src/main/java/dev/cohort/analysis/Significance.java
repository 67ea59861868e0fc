package dev.cohort.analysis;

import dev.cohort.Across;
import dev.cohort.Goal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether configuration {@code a} is significantly better than configuration {@code b} on one metric:
 * the one rule that {@code cohort:check} ({@code @Expect}), the assertions, the query API and the
 * report's "significantly worse than the best" share. {@code a} is significantly better than {@code b}
 * at {@code alpha} when its mean is better in the direction ({@link Goal#isBetter(double, double)}) and
 * the Holm-adjusted p-value of the test the analysis chose for the pair is below {@code alpha}.
 *
 * <p>In an experiment with a task parameter, {@link #acrossTasks} judges two configurations of the other
 * parameters across the tasks ({@link AcrossTasks}): by the stratified-bootstrap interval of their
 * difference in interquartile mean of normalised scores, or by the tasks on which one is significantly
 * better than the other by the rule above, applied to each task's own analysis.
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

    private static final Statistic<Double> NO_PAIR =
            Statistic.undefined("the analysis holds no across-task comparison of the two configurations");

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

    /**
     * How configuration {@code a} compares with {@code b} across the tasks of {@code tasks}, in {@code
     * direction} at {@code alpha}: the IQM difference of the pair (oriented {@code a} minus {@code b}) and,
     * on every task, the within-task verdict of {@link #of(MetricAnalysis, GroupSummary, GroupSummary, Goal,
     * double)}.
     *
     * @throws IllegalArgumentException when {@code alpha} is not in (0, 1)
     */
    public static AcrossTasks acrossTasks(
            TaskAnalysis tasks, AggregateScores a, AggregateScores b, Goal direction, double alpha) {
        Objects.requireNonNull(direction, "direction");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
        int compared = 0;
        int wins = 0;
        int losses = 0;
        for (TaskMetric task : tasks.perTask()) {
            Optional<GroupSummary> ga = group(task.analysis(), a.config());
            Optional<GroupSummary> gb = group(task.analysis(), b.config());
            if (ga.isPresent() && gb.isPresent()) {
                compared++;
                Verdict verdict = of(task.analysis(), ga.get(), gb.get(), direction, alpha)
                        .verdict();
                wins += verdict == Verdict.BETTER ? 1 : 0;
                losses += verdict == Verdict.WORSE ? 1 : 0;
            }
        }
        Statistic<Double> difference = NO_PAIR;
        Statistic<Double> low = NO_PAIR;
        Statistic<Double> high = NO_PAIR;
        for (TaskPair pair : tasks.aggregate().pairs()) {
            if (pair.a().equals(a.config()) && pair.b().equals(b.config())) {
                difference = pair.iqmDifference();
                low = pair.iqmDifferenceLow();
                high = pair.iqmDifferenceHigh();
            } else if (pair.a().equals(b.config()) && pair.b().equals(a.config())) {
                difference = negate(pair.iqmDifference());
                low = negate(pair.iqmDifferenceHigh());
                high = negate(pair.iqmDifferenceLow());
            }
        }
        return new AcrossTasks(
                a,
                b,
                direction,
                alpha,
                difference,
                low,
                high,
                tasks.aggregate().bootstrap(),
                tasks.perTask().size(),
                compared,
                wins,
                losses);
    }

    /** The configuration's group in a task's analysis, when it has a mean there. */
    private static Optional<GroupSummary> group(MetricAnalysis metric, Map<String, Object> config) {
        return metric.groups().stream()
                .filter(g -> g.config().equals(config) && g.mean().isDefined())
                .findFirst();
    }

    private static Statistic<Double> negate(Statistic<Double> statistic) {
        return statistic.isDefined() ? Statistic.of(-statistic.value()) : statistic;
    }

    /**
     * Two configurations of an experiment with a task parameter, compared across its tasks.
     *
     * @param a the first configuration's standing across tasks
     * @param b the second configuration's
     * @param direction the direction in which "better" is meant
     * @param alpha the within-task significance level of {@link #wins} and {@link #losses}
     * @param iqmDifference {@code a}'s IQM of normalised scores minus {@code b}'s
     * @param iqmDifferenceLow the lower end of its stratified-bootstrap 95% interval
     * @param iqmDifferenceHigh the upper end of that interval
     * @param bootstrap the stratified bootstrap behind the interval
     * @param tasks the number of tasks
     * @param compared the tasks on which both configurations have a value, so that their within-task
     *     comparison counts
     * @param wins the tasks on which {@code a} is significantly better than {@code b} ({@link Verdict#BETTER})
     * @param losses the tasks on which {@code b} is significantly better than {@code a} ({@link Verdict#WORSE})
     */
    public record AcrossTasks(
            AggregateScores a,
            AggregateScores b,
            Goal direction,
            double alpha,
            Statistic<Double> iqmDifference,
            Statistic<Double> iqmDifferenceLow,
            Statistic<Double> iqmDifferenceHigh,
            StratifiedBootstrap bootstrap,
            int tasks,
            int compared,
            int wins,
            int losses) {

        /** Every part is present; the counts add up. */
        public AcrossTasks {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(iqmDifference, "iqmDifference");
            Objects.requireNonNull(iqmDifferenceLow, "iqmDifferenceLow");
            Objects.requireNonNull(iqmDifferenceHigh, "iqmDifferenceHigh");
            Objects.requireNonNull(bootstrap, "bootstrap");
            if (wins < 0 || losses < 0 || compared > tasks || wins + losses > compared) {
                throw new IllegalArgumentException("wins " + wins + " and losses " + losses + " do not fit " + compared
                        + " compared of " + tasks + " tasks");
            }
        }

        /**
         * The compared tasks on which neither configuration is significantly better, as the report's
         * wins/ties/losses count them.
         */
        public int ties() {
            return compared - wins - losses;
        }

        /**
         * Where the interval of the IQM difference lies: wholly on {@code a}'s better side of zero ({@link
         * Verdict#BETTER}), wholly on its worse side ({@link Verdict#WORSE}), off zero without a direction
         * ({@link Verdict#DIFFERENT}), around zero ({@link Verdict#NOT_SIGNIFICANT}), or undefined.
         */
        public Verdict iqmVerdict() {
            if (!iqmDifferenceLow.isDefined() || !iqmDifferenceHigh.isDefined()) {
                return Verdict.UNDEFINED;
            }
            double low = iqmDifferenceLow.value();
            double high = iqmDifferenceHigh.value();
            if (low <= 0 && high >= 0) {
                return Verdict.NOT_SIGNIFICANT;
            }
            if (!direction.hasDirection()) {
                return Verdict.DIFFERENT;
            }
            boolean above = low > 0;
            return above == (direction == Goal.MAXIMIZE) ? Verdict.BETTER : Verdict.WORSE;
        }

        /**
         * The tasks {@code a} must win: {@code minTasks}, or more than half of the tasks ({@code tasks / 2 +
         * 1}) when {@code minTasks} is 0.
         */
        public int requiredWins(int minTasks) {
            if (minTasks < 0) {
                throw new IllegalArgumentException("minTasks must not be negative, was " + minTasks);
            }
            return minTasks == 0 ? tasks / 2 + 1 : minTasks;
        }

        /**
         * Whether {@code a} is significantly better than {@code b} by {@code rule}: the IQM interval on the
         * better side of zero ({@link Across#IQM}, {@link Across#AUTO}), or at least {@link
         * #requiredWins(int)} wins ({@link Across#WINS}).
         */
        public boolean isSignificantlyBetter(Across rule, int minTasks) {
            return switch (rule) {
                case AUTO, IQM -> iqmVerdict() == Verdict.BETTER;
                case WINS -> wins >= requiredWins(minTasks);
            };
        }
    }
}

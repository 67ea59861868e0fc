package dev.cohort.analysis;

import dev.cohort.results.TaskDeclaration;
import java.util.Objects;
import java.util.Optional;

/**
 * Choices a project may make about the analysis; {@link #defaults()} gives SPEC section 5.
 *
 * @param testChoice how the test of each pairwise comparison is chosen
 * @param alpha the significance level of the normality and variance checks of {@link TestChoice#AUTO}
 *     and of the power analysis (before the multiplicity correction)
 * @param power the power the seed-count recommendation aims for
 * @param bootstrapResamples the number of bootstrap resamples for the percentile intervals of the mean
 *     and the IQM ({@code 0} turns the bootstrap off)
 * @param bootstrapSeed the seed of the bootstrap, so the same data always give the same intervals
 * @param comparisons which pairs of configurations are compared ({@link ComparisonFamily})
 * @param allPairsLimit the largest number of configurations {@link ComparisonFamily#AUTO} compares
 *     pair by pair; above it, every configuration is compared with the best one
 * @param bootstrapBudget the most resampled values the bootstrap draws for one metric (the sum over its
 *     configurations of values x resamples); a larger metric gets fewer resamples per configuration,
 *     and none below {@link #MIN_BOOTSTRAP_RESAMPLES}
 * @param stale whether trials that the experiment's latest declaration no longer has enter the
 *     statistics ({@link StalePolicy})
 * @param task the task parameter of experiments whose results declare none ({@code -Dcohort.task}), or
 *     {@code null}; a declared {@code @Task} wins
 * @param taskResamples the resamples of the stratified bootstrap across tasks
 */
public record AnalysisOptions(
        TestChoice testChoice,
        double alpha,
        double power,
        int bootstrapResamples,
        long bootstrapSeed,
        ComparisonFamily comparisons,
        int allPairsLimit,
        long bootstrapBudget,
        StalePolicy stale,
        TaskDeclaration task,
        int taskResamples) {

    /** The default {@link #allPairsLimit()}: 50 configurations, 1,225 pairs. */
    public static final int DEFAULT_ALL_PAIRS_LIMIT = 50;

    /** The default {@link #bootstrapBudget()}: 10^8 resampled values per metric (about a second). */
    public static final long DEFAULT_BOOTSTRAP_BUDGET = 100_000_000L;

    /**
     * The fewest resamples a percentile interval is computed from when the budget shrinks them (the
     * 2.5% tail then rests on 25 replicates); with fewer, the bootstrap intervals are omitted.
     */
    public static final int MIN_BOOTSTRAP_RESAMPLES = 1_000;

    /** The default {@link #taskResamples()}: 2,000, as rliable's examples. */
    public static final int DEFAULT_TASK_RESAMPLES = 2_000;

    /** Validates the options. */
    public AnalysisOptions {
        Objects.requireNonNull(testChoice, "testChoice");
        Objects.requireNonNull(comparisons, "comparisons");
        Objects.requireNonNull(stale, "stale");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("power must be in (0, 1), got " + power);
        }
        if (bootstrapResamples < 0) {
            throw new IllegalArgumentException("bootstrapResamples must be >= 0, got " + bootstrapResamples);
        }
        if (allPairsLimit < 2) {
            throw new IllegalArgumentException("allPairsLimit must be >= 2, got " + allPairsLimit);
        }
        if (taskResamples < 1) {
            throw new IllegalArgumentException("taskResamples must be >= 1, got " + taskResamples);
        }
        if (bootstrapBudget < 1) {
            throw new IllegalArgumentException("bootstrapBudget must be >= 1, got " + bootstrapBudget);
        }
    }

    /**
     * SPEC section 5: automatic test choice, alpha 0.05, power 0.8, 10000 bootstrap resamples, seed 1;
     * all pairs compared up to 50 configurations, else every configuration against the best; stale
     * trials left out; no task parameter for results without a declaration; 2,000 stratified resamples
     * across tasks.
     */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(
                TestChoice.AUTO,
                0.05,
                0.8,
                10_000,
                1L,
                ComparisonFamily.AUTO,
                DEFAULT_ALL_PAIRS_LIMIT,
                DEFAULT_BOOTSTRAP_BUDGET,
                StalePolicy.EXCLUDE,
                null,
                DEFAULT_TASK_RESAMPLES);
    }

    /** These options with another test choice. */
    public AnalysisOptions withTestChoice(TestChoice choice) {
        Copy copy = new Copy(this);
        copy.testChoice = choice;
        return copy.options();
    }

    /** These options with another bootstrap. */
    public AnalysisOptions withBootstrap(int resamples, long seed) {
        Copy copy = new Copy(this);
        copy.bootstrapResamples = resamples;
        copy.bootstrapSeed = seed;
        return copy.options();
    }

    /** These options with another comparison family and limit of {@link ComparisonFamily#AUTO}. */
    public AnalysisOptions withComparisons(ComparisonFamily family, int limit) {
        Copy copy = new Copy(this);
        copy.comparisons = family;
        copy.allPairsLimit = limit;
        return copy.options();
    }

    /** These options with another bootstrap budget (resampled values per metric). */
    public AnalysisOptions withBootstrapBudget(long budget) {
        Copy copy = new Copy(this);
        copy.bootstrapBudget = budget;
        return copy.options();
    }

    /** These options with another policy for stale trials. */
    public AnalysisOptions withStale(StalePolicy policy) {
        Copy copy = new Copy(this);
        copy.stale = policy;
        return copy.options();
    }

    /**
     * These options with a task parameter for results without a declaration, and the resamples of the
     * stratified bootstrap across tasks.
     */
    public AnalysisOptions withTask(TaskDeclaration declaration, int resamples) {
        Copy copy = new Copy(this);
        copy.task = declaration;
        copy.taskResamples = resamples;
        return copy.options();
    }

    /** The options' values, to change some and make new options: the one place that lists every component. */
    private static final class Copy {
        private TestChoice testChoice;
        private final double alpha;
        private final double power;
        private int bootstrapResamples;
        private long bootstrapSeed;
        private ComparisonFamily comparisons;
        private int allPairsLimit;
        private long bootstrapBudget;
        private StalePolicy stale;
        private TaskDeclaration task;
        private int taskResamples;

        private Copy(AnalysisOptions options) {
            testChoice = options.testChoice;
            alpha = options.alpha;
            power = options.power;
            bootstrapResamples = options.bootstrapResamples;
            bootstrapSeed = options.bootstrapSeed;
            comparisons = options.comparisons;
            allPairsLimit = options.allPairsLimit;
            bootstrapBudget = options.bootstrapBudget;
            stale = options.stale;
            task = options.task;
            taskResamples = options.taskResamples;
        }

        private AnalysisOptions options() {
            return new AnalysisOptions(
                    testChoice,
                    alpha,
                    power,
                    bootstrapResamples,
                    bootstrapSeed,
                    comparisons,
                    allPairsLimit,
                    bootstrapBudget,
                    stale,
                    task,
                    taskResamples);
        }
    }

    /**
     * The resamples each configuration of a metric with {@code values} values in all gets: {@link
     * #bootstrapResamples()} while {@code values x resamples} fits the {@link #bootstrapBudget()}, else as
     * many as fit, and {@code 0} (no bootstrap) when fewer than {@link #MIN_BOOTSTRAP_RESAMPLES} fit.
     */
    public int resamplesFor(long values) {
        if (bootstrapResamples == 0 || values <= 0) {
            return bootstrapResamples;
        }
        long fit = bootstrapBudget / values;
        if (fit >= bootstrapResamples) {
            return bootstrapResamples;
        }
        return fit < MIN_BOOTSTRAP_RESAMPLES ? 0 : (int) fit;
    }

    /**
     * Why a metric with {@code values} values in all gets fewer bootstrap resamples than {@link
     * #bootstrapResamples()} (see {@link #resamplesFor}), or empty when it gets them all.
     */
    public Optional<String> bootstrapNote(long values) {
        int resamples = resamplesFor(values);
        if (resamples == bootstrapResamples) {
            return Optional.empty();
        }
        if (resamples == 0) {
            return Optional.of("the bootstrap is omitted: " + values + " values x " + MIN_BOOTSTRAP_RESAMPLES
                    + " resamples exceed the budget of " + bootstrapBudget
                    + " resampled values per metric (AnalysisOptions.bootstrapBudget); the t interval stands");
        }
        return Optional.of(resamples + " resamples per configuration instead of " + bootstrapResamples + ": " + values
                + " values x " + bootstrapResamples + " exceed the budget of " + bootstrapBudget
                + " resampled values per metric (AnalysisOptions.bootstrapBudget)");
    }
}

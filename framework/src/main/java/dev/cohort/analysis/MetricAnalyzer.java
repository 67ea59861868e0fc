package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.statistics.AnovaResult;
import dev.cohort.statistics.Bootstrap.LocationIntervals;
import dev.cohort.statistics.Descriptive;
import dev.cohort.statistics.Interval;
import dev.cohort.statistics.OneWayAnova;
import dev.cohort.statistics.PAdjust;
import dev.cohort.statistics.Power;
import dev.cohort.statistics.ShapiroWilk;
import dev.cohort.statistics.ShapiroWilkResult;
import dev.cohort.statistics.SortedSample;
import dev.cohort.statistics.TTests;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** The analysis of one metric of one experiment: groups, omnibus tests and pairwise comparisons. */
final class MetricAnalyzer {

    private static final String NO_VALUES = "no successful trial recorded a finite value";
    private static final String PERFECT_FIT =
            "essentially perfect fit: the within-configuration variance is zero, so F is undefined"
                    + " (R's anova warns that it is unreliable)";
    private static final String CONSTANT = "the data are essentially constant (R's t.test refuses them)";

    private MetricAnalyzer() {}

    static MetricAnalysis analyze(
            String metric, Goal goal, List<String> parameters, List<ConfigurationData> data, AnalysisOptions options) {
        return analyze(metric, goal, parameters, data, options, true);
    }

    /**
     * The analysis, with the pairwise comparisons of its family when {@code compare}, else none (the
     * family recorded as {@link ComparisonFamily#ALL_PAIRS} of no pair).
     */
    static MetricAnalysis analyze(
            String metric,
            Goal goal,
            List<String> parameters,
            List<ConfigurationData> data,
            AnalysisOptions options,
            boolean compare) {
        return analyze(metric, goal, parameters, data, options, compare, null);
    }

    /**
     * The analysis, its groups taken from {@code known} where an entry is not null: the summary of the
     * same values with the same bootstrap resamples, computed already (a task's cell is a configuration
     * of the whole metric), so its bootstrap is not drawn twice. The other groups, and the pairs, are
     * computed in parallel, each from its own data alone, so the numbers do not depend on the threads.
     */
    static MetricAnalysis analyze(
            String metric,
            Goal goal,
            List<String> parameters,
            List<ConfigurationData> data,
            AnalysisOptions options,
            boolean compare,
            List<GroupSummary> known) {
        long values = data.stream().mapToLong(ConfigurationData::n).sum();
        int resamples = options.resamplesFor(values);
        String omitted = resamples == 0 ? options.bootstrapNote(values).orElse(null) : null;
        BootstrapIntervals bootstrap = resamples == 0 ? null : new BootstrapIntervals(resamples, options);
        // each configuration sorted and summed once, for its order statistics and for all its pairs
        List<ConfigurationSample> samplesOf =
                data.parallelStream().map(ConfigurationSample::of).toList();
        List<SortedSample> sorted =
                samplesOf.stream().map(ConfigurationSample::sorted).toList();
        // each configuration's summary depends on its own values only (its bootstrap seeded on its own), so
        // they are computed on every core, in order
        List<GroupSummary> groups = IntStream.range(0, data.size())
                .parallel()
                .mapToObj(i -> known != null && known.get(i) != null
                        ? known.get(i)
                        : summarize(data.get(i), sorted.get(i), bootstrap, omitted))
                .toList();
        List<Integer> presentIndices = IntStream.range(0, data.size())
                .filter(i -> data.get(i).n() > 0)
                .boxed()
                .toList();
        List<ConfigurationData> present = presentIndices.stream().map(data::get).toList();
        List<double[]> samples =
                present.stream().map(ConfigurationData::finiteValues).toList();
        double[] medians =
                presentIndices.stream().mapToDouble(i -> sorted.get(i).median()).toArray();
        Factorial factorial = FactorialAnalyzer.analyze(parameters, present);
        ComparisonFamily family = compare
                ? options.comparisons().resolve(data.size(), options.allPairsLimit())
                : ComparisonFamily.ALL_PAIRS;
        int reference = family == ComparisonFamily.VERSUS_BEST ? reference(goal, groups) : -1;
        List<Comparison> comparisons = compare
                ? compare(goal, data, samplesOf, groups, options, candidatePairs(data.size(), reference, family))
                : List.of();
        return new MetricAnalysis(
                metric,
                goal,
                groups,
                anova(data, samples),
                levene(data, samples, medians),
                factorial,
                comparisons,
                family,
                reference < 0 ? null : data.get(reference).config(),
                resamples,
                null);
    }

    private static String fewerThanTwo(List<ConfigurationData> data) {
        return data.size() < 2 ? "only one configuration" : "fewer than two configurations have values";
    }

    private static Anova anova(List<ConfigurationData> data, List<double[]> samples) {
        int total = samples.stream().mapToInt(s -> s.length).sum();
        int dfBetween = Math.max(0, samples.size() - 1);
        int dfWithin = Math.max(0, total - samples.size());
        if (samples.size() < 2) {
            return Anova.undefined(dfBetween, dfWithin, fewerThanTwo(data));
        }
        if (!OneWayAnova.isDefined(samples)) {
            return Anova.undefined(dfBetween, dfWithin, withinReason(samples));
        }
        AnovaResult r = OneWayAnova.test(samples);
        if (!Double.isFinite(r.ssTotal())) {
            return Anova.undefined(dfBetween, dfWithin, Statistic.OVERFLOW);
        }
        return new Anova(
                Statistic.finiteOr(r.f(), PERFECT_FIT),
                r.dfBetween(),
                r.dfWithin(),
                Statistic.finiteOr(r.p(), PERFECT_FIT),
                finite(r.etaSquared()),
                finite(r.omegaSquared()));
    }

    private static Levene levene(List<ConfigurationData> data, List<double[]> samples, double[] medians) {
        if (samples.size() < 2) {
            return Levene.undefined(fewerThanTwo(data));
        }
        List<double[]> deviations = OneWayAnova.medianDeviations(samples, medians);
        if (!OneWayAnova.isDefined(deviations)) {
            if (samples.stream().mapToInt(s -> s.length).sum() <= samples.size()) {
                return Levene.undefined("needs more values than configurations");
            }
            return Levene.undefined(
                    overflows(deviations) ? Statistic.OVERFLOW : "every value equals its configuration's median");
        }
        AnovaResult r = OneWayAnova.test(deviations);
        if (!Double.isFinite(r.ssTotal())) {
            return Levene.undefined(Statistic.OVERFLOW);
        }
        String undefined = "the absolute deviations from the medians are an " + PERFECT_FIT;
        return new Levene(Statistic.finiteOr(r.f(), undefined), Statistic.finiteOr(r.p(), undefined));
    }

    private static String withinReason(List<double[]> samples) {
        int total = samples.stream().mapToInt(s -> s.length).sum();
        if (total <= samples.size()) {
            return "needs more values than configurations (one value per configuration leaves no residual)";
        }
        return overflows(samples) ? Statistic.OVERFLOW : "all values are equal";
    }

    /** Whether the sum of squares of all values overflows double precision. */
    private static boolean overflows(List<double[]> samples) {
        double[] all = samples.stream().flatMapToDouble(Arrays::stream).toArray();
        return !Double.isFinite(Descriptive.sumOfSquares(all));
    }

    static GroupSummary summarize(ConfigurationData d, AnalysisOptions options) {
        int resamples = options.bootstrapResamples();
        BootstrapIntervals bootstrap = resamples == 0 ? null : new BootstrapIntervals(resamples, options);
        return summarize(d, SortedSample.of(d.finiteValues()), bootstrap, null);
    }

    private static GroupSummary summarize(
            ConfigurationData d, SortedSample sorted, BootstrapIntervals bootstrap, String bootstrapOmitted) {
        double[] x = d.values();
        int n = x.length;
        if (n == 0) {
            Statistic<Double> none = Statistic.undefined(noValues(d));
            return new GroupSummary(
                    d.config(),
                    0,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    none,
                    d.nonFinite(),
                    d.missing(),
                    List.of());
        }
        Statistic<Double> sd;
        Statistic<Double> se;
        Statistic<Double> ciLow;
        Statistic<Double> ciHigh;
        if (n < 2) {
            sd = se = ciLow = ciHigh = Statistic.undefined("needs at least 2 values");
        } else {
            sd = finite(Descriptive.sd(x));
            se = finite(TTests.standardError(x));
            if (TTests.isEssentiallyConstant(x)) {
                ciLow = ciHigh = Statistic.undefined(CONSTANT);
            } else {
                Interval ci = TTests.meanInterval(x, 0.95);
                ciLow = finite(ci.low());
                ciHigh = finite(ci.high());
            }
        }
        Statistic<Double> shapiroW;
        Statistic<Double> shapiroP;
        if (n < ShapiroWilk.MIN_N || n > ShapiroWilk.MAX_N) {
            shapiroW = shapiroP = Statistic.undefined("Shapiro-Wilk needs 3 to 5000 values, got " + n);
        } else if (!ShapiroWilk.isDefined(x)) {
            shapiroW = shapiroP = Statistic.undefined("all values are identical");
        } else {
            ShapiroWilkResult r = ShapiroWilk.test(sorted);
            shapiroW = finite(r.w());
            shapiroP = finite(r.p());
        }
        Statistic<Double> meanBootLow;
        Statistic<Double> meanBootHigh;
        Statistic<Double> iqmBootLow;
        Statistic<Double> iqmBootHigh;
        if (bootstrap == null) {
            meanBootLow = meanBootHigh = iqmBootLow = iqmBootHigh =
                    Statistic.undefined(bootstrapOmitted == null ? "the bootstrap is turned off" : bootstrapOmitted);
        } else if (n < 2) {
            meanBootLow = meanBootHigh =
                    iqmBootLow = iqmBootHigh = Statistic.undefined("the bootstrap needs at least 2 values");
        } else {
            LocationIntervals boot = bootstrap.meanAndIqm(x);
            meanBootLow = finite(boot.mean().low());
            meanBootHigh = finite(boot.mean().high());
            iqmBootLow = finite(boot.trimmedMean().low());
            iqmBootHigh = finite(boot.trimmedMean().high());
        }
        return new GroupSummary(
                d.config(),
                n,
                finite(Descriptive.mean(x)),
                sd,
                se,
                ciLow,
                ciHigh,
                finite(sorted.median()),
                Statistic.of(Descriptive.min(x)),
                Statistic.of(Descriptive.max(x)),
                finite(sorted.trimmedMean(0.25)),
                shapiroW,
                shapiroP,
                finite(sorted.quantile(0.25)),
                finite(sorted.quantile(0.75)),
                meanBootLow,
                meanBootHigh,
                iqmBootLow,
                iqmBootHigh,
                d.nonFinite(),
                d.missing(),
                d.valueList());
    }

    /**
     * Why a configuration has no values: it has not run (of how many declared seeds), or its trials
     * recorded none, or only non-finite ones.
     */
    private static String noValues(ConfigurationData d) {
        if (d.seedsRun().length == 0) {
            return "no trial of this configuration has run"
                    + (d.declaredSeeds() > 0 ? " (0 of " + d.declaredSeeds() + " declared seeds)" : "");
        }
        List<String> why = new ArrayList<>();
        if (d.nonFinite() > 0) {
            why.add(d.nonFinite() + " recorded a non-finite value (not a number, or infinite)");
        }
        if (d.missing() > 0) {
            why.add(d.missing() + " did not record this metric");
        }
        return why.isEmpty() ? NO_VALUES : NO_VALUES + " (of its successful trials, " + String.join(", ", why) + ")";
    }

    /**
     * The index of the reference of {@link ComparisonFamily#VERSUS_BEST}: the best mean by the goal (the
     * first on a tie), or the first configuration with values for {@link Goal#NONE}; -1 when none has values.
     */
    static int reference(Goal goal, List<GroupSummary> groups) {
        List<Integer> withMean = IntStream.range(0, groups.size())
                .filter(i -> groups.get(i).mean().isDefined())
                .boxed()
                .toList();
        return goal.best(withMean, i -> groups.get(i).mean().value()).orElse(-1);
    }

    /** The pairs (indices a, b) of the family: all pairs in order, or the reference with every other one. */
    private static List<int[]> candidatePairs(int k, int reference, ComparisonFamily family) {
        List<int[]> pairs = new ArrayList<>();
        if (family == ComparisonFamily.ALL_PAIRS) {
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    pairs.add(new int[] {i, j});
                }
            }
        } else if (reference >= 0) {
            for (int j = 0; j < k; j++) {
                if (j != reference) {
                    pairs.add(new int[] {reference, j});
                }
            }
        }
        return pairs;
    }

    private static List<Comparison> compare(
            Goal goal,
            List<ConfigurationData> data,
            List<ConfigurationSample> sorted,
            List<GroupSummary> groups,
            AnalysisOptions options,
            List<int[]> candidates) {
        // each pair depends on its two configurations only: compared on every core, in order
        List<PairComparison> pairs = candidates.parallelStream()
                .map(ab -> PairComparison.of(
                        goal,
                        data.get(ab[0]),
                        data.get(ab[1]),
                        sorted.get(ab[0]),
                        sorted.get(ab[1]),
                        groups.get(ab[0]),
                        groups.get(ab[1]),
                        options))
                .toList();
        double[] p = pairs.stream().mapToDouble(c -> c.p.orElse(Double.NaN)).toArray();
        double[] bonferroni = PAdjust.bonferroni(p);
        double[] holm = PAdjust.holm(p);
        double[] holmAlpha = PairComparison.holmAlphas(p, options.alpha());
        long family = Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
        Power.CriticalValues alphaBonferroni =
                new Power.CriticalValues(family == 0 ? Double.NaN : options.alpha() / family);
        return IntStream.range(0, pairs.size())
                .parallel()
                .mapToObj(
                        k -> pairs.get(k).toComparison(bonferroni[k], holm[k], alphaBonferroni, holmAlpha[k], options))
                .toList();
    }

    /**
     * A computed statistic: undefined when the arithmetic overflows (values near the limits of double
     * precision give an infinite sum or a NaN statistic).
     */
    private static Statistic<Double> finite(double value) {
        return Statistic.finiteOr(value, Statistic.OVERFLOW);
    }
}

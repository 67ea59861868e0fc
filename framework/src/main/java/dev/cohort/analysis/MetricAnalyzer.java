package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.statistics.AnovaResult;
import dev.cohort.statistics.Bootstrap.LocationIntervals;
import dev.cohort.statistics.Descriptive;
import dev.cohort.statistics.Interval;
import dev.cohort.statistics.OneWayAnova;
import dev.cohort.statistics.PAdjust;
import dev.cohort.statistics.ShapiroWilk;
import dev.cohort.statistics.ShapiroWilkResult;
import dev.cohort.statistics.TTests;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        long values = data.stream().mapToLong(ConfigurationData::n).sum();
        int resamples = options.resamplesFor(values);
        String omitted = resamples == 0 && options.bootstrapResamples() > 0
                ? "the bootstrap is omitted: " + values + " values x " + AnalysisOptions.MIN_BOOTSTRAP_RESAMPLES
                        + " resamples exceed the budget of " + options.bootstrapBudget()
                        + " resampled values per metric (AnalysisOptions.bootstrapBudget); the t interval stands"
                : null;
        List<GroupSummary> groups = new ArrayList<>();
        for (ConfigurationData d : data) {
            groups.add(summarize(d, options, resamples, omitted));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        if (omitted != null) {
            reasons.put("bootstrap", omitted);
        } else if (resamples < options.bootstrapResamples()) {
            reasons.put(
                    "bootstrap",
                    resamples + " resamples per configuration instead of " + options.bootstrapResamples() + ": "
                            + values + " values x " + options.bootstrapResamples() + " exceed the budget of "
                            + options.bootstrapBudget() + " resampled values per metric"
                            + " (AnalysisOptions.bootstrapBudget)");
        }
        List<ConfigurationData> present = data.stream().filter(d -> d.n() > 0).toList();
        List<double[]> samples = present.stream().map(ConfigurationData::values).toList();

        Anova anova = null;
        Levene levene = null;
        if (present.size() < 2) {
            String why = data.size() < 2 ? "only one configuration" : "fewer than two configurations have values";
            reasons.put("anova", why);
            reasons.put("levene", why);
        } else {
            if (OneWayAnova.isDefined(samples)) {
                AnovaResult r = OneWayAnova.test(samples);
                anova = new Anova(r.f(), r.dfBetween(), r.dfWithin(), r.p(), r.etaSquared(), r.omegaSquared());
            } else {
                reasons.put("anova", withinReason(samples));
            }
            List<double[]> deviations = OneWayAnova.medianDeviations(samples);
            if (OneWayAnova.isDefined(deviations)
                    && !Double.isNaN(OneWayAnova.test(deviations).f())) {
                AnovaResult r = OneWayAnova.test(deviations);
                levene = new Levene(r.f(), r.p());
            } else if (OneWayAnova.isDefined(deviations)) {
                reasons.put("levene", "the absolute deviations from the medians are an " + PERFECT_FIT);
            } else {
                reasons.put(
                        "levene",
                        samples.stream().mapToInt(s -> s.length).sum() <= samples.size()
                                ? "needs more values than configurations"
                                : "every value equals its configuration's median");
            }
        }

        Factorial factorial = FactorialAnalyzer.analyze(parameters, present, reasons);

        ComparisonFamily family = options.comparisons().resolve(data.size(), options.allPairsLimit());
        int reference = family == ComparisonFamily.VERSUS_BEST ? reference(goal, groups) : -1;
        if (family == ComparisonFamily.VERSUS_BEST && reference < 0) {
            reasons.put("comparisons", "no configuration has values, so there is no reference to compare with");
        }
        List<Comparison> comparisons =
                compare(goal, data, groups, options, candidatePairs(data.size(), reference, family));
        return new MetricAnalysis(
                metric,
                goal,
                groups,
                anova,
                levene,
                factorial,
                comparisons,
                reasons,
                family,
                reference < 0 ? null : data.get(reference).config(),
                resamples);
    }

    /** Why a configuration has no value: it has not run (of how many declared seeds), or no run recorded one. */
    private static String noValues(ConfigurationData d) {
        if (d.seedsRun().length > 0) {
            return NO_VALUES;
        }
        return "no trial of this configuration has run"
                + (d.declaredSeeds() > 0 ? " (0 of " + d.declaredSeeds() + " declared seeds)" : "");
    }

    private static String withinReason(List<double[]> samples) {
        int total = samples.stream().mapToInt(s -> s.length).sum();
        if (total <= samples.size()) {
            return "needs more values than configurations (one value per configuration leaves no residual)";
        }
        return "all values are equal";
    }

    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static GroupSummary summarize(ConfigurationData d, AnalysisOptions options) {
        return summarize(d, options, options.bootstrapResamples(), null);
    }

    private static GroupSummary summarize(
            ConfigurationData d, AnalysisOptions options, int resamples, String bootstrapOmitted) {
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> excluded = new ArrayList<>();
        if (d.nonFinite() > 0) {
            excluded.add(d.nonFinite() + " non-finite value(s) (NaN or infinite) excluded");
        }
        if (d.missing() > 0) {
            excluded.add(d.missing() + " successful trial(s) did not record this metric");
        }
        if (!excluded.isEmpty()) {
            reasons.put("n", String.join("; ", excluded));
        }
        double[] x = d.values();
        int n = x.length;
        if (n == 0) {
            for (String field : List.of(
                    "mean",
                    "sd",
                    "se",
                    "ciLow",
                    "ciHigh",
                    "median",
                    "min",
                    "max",
                    "iqm",
                    "shapiroW",
                    "shapiroP",
                    "q25",
                    "q75",
                    "meanBootLow",
                    "meanBootHigh",
                    "iqmBootLow",
                    "iqmBootHigh")) {
                reasons.put(field, noValues(d));
            }
            return new GroupSummary(
                    d.config(),
                    0,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    d.nonFinite(),
                    reasons,
                    List.of());
        }
        Double sd = null;
        Double se = null;
        Double ciLow = null;
        Double ciHigh = null;
        if (n < 2) {
            String why = "needs at least 2 values";
            reasons.put("sd", why);
            reasons.put("se", why);
            reasons.put("ciLow", why);
            reasons.put("ciHigh", why);
        } else {
            sd = Descriptive.sd(x);
            se = TTests.standardError(x);
            if (TTests.isEssentiallyConstant(x)) {
                reasons.put("ciLow", CONSTANT);
                reasons.put("ciHigh", CONSTANT);
            } else {
                Interval ci = TTests.meanInterval(x, 0.95);
                ciLow = ci.low();
                ciHigh = ci.high();
            }
        }
        Double shapiroW = null;
        Double shapiroP = null;
        if (n < ShapiroWilk.MIN_N || n > ShapiroWilk.MAX_N) {
            String why = "Shapiro-Wilk needs 3 to 5000 values, got " + n;
            reasons.put("shapiroW", why);
            reasons.put("shapiroP", why);
        } else if (!ShapiroWilk.isDefined(x)) {
            String why = "all values are identical";
            reasons.put("shapiroW", why);
            reasons.put("shapiroP", why);
        } else {
            ShapiroWilkResult r = ShapiroWilk.test(x);
            shapiroW = r.w();
            shapiroP = r.p();
        }
        Interval meanBoot = null;
        Interval iqmBoot = null;
        if (resamples == 0) {
            String why = bootstrapOmitted == null ? "the bootstrap is turned off" : bootstrapOmitted;
            reasons.put("meanBootLow", why);
            reasons.put("meanBootHigh", why);
            reasons.put("iqmBootLow", why);
            reasons.put("iqmBootHigh", why);
        } else if (n < 2) {
            String why = "the bootstrap needs at least 2 values";
            reasons.put("meanBootLow", why);
            reasons.put("meanBootHigh", why);
            reasons.put("iqmBootLow", why);
            reasons.put("iqmBootHigh", why);
        } else {
            LocationIntervals boot = BootstrapIntervals.meanAndIqm(x, resamples, options);
            meanBoot = boot.mean();
            iqmBoot = boot.trimmedMean();
        }
        return new GroupSummary(
                d.config(),
                n,
                Descriptive.mean(x),
                sd,
                se,
                ciLow,
                ciHigh,
                Descriptive.median(x),
                Descriptive.min(x),
                Descriptive.max(x),
                Descriptive.iqm(x),
                shapiroW,
                shapiroP,
                Descriptive.quantile(x, 0.25),
                Descriptive.quantile(x, 0.75),
                meanBoot == null ? null : meanBoot.low(),
                meanBoot == null ? null : meanBoot.high(),
                iqmBoot == null ? null : iqmBoot.low(),
                iqmBoot == null ? null : iqmBoot.high(),
                d.nonFinite(),
                reasons,
                d.valueList());
    }

    /**
     * The index of the reference of {@link ComparisonFamily#VERSUS_BEST}: the best mean by the goal (the
     * first on a tie), or the first configuration with values for {@link Goal#NONE}; -1 when none has values.
     */
    static int reference(Goal goal, List<GroupSummary> groups) {
        List<Integer> withMean = IntStream.range(0, groups.size())
                .filter(i -> groups.get(i).mean() != null)
                .boxed()
                .toList();
        return goal.best(withMean, i -> groups.get(i).mean()).orElse(-1);
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
            List<GroupSummary> groups,
            AnalysisOptions options,
            List<int[]> candidates) {
        List<PairComparison> pairs = new ArrayList<>();
        for (int[] ab : candidates) {
            pairs.add(PairComparison.of(
                    goal, data.get(ab[0]), data.get(ab[1]), groups.get(ab[0]), groups.get(ab[1]), options));
        }
        double[] p =
                pairs.stream().mapToDouble(c -> c.p == null ? Double.NaN : c.p).toArray();
        double[] bonferroni = PAdjust.bonferroni(p);
        double[] holm = PAdjust.holm(p);
        double[] holmAlpha = PairComparison.holmAlphas(p, options.alpha());
        long family = Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
        List<Comparison> result = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            result.add(pairs.get(k)
                    .toComparison(
                            Double.isNaN(bonferroni[k]) ? null : bonferroni[k],
                            Double.isNaN(holm[k]) ? null : holm[k],
                            family == 0 ? Double.NaN : options.alpha() / family,
                            holmAlpha[k],
                            options));
        }
        return result;
    }
}

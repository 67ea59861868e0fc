package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Anova;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ComparisonFamily;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.Factorial;
import dev.cohort.analysis.FactorialTerm;
import dev.cohort.analysis.FailedTrial;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Levene;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TestKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Analysis models built by hand, independent of the Analyzer. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2025-01-02T03:04:05Z");

    private static final int DEFAULT_BOOTSTRAP = AnalysisOptions.defaults().bootstrapResamples();

    private Fixtures() {}

    static Map<String, Object> config(Object... namesAndValues) {
        Map<String, Object> config = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            config.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return config;
    }

    static GroupSummary group(Map<String, Object> config, int n, Double mean, Double sd) {
        return Records.make(
                GroupSummary.class,
                Records.values(
                        "config",
                        config,
                        "n",
                        n,
                        "mean",
                        mean,
                        "sd",
                        sd,
                        "se",
                        sd == null ? null : sd / Math.sqrt(n),
                        "ciLow",
                        mean == null ? null : mean - 0.1,
                        "ciHigh",
                        mean == null ? null : mean + 0.1,
                        "median",
                        mean,
                        "min",
                        mean == null ? null : mean - 1,
                        "max",
                        mean == null ? null : mean + 1,
                        "iqm",
                        mean,
                        "shapiroW",
                        0.95,
                        "shapiroP",
                        0.5));
    }

    /** A group whose Shapiro-Wilk statistics are undefined (too few values). */
    static GroupSummary smallGroup(Map<String, Object> config) {
        String why = "needs 3 to 5000 values, got 2";
        return Records.make(
                GroupSummary.class,
                Records.values(
                        "config", config,
                        "n", 2,
                        "mean", 1.5,
                        "sd", 0.7071,
                        "se", 0.5,
                        "ciLow", -4.85,
                        "ciHigh", 7.85,
                        "median", 1.5,
                        "min", 1.0,
                        "max", 2.0,
                        "iqm", 1.5,
                        "reasons", Map.of("shapiroW", why, "shapiroP", why)));
    }

    /** A group with the given statistics only, the others {@code null}. */
    static GroupSummary groupOf(Object... namesAndValues) {
        return Records.make(GroupSummary.class, Records.values(namesAndValues));
    }

    static Comparison comparison(Map<String, Object> a, Map<String, Object> b, TestKind test, Double p) {
        String why = "configurations ran different seeds";
        return Records.make(
                Comparison.class,
                Records.values(
                        "a",
                        a,
                        "b",
                        b,
                        "test",
                        test,
                        "p",
                        p,
                        "pBonferroni",
                        p == null ? null : Math.min(1, 3 * p),
                        "pHolm",
                        p == null ? null : Math.min(1, 2 * p),
                        "studentT",
                        2.5,
                        "studentP",
                        0.02,
                        "welchT",
                        2.4,
                        "welchDf",
                        17.9,
                        "welchP",
                        0.027,
                        "mannWhitneyU",
                        12.0,
                        "mannWhitneyP",
                        0.03,
                        "cohensD",
                        -0.8,
                        "hedgesG",
                        -0.78,
                        "probabilityOfImprovement",
                        0.3,
                        "seedsForPowerBonferroni",
                        28,
                        "seedsForPowerHolm",
                        26,
                        "reasons",
                        Map.of(
                                "pairs",
                                why,
                                "pairedT",
                                why,
                                "pairedP",
                                why,
                                "wilcoxonV",
                                why,
                                "wilcoxonP",
                                why,
                                "pairedCorrelation",
                                why)));
    }

    static FactorialTerm term(String name, int df, double sumSq, Double f, Double p) {
        String why = "the residual sum of squares is zero";
        return Records.make(
                FactorialTerm.class,
                Records.values(
                        "term", name, "df", df, "sumSq", sumSq, "f", f, "p", p, "reasons", Map.of("f", why, "p", why)));
    }

    static MetricAnalysis metric(String name, Goal goal, List<GroupSummary> groups) {
        return metric(name, goal, groups, List.of());
    }

    /** An analysis of all pairs with the default bootstrap, undefined ANOVA and Levene, and no factorial test. */
    static MetricAnalysis metric(String name, Goal goal, List<GroupSummary> groups, List<Comparison> comparisons) {
        return new MetricAnalysis(
                name,
                goal,
                groups,
                Anova.undefined(0, 0, Records.UNSET),
                Levene.undefined(Records.UNSET),
                null,
                comparisons,
                ComparisonFamily.ALL_PAIRS,
                null,
                DEFAULT_BOOTSTRAP,
                null);
    }

    /** A two-parameter experiment with every kind of statistic, some of them null. */
    static StudyAnalysis study() {
        Map<String, Object> a = config("alpha", 0.01, "algorithm", "LMS");
        Map<String, Object> b = config("alpha", 0.01, "algorithm", "IDBD");
        Map<String, Object> c = config("alpha", 0.1, "algorithm", "IDBD");
        MetricAnalysis error = new MetricAnalysis(
                "final_error",
                Goal.MINIMIZE,
                List.of(group(a, 30, 0.5, 0.1), group(b, 30, 0.25, 0.05), group(c, 30, 0.75, 0.2)),
                new Anova(Statistic.of(12.5), 2, 87, Statistic.of(1.2e-5), Statistic.of(0.22), Statistic.of(0.2)),
                Levene.undefined("all groups have zero spread around their medians"),
                Records.make(
                        Factorial.class,
                        Records.values(
                                "terms",
                                List.of(
                                        term("alpha", 1, 3.5, 20.0, 1e-20),
                                        term("algorithm", 1, 1.25, 7.0, 0.0098),
                                        term("alpha*algorithm", 1, 0.5, null, null)),
                                "residualDf",
                                86,
                                "residualSumSq",
                                12.25)),
                List.of(
                        comparison(a, b, TestKind.WELCH_T, 0.0012),
                        comparison(a, c, TestKind.MANN_WHITNEY, 1e-20),
                        comparison(b, c, TestKind.STUDENT_T, 0.4)),
                ComparisonFamily.ALL_PAIRS,
                null,
                DEFAULT_BOOTSTRAP,
                null);
        MetricAnalysis accuracy = new MetricAnalysis(
                "accuracy",
                Goal.MAXIMIZE,
                List.of(group(a, 30, 0.9, 0.01), group(b, 30, 0.95, 0.01), smallGroup(c)),
                Anova.undefined(2, 0, "fewer than two groups with variance"),
                Levene.undefined("fewer than two groups"),
                null,
                List.of(),
                ComparisonFamily.ALL_PAIRS,
                null,
                DEFAULT_BOOTSTRAP,
                null);
        ExperimentAnalysis experiment = new ExperimentAnalysis(
                "org.acme.StepSize#tracking",
                List.of("alpha", "algorithm"),
                92,
                90,
                List.of(new FailedTrial(b, 42L, "FAILED", "java.lang.IllegalStateException", "diverged")),
                List.of(error, accuracy));
        return new StudyAnalysis(List.of(experiment));
    }

    static ReportContext context(String... problems) {
        return context(AnalysisOptions.defaults(), problems);
    }

    /** A context for an analysis made with {@code analysis}, without recorded designs. */
    static ReportContext context(AnalysisOptions analysis, String... problems) {
        return new ReportContext("Cohort report", NOW, "/tmp/results", List.of(problems), 0.05, analysis, Map.of());
    }
}

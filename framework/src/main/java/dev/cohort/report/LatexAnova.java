package dev.cohort.report;

import dev.cohort.analysis.Anova;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.Factorial;
import dev.cohort.analysis.FactorialTerm;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ANOVA tables of a metric as booktabs tables: the one-way ANOVA over the configurations (df, F, p,
 * eta squared, omega squared), and with two or more swept parameters the factorial ANOVA (each main
 * effect and interaction with df, sequential sum of squares, F and p, then the residual), as R's
 * {@code anova(lm(y ~ A * B))} prints it. Nothing for a metric of fewer than two configurations.
 */
final class LatexAnova implements LatexSection.Metric {

    @Override
    public void write(StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
        if (metric.groups().size() < 2) {
            return;
        }
        oneWay(tex, experiment, metric);
        Factorial factorial = metric.factorial();
        if (factorial != null && !factorial.terms().isEmpty()) {
            factorial(tex, experiment, metric, factorial);
        }
    }

    private static void oneWay(StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric) {
        Anova anova = metric.anova();
        Map<String, String> notes = new TreeMap<>();
        LatexTabular table =
                new LatexTabular(1, "rrrrr", List.of("Source", "df", "$F$", "$p$", "$\\eta^2$", "$\\omega^2$"));
        table.row(List.of(
                "Configuration",
                Integer.toString(anova.dfBetween()),
                LatexTables.math(false, LatexTables.stat(anova.f(), "f", notes)),
                LatexTables.math(false, p(anova.p(), notes)),
                LatexTables.math(false, LatexTables.stat(anova.etaSquared(), "etaSquared", notes)),
                LatexTables.math(false, LatexTables.stat(anova.omegaSquared(), "omegaSquared", notes))));
        table.row(List.of("Residual", Integer.toString(anova.dfWithin()), "", "", "", ""));
        table.write(
                tex,
                caption(experiment, metric, "one-way ANOVA over the configurations", "anova"),
                LatexTables.name(experiment, metric));
        LatexTables.notes(tex, notes);
    }

    private static void factorial(
            StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric, Factorial factorial) {
        Map<String, String> notes = new TreeMap<>();
        LatexTabular table = new LatexTabular(1, "rrrr", List.of("Term", "df", "Sum sq.", "$F$", "$p$"));
        for (FactorialTerm term : factorial.terms()) {
            table.row(List.of(
                    Latex.escape(term.term()).replace("*", " $\\times$ "),
                    Integer.toString(term.df()),
                    LatexTables.math(false, LatexTables.stat(term.sumSq(), "sumSq", notes)),
                    LatexTables.math(false, LatexTables.stat(term.f(), "f", notes)),
                    LatexTables.math(false, p(term.p(), notes))));
        }
        table.row(List.of(
                "Residual",
                Integer.toString(factorial.residualDf()),
                LatexTables.math(false, LatexTables.stat(factorial.residualSumSq(), "residualSumSq", notes)),
                "",
                ""));
        table.write(
                tex,
                caption(
                        experiment,
                        metric,
                        "factorial ANOVA over the swept parameters, sequential (type I) sums of squares",
                        "factorial"),
                LatexTables.name(experiment, metric));
        LatexTables.notes(tex, notes);
    }

    private static String p(Statistic<Double> p, Map<String, String> notes) {
        if (!p.isDefined()) {
            LatexTables.note(notes, "p", p);
            return LatexTables.MISSING;
        }
        return Numbers.latexP(p.value());
    }

    private static String caption(ExperimentAnalysis experiment, MetricAnalysis metric, String what, String key) {
        return "\\caption{" + LatexTables.name(experiment, metric) + ": " + what
                + ".}\n\\label{tab:cohort:" + Latex.labelKey(experiment.id() + ":" + metric.name() + ":" + key)
                + "}\n";
    }
}

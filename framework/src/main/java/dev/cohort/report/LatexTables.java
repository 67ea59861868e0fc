package dev.cohort.report;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.Statistic;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The booktabs tables of {@code report.tex}: one summary and one comparisons table per metric. */
final class LatexTables {

    /** Written for a missing value; the reason follows the table as a comment. */
    static final String MISSING = "---";

    /**
     * Opens a box that shrinks a table wider than the text to the text width and leaves a narrower one
     * as it is (graphicx's {@code \\resizebox}).
     */
    static final String FIT_OPEN = "\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%\n";

    /** Closes {@link #FIT_OPEN}. */
    static final String FIT_CLOSE = "%\n}\n";

    private LatexTables() {}

    /**
     * Per configuration: n, mean ± SD and the 95% CI of the mean; the best mean in bold by the metric's
     * goal, and a dagger on every configuration significantly worse than the best (Holm-adjusted p of
     * their comparison below alpha).
     */
    static final class Summary implements LatexSection.Metric {
        @Override
        public void write(
                StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            Set<Integer> best = Best.of(metric);
            Set<Integer> worse = SignificantlyWorse.of(metric, best, context.alpha());
            Map<String, String> notes = new TreeMap<>();
            String alpha = Numbers.plain(context.alpha());
            tex.append("\\begin{table}[htbp]\n\\centering\n\\caption{")
                    .append("Experiment ")
                    .append(Latex.escape(experiment.id()))
                    .append(", metric ")
                    .append(Latex.escape(metric.name()))
                    .append(" (")
                    .append(Labels.goal(metric.goal()))
                    .append("): mean $\\pm$ standard deviation and 95\\% confidence interval of the mean over ")
                    .append(seeds(metric.groups()));
            context.design(experiment.id())
                    .ifPresent(design -> tex.append("; design: ").append(Latex.escape(design)));
            exploratory(tex, experiment);
            if (!best.isEmpty()) {
                tex.append("; best mean in bold");
                StudyNotes.provisional(experiment)
                        .ifPresent(why ->
                                tex.append(" (").append(Latex.escape(why)).append(")"));
            }
            StudyNotes.missing(experiment)
                    .ifPresent(note ->
                            tex.append("; incomplete: ").append(Latex.escape(note.substring(0, note.length() - 1))));
            StudyNotes.stale(experiment, context.analysis().stale())
                    .ifPresent(note -> tex.append("; ").append(Latex.escape(note.substring(0, note.length() - 1))));
            if (!worse.isEmpty()) {
                tex.append("; $^{\\dagger}$: significantly worse than the best (")
                        .append(Latex.escape(
                                Labels.policyName(context.analysis().testChoice())))
                        .append("; Holm-adjusted $p < ")
                        .append(alpha)
                        .append("$ over ")
                        .append(Latex.escape(Labels.family(metric)))
                        .append(", $\\alpha = ")
                        .append(alpha)
                        .append("$)");
            }
            tex.append(".}\n\\label{tab:cohort:")
                    .append(Latex.labelKey(experiment.id() + ":" + metric.name()))
                    .append("}\n");
            tex.append(FIT_OPEN).append("\\begin{tabular}{lrcc}\n\\toprule\n");
            tex.append("Configuration & $n$ & Mean $\\pm$ SD & 95\\% CI \\\\\n\\midrule\n");
            List<GroupSummary> groups = metric.groups();
            for (int i = 0; i < groups.size(); i++) {
                GroupSummary g = groups.get(i);
                boolean bold = best.contains(i);
                String config = Latex.escape(Labels.config(g.config()));
                tex.append(bold ? "\\textbf{" + config + "}" : config);
                if (worse.contains(i)) {
                    tex.append("$^{\\dagger}$");
                }
                tex.append(" & ").append(g.n()).append(" & ");
                IntervalDigits digits = IntervalDigits.of(g.ciLow(), g.ciHigh());
                if (!g.mean().isDefined()) {
                    note(notes, "mean", g.mean());
                    tex.append(MISSING);
                } else {
                    tex.append(
                            math(bold, digits.latex(g.mean().value()) + " \\pm " + stat(g.sd(), digits, "sd", notes)));
                }
                tex.append(" & ");
                if (!g.ciLow().isDefined() && !g.ciHigh().isDefined()) {
                    note(notes, "ciLow", g.ciLow());
                    tex.append(MISSING);
                } else {
                    tex.append(math(
                            bold,
                            "[" + stat(g.ciLow(), digits, "ciLow", notes) + ", "
                                    + stat(g.ciHigh(), digits, "ciHigh", notes) + "]"));
                }
                tex.append(" \\\\\n");
            }
            tex.append("\\bottomrule\n\\end{tabular}").append(FIT_CLOSE).append("\\end{table}\n");
            notes(tex, notes);
        }
    }

    /** Every pair: the chosen test, its raw, Bonferroni- and Holm-adjusted p, Cohen's d and Hedges' g. */
    static final class Comparisons implements LatexSection.Metric {
        @Override
        public void write(
                StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            List<Comparison> comparisons = metric.comparisons();
            if (comparisons.isEmpty()) {
                return;
            }
            Map<String, String> notes = new TreeMap<>();
            String alpha = Numbers.plain(context.alpha());
            tex.append("\\begin{table}[htbp]\n\\centering\n\\caption{")
                    .append("Pairwise comparisons of experiment ")
                    .append(Latex.escape(experiment.id()))
                    .append(", metric ")
                    .append(Latex.escape(metric.name()))
                    .append(", over ")
                    .append(seeds(metric.groups()));
            exploratory(tex, experiment);
            tex.append(". Test per pair: ")
                    .append(Latex.escape(Labels.policy(
                            context.analysis().testChoice(), context.analysis().alpha())))
                    .append("; used here: ")
                    .append(Latex.escape(tests(comparisons)))
                    .append(". $p$ adjusted by Bonferroni and Holm over the family of ")
                    .append(Latex.escape(Labels.family(metric)))
                    .append("; Holm-adjusted $p < ")
                    .append(alpha)
                    .append("$ in bold ($\\alpha = ")
                    .append(alpha)
                    .append("$). $d$: Cohen's $d$ of a minus b; $g$: Hedges' $g$.}\n\\label{tab:cohort:")
                    .append(Latex.labelKey(experiment.id() + ":" + metric.name() + ":comparisons"))
                    .append("}\n");
            tex.append(FIT_OPEN).append("\\begin{tabular}{lllrrrrr}\n\\toprule\n");
            tex.append("a & b & Test & $p$ & $p_{\\mathrm{Bonf}}$ & $p_{\\mathrm{Holm}}$ & $d$ & $g$ \\\\\n"
                    + "\\midrule\n");
            for (Comparison c : comparisons) {
                boolean significant = Significance.isSignificant(c, context.alpha());
                tex.append(Latex.escape(Labels.config(c.a())))
                        .append(" & ")
                        .append(Latex.escape(Labels.config(c.b())))
                        .append(" & ")
                        .append(c.test() == null ? MISSING : Latex.escape(Labels.test(c.test())))
                        .append(" & ")
                        .append(math(false, pValue(c.p(), "p", notes)))
                        .append(" & ")
                        .append(math(false, pValue(c.pBonferroni(), "pBonferroni", notes)))
                        .append(" & ")
                        .append(math(significant, pValue(c.pHolm(), "pHolm", notes)))
                        .append(" & ")
                        .append(math(false, stat(c.cohensD(), "cohensD", notes)))
                        .append(" & ")
                        .append(math(false, stat(c.hedgesG(), "hedgesG", notes)))
                        .append(" \\\\\n");
            }
            tex.append("\\bottomrule\n\\end{tabular}").append(FIT_CLOSE).append("\\end{table}\n");
            notes(tex, notes);
        }
    }

    /** In the caption of a tuning table of an experiment with a confirmation stage: that it is exploratory. */
    private static void exploratory(StringBuilder tex, ExperimentAnalysis experiment) {
        if (experiment.hasConfirmation()) {
            tex.append("; tuning stage, exploratory: these seeds selected the configurations confirmed on fresh")
                    .append(" seeds, so its differences are not tests of the winners");
        }
    }

    /** The number of seeds per configuration, as the caption names it. */
    static String seeds(List<GroupSummary> groups) {
        IntSummaryStatistics n = groups.stream().mapToInt(GroupSummary::n).summaryStatistics();
        if (n.getCount() == 0) {
            return "no seeds";
        }
        if (n.getMin() == n.getMax()) {
            return "$n = " + n.getMin() + "$ seed" + (n.getMin() == 1 ? "" : "s") + " per configuration";
        }
        return "$n = " + n.getMin() + "$--$" + n.getMax() + "$ seeds per configuration";
    }

    private static String tests(List<Comparison> comparisons) {
        List<String> used = comparisons.stream()
                .map(Comparison::test)
                .filter(Objects::nonNull)
                .distinct()
                .map(Labels::test)
                .toList();
        return used.isEmpty() ? "none" : String.join(", ", used);
    }

    /** Math-mode content wrapped in {@code $...$}, in bold when asked, or {@code ---} when missing. */
    static String math(boolean bold, String content) {
        if (content.equals(MISSING)) {
            return MISSING;
        }
        return bold ? "$\\mathbf{" + content + "}$" : "$" + content + "$";
    }

    /** A statistic as math-mode content, or a boxed {@code ---} (its reason noted) inside math. */
    static String stat(Statistic<Double> statistic, String field, Map<String, String> notes) {
        if (!statistic.isDefined()) {
            note(notes, field, statistic);
            return "\\mbox{" + MISSING + "}";
        }
        return Numbers.latex(statistic.value());
    }

    /** {@link #stat(Statistic, String, Map)} with the decimals of its interval. */
    static String stat(Statistic<Double> statistic, IntervalDigits digits, String field, Map<String, String> notes) {
        return statistic.isDefined() ? digits.latex(statistic.value()) : stat(statistic, field, notes);
    }

    /** A p-value as math-mode content, or {@code ---} (its reason noted) for a cell of its own. */
    private static String pValue(Statistic<Double> statistic, String field, Map<String, String> notes) {
        if (!statistic.isDefined()) {
            note(notes, field, statistic);
            return MISSING;
        }
        return Numbers.latexP(statistic.value());
    }

    /** Notes the reason of an undefined statistic under its field, the first one of the table. */
    static void note(Map<String, String> notes, String field, Statistic<?> statistic) {
        notes.putIfAbsent(field, statistic.reason());
    }

    static void notes(StringBuilder tex, Map<String, String> notes) {
        notes.forEach((field, reason) -> tex.append("% --- ")
                .append(Latex.comment(field))
                .append(": ")
                .append(Latex.comment(reason))
                .append('\n'));
    }
}

package dev.cohort.report;

import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.Statistic;
import dev.cohort.results.ExperimentNames;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The booktabs tables of {@code report.tex} and {@code comparisons.tex}: summary and comparisons per metric. */
final class LatexTables {

    /** Written for a missing value; the reason follows the table as a comment. */
    static final String MISSING = "---";

    /**
     * The most pairs {@code report.tex} shows when there is no single best to compare against; more are
     * left to {@code comparisons.tex}.
     */
    static final int ROWS_PER_TABLE = 25;

    private LatexTables() {}

    /**
     * Per configuration: mean ± SD and the 95% CI of the mean (and n when it differs between
     * configurations); the best mean in bold by the metric's goal, and a dagger on every configuration
     * significantly worse than the best (Holm-adjusted p of their comparison below alpha).
     */
    static final class Summary implements LatexSection.Metric {
        @Override
        public void write(
                StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            Set<Integer> best = Best.of(metric);
            Set<Integer> worse = SignificantlyWorse.of(metric, best, context.alpha());
            Map<String, String> notes = new TreeMap<>();
            List<GroupSummary> groups = metric.groups();
            IntSummaryStatistics n = groups.stream().mapToInt(GroupSummary::n).summaryStatistics();
            boolean showN = n.getCount() > 0 && n.getMin() != n.getMax();
            StringBuilder caption = new StringBuilder("\\caption{")
                    .append(name(experiment, metric))
                    .append(" (")
                    .append(Labels.goal(metric.goal()))
                    .append("): mean $\\pm$ SD and 95\\% CI over ")
                    .append(seeds(groups));
            exploratory(caption, experiment);
            if (!best.isEmpty()) {
                caption.append("; best in bold");
            }
            if (!worse.isEmpty()) {
                caption.append("; $^{\\dagger}$: worse than the best (Holm $p < ")
                        .append(Numbers.plain(context.alpha()))
                        .append("$)");
            }
            caption.append(".}\n\\label{tab:cohort:")
                    .append(Latex.labelKey(experiment.id() + ":" + metric.name()))
                    .append("}\n");
            LatexTabular table = new LatexTabular(
                    1,
                    showN ? "rcc" : "cc",
                    showN
                            ? List.of("Configuration", "$n$", "Mean $\\pm$ SD", "95\\% CI")
                            : List.of("Configuration", "Mean $\\pm$ SD", "95\\% CI"));
            for (int i = 0; i < groups.size(); i++) {
                GroupSummary g = groups.get(i);
                boolean bold = best.contains(i);
                String config = Latex.escape(Labels.config(g.config()));
                List<LatexTabular.Cell> cells = new ArrayList<>(4);
                cells.add(LatexTabular.Cell.of(
                        (bold ? "\\textbf{" + config + "}" : config) + (worse.contains(i) ? "$^{\\dagger}$" : "")));
                if (showN) {
                    cells.add(LatexTabular.Cell.of(Integer.toString(g.n())));
                }
                IntervalDigits digits = IntervalDigits.of(g.ciLow(), g.ciHigh());
                if (!g.mean().isDefined()) {
                    note(notes, "mean", g.mean());
                    cells.add(LatexTabular.Cell.of(MISSING));
                } else {
                    cells.add(meanAndSd(bold, digits.latex(g.mean().value()), stat(g.sd(), digits, "sd", notes)));
                }
                cells.add(interval(bold, g.ciLow(), g.ciHigh(), digits, notes));
                table.cells(cells);
            }
            table.write(tex, caption.toString(), name(experiment, metric));
            notes(tex, notes);
        }
    }

    /** Which pairs a comparisons table shows. */
    enum Scope {
        /** In {@code report.tex}: each configuration against the best, when there is one best. */
        AGAINST_BEST,
        /** In {@code comparisons.tex}: every compared pair, over as many floats as a page needs. */
        ALL
    }

    /**
     * Comparisons as a paper shows them: the test of the pair, its Holm-adjusted p (in bold below alpha)
     * and Hedges' g. In {@link Scope#AGAINST_BEST} each other configuration against the best (g of it
     * minus the best), or every pair when there is no single best and they fit one float; in
     * {@link Scope#ALL} every pair, a against b (g of a minus b).
     */
    static final class Comparisons implements LatexSection.Metric {
        private final Scope scope;

        /** The pairs against the best, for {@code report.tex}. */
        Comparisons() {
            this(Scope.AGAINST_BEST);
        }

        Comparisons(Scope scope) {
            this.scope = scope;
        }

        @Override
        public void write(
                StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            List<Comparison> comparisons = metric.comparisons();
            if (comparisons.isEmpty()) {
                return;
            }
            Set<Integer> best = Best.of(metric);
            if (scope == Scope.AGAINST_BEST && best.size() == 1) {
                againstBest(
                        tex,
                        experiment,
                        metric,
                        metric.groups().get(best.iterator().next()),
                        context);
                return;
            }
            if (scope == Scope.AGAINST_BEST && comparisons.size() > ROWS_PER_TABLE) {
                tex.append("{\\raggedright The ")
                        .append(comparisons.size())
                        .append(" pairwise comparisons of ")
                        .append(name(experiment, metric))
                        .append(", are in comparisons.tex.\\par}\n");
                return;
            }
            allPairs(tex, experiment, metric, comparisons, context);
        }

        private void againstBest(
                StringBuilder tex,
                ExperimentAnalysis experiment,
                MetricAnalysis metric,
                GroupSummary best,
                ReportContext context) {
            Map<String, String> notes = new TreeMap<>();
            StringBuilder caption = new StringBuilder("\\caption{")
                    .append(name(experiment, metric))
                    .append(": each configuration against the best, ")
                    .append(Latex.escape(Labels.config(best.config())));
            exploratory(caption, experiment);
            caption.append("; Holm $p$, bold below ")
                    .append(Numbers.plain(context.alpha()))
                    .append("; Hedges' $g$ of it minus the best.}\n\\label{tab:cohort:")
                    .append(Latex.labelKey(experiment.id() + ":" + metric.name() + ":comparisons"))
                    .append("}\n");
            LatexTabular table =
                    new LatexTabular(1, "lrr", List.of("Configuration", "Test", "$p_{\\mathrm{Holm}}$", "$g$"));
            for (Comparison c : metric.comparisons()) {
                boolean bestIsA = c.a().equals(best.config());
                if (!bestIsA && !c.b().equals(best.config())) {
                    continue;
                }
                Map<String, Object> other = bestIsA ? c.b() : c.a();
                Statistic<Double> g = bestIsA ? negated(c.hedgesG()) : c.hedgesG();
                table.row(List.of(
                        Latex.escape(Labels.config(other)),
                        test(c),
                        math(Significance.isSignificant(c, context.alpha()), pValue(c.pHolm(), "pHolm", notes)),
                        math(false, stat(g, "hedgesG", notes))));
            }
            table.write(tex, caption.toString(), name(experiment, metric));
            notes(tex, notes);
        }

        private void allPairs(
                StringBuilder tex,
                ExperimentAnalysis experiment,
                MetricAnalysis metric,
                List<Comparison> rows,
                ReportContext context) {
            Map<String, String> notes = new TreeMap<>();
            LatexTabular table = new LatexTabular(2, "lrr", List.of("a", "b", "Test", "$p_{\\mathrm{Holm}}$", "$g$"));
            for (Comparison c : rows) {
                table.row(List.of(
                        Latex.escape(Labels.config(c.a())),
                        Latex.escape(Labels.config(c.b())),
                        test(c),
                        math(Significance.isSignificant(c, context.alpha()), pValue(c.pHolm(), "pHolm", notes)),
                        math(false, stat(c.hedgesG(), "hedgesG", notes))));
            }
            table.write(tex, (from, to, total) -> {
                StringBuilder caption = new StringBuilder("\\caption{")
                        .append(name(experiment, metric))
                        .append(": pairwise comparisons");
                if (to - from < total) {
                    caption.append(" ")
                            .append(from + 1)
                            .append("--")
                            .append(to)
                            .append(" of ")
                            .append(total);
                }
                exploratory(caption, experiment);
                return caption.append("; Holm $p$, bold below ")
                        .append(Numbers.plain(context.alpha()))
                        .append("; Hedges' $g$ of a minus b.}\n\\label{tab:cohort:")
                        .append(Latex.labelKey(experiment.id() + ":" + metric.name() + ":"
                                + (scope == Scope.ALL ? "all-pairs:" + from : "comparisons")))
                        .append("}\n")
                        .toString();
            });
            notes(tex, notes);
        }
    }

    /** The experiment as captions name it: its {@code @Experiment(name)} or its method name, escaped. */
    static String name(ExperimentAnalysis experiment) {
        return Latex.escape(ExperimentNames.methodOrName(experiment.id()));
    }

    /** A metric's table as captions name it: the experiment's name and the metric's, escaped. */
    static String name(ExperimentAnalysis experiment, MetricAnalysis metric) {
        return name(experiment) + ", " + Latex.escape(metric.name());
    }

    /** The test of a comparison in a table cell, short; its full name is in the policy paragraph. */
    private static String test(Comparison comparison) {
        if (comparison.test() == null) {
            return MISSING;
        }
        return switch (comparison.test()) {
            case STUDENT_T -> "Student $t$";
            case WELCH_T -> "Welch $t$";
            case MANN_WHITNEY -> "M-W $U$";
            case PAIRED_T -> "paired $t$";
            case WILCOXON -> "Wilcoxon";
        };
    }

    /** {@code statistic} of b minus a for one of a minus b; an undefined one as it is. */
    private static Statistic<Double> negated(Statistic<Double> statistic) {
        return statistic.isDefined() ? Statistic.of(-statistic.value()) : statistic;
    }

    /** In the caption of a tuning table of an experiment with a confirmation stage: that it is exploratory. */
    private static void exploratory(StringBuilder caption, ExperimentAnalysis experiment) {
        if (experiment.hasConfirmation()) {
            caption.append("; tuning stage (exploratory)");
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

    /** The readable names of the tests the comparisons used, in order of first use, or {@code none}. */
    static String tests(List<Comparison> comparisons) {
        List<String> used = comparisons.stream()
                .map(Comparison::test)
                .filter(Objects::nonNull)
                .distinct()
                .map(Labels::test)
                .toList();
        return used.isEmpty() ? "none" : String.join(", ", used);
    }

    /** A mean and its standard deviation in math mode, stackable as the mean above {@code \\pm} the SD. */
    private static LatexTabular.Cell meanAndSd(boolean bold, String mean, String sd) {
        return LatexTabular.Cell.stackable(
                math(bold, mean + " \\pm " + sd), List.of(math(bold, mean), math(bold, "\\pm " + sd)));
    }

    /**
     * A confidence interval {@code [low, high]} in math mode, stackable as its low end above its high
     * end, or {@code ---} (the reason noted) when neither end is defined.
     */
    static LatexTabular.Cell interval(
            boolean bold,
            Statistic<Double> low,
            Statistic<Double> high,
            IntervalDigits digits,
            Map<String, String> notes) {
        if (!low.isDefined() && !high.isDefined()) {
            note(notes, "ciLow", low);
            return LatexTabular.Cell.of(MISSING);
        }
        String from = stat(low, digits, "ciLow", notes);
        String to = stat(high, digits, "ciHigh", notes);
        return LatexTabular.Cell.stackable(
                math(bold, "[" + from + ", " + to + "]"), List.of(math(bold, "[" + from + ","), math(bold, to + "]")));
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

package dev.cohort.report;

import dev.cohort.Goal;
import dev.cohort.analysis.Anova;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.Factorial;
import dev.cohort.analysis.FactorialTerm;
import dev.cohort.analysis.FailedTrial;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Levene;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StudyAnalysis;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The sections of the HTML report, one small class each. */
final class HtmlSections {

    private static final String NO_TEST = "no test was chosen for the pair";

    static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
                   background: #fff; margin: 0; line-height: 1.45; }
            main { max-width: 1200px; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
            h1 { font-size: 1.7rem; margin-bottom: .2rem; }
            h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem;
                 word-break: break-all; }
            h3 { font-size: 1.1rem; margin-top: 1.8rem; }
            .meta, .goal, .caption { color: #59636e; font-size: .9rem; }
            table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; }
            th, td { padding: .3rem .7rem; border-bottom: 1px solid #d8dee4; text-align: left; vertical-align: top; }
            th { background: #f6f8fa; font-weight: 600; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.best td, tr.top td { background: #dafbe1; font-weight: 600; }
            td.missing-level { color: #9a6700; font-style: italic; }
            tr.pair-details > td { padding: 0 .7rem .2rem; border-bottom: 1px solid #d8dee4; }
            tr.pair-details summary { cursor: pointer; color: #0969da; font-size: .78rem; }
            table.comparison-details { font-size: .78rem; margin: .2rem 0 .5rem; }
            table.comparison-details th { font-weight: 500; }
            tr.sig td.holm { font-weight: 700; }
            .badge { display: inline-block; margin-left: .4rem; padding: 0 .4rem; border-radius: .6rem;
                     background: #1a7f37; color: #fff; font-size: .75rem; font-weight: 600; }
            .na { color: #8c959f; cursor: help; }
            .na sup { font-size: .7em; }
            .notes { color: #59636e; font-size: .85rem; }
            .stat { margin: .3rem 0; }
            .message { white-space: pre-wrap; font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
                       font-size: .8rem; }
            .problems li { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; }
            details.more { margin: .2rem 0 1rem; }
            details.more summary { cursor: pointer; color: #0969da; font-size: .9rem; }
            details.more table { font-size: .8rem; }
            .warnings { border-left: 4px solid #bf8700; background: #fff8c5; padding: .2rem .8rem; margin: .6rem 0;
                        font-size: .9rem; }
            .warnings ul { margin: .2rem 0; padding-left: 1.2rem; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
            """;

    private HtmlSections() {}

    static String experimentAnchor(int index) {
        return "experiment-" + (index + 1);
    }

    /** The statistic in {@link Numbers#readable} form, or {@code null} when it is undefined. */
    static String num(Statistic<Double> statistic) {
        return statistic.isDefined() ? Numbers.readable(statistic.value()) : null;
    }

    /** The p-value in {@link Numbers#pValue} form, or {@code null} when it is undefined. */
    static String p(Statistic<Double> statistic) {
        return statistic.isDefined() ? Numbers.pValue(statistic.value()) : null;
    }

    /** The statistic for plain text (a tooltip): its value, or "—" and the reason it is undefined. */
    static String plainNum(Statistic<Double> statistic) {
        return statistic.isDefined() ? num(statistic) : Html.MISSING + " (" + statistic.reason() + ")";
    }

    /** {@link #plainNum(Statistic)} with the decimals of its interval. */
    static String plainNum(Statistic<Double> statistic, IntervalDigits digits) {
        return statistic.isDefined() ? digits.text(statistic) : plainNum(statistic);
    }

    /** The p-value for plain text (a tooltip): its value, or "—" and the reason it is undefined. */
    static String plainP(Statistic<Double> statistic) {
        return statistic.isDefined() ? p(statistic) : Html.MISSING + " (" + statistic.reason() + ")";
    }

    /** {@code ", p = "} before a p-value, {@code ", p "} before one shown as {@code < 1e-16}. */
    static String pLabel(Statistic<Double> value) {
        String formatted = p(value);
        return formatted != null && formatted.startsWith("<") ? ", p " : ", p = ";
    }

    /** The title, when and from where the report was generated. */
    static final class Header implements HtmlSection.Page {
        @Override
        public void render(Html html, StudyAnalysis study, ReportContext context) {
            html.element("h1", null, context.title()).raw("\n");
            html.open("p", "meta")
                    .text("Generated "
                            + DateTimeFormatter.ISO_INSTANT.format(
                                    context.generatedAt().truncatedTo(ChronoUnit.SECONDS))
                            + " from ")
                    .element("code", null, context.resultsDirectory())
                    .text(". " + study.experiments().size() + " experiment"
                            + (study.experiments().size() == 1 ? "" : "s") + ".")
                    .close("p");
        }
    }

    /** A note that the results hold no experiment. */
    static final class NoExperiments implements HtmlSection.Page {
        @Override
        public void render(Html html, StudyAnalysis study, ReportContext context) {
            if (study.experiments().isEmpty()) {
                html.element("p", null, "No experiments were found in the results.")
                        .raw("\n");
            }
        }
    }

    /** The lines of the results that could not be read. */
    static final class ReadProblems implements HtmlSection.Page {
        @Override
        public void render(Html html, StudyAnalysis study, ReportContext context) {
            if (context.problems().isEmpty()) {
                return;
            }
            html.element(
                            "h2",
                            null,
                            "Results that could not be read ("
                                    + context.problems().size() + ")")
                    .raw("\n");
            html.element("p", "caption", "These lines were skipped; the analysis below does not include them.")
                    .raw("\n<ul class=\"problems\">\n");
            for (String problem : context.problems()) {
                html.element("li", null, problem).raw("\n");
            }
            html.raw("</ul>\n");
        }
    }

    /** Parameters and trial counts of an experiment. */
    static final class Overview implements HtmlSection.Experiment {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            String parameters = experiment.parameters().isEmpty() ? "none" : String.join(", ", experiment.parameters());
            int failed = experiment.trials() - experiment.successful();
            html.open("p", "meta")
                    .text("Swept parameters: " + parameters + ". Trials: " + experiment.trials() + ", successful: "
                            + experiment.successful() + ", failed or aborted: " + failed + ".")
                    .close("p");
            context.design(experiment.id())
                    .ifPresent(design -> html.open("p", "meta")
                            .text("Design: " + design + ".")
                            .close("p"));
            if (experiment.metrics().isEmpty()) {
                html.element("p", null, "No metric was recorded by a successful trial.")
                        .raw("\n");
            }
        }
    }

    /** Per configuration: n, mean ± sd, 95% CI, median, IQM, Shapiro-Wilk p; the best one highlighted. */
    static final class SummaryTable implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            Set<Integer> best = Best.of(metric);
            html.raw("<table class=\"summary\">\n")
                    .headerRow(List.of("Configuration", "n", "Mean ± SD", "95% CI", "Median", "IQM", "Shapiro-Wilk p"))
                    .raw("<tbody>\n");
            List<GroupSummary> groups = metric.groups();
            Optional<String> provisional = StudyNotes.provisional(experiment);
            for (int i = 0; i < groups.size(); i++) {
                row(html, groups.get(i), best.contains(i), provisional.isPresent());
            }
            html.raw("</tbody>\n</table>\n");
            if (metric.goal() != Goal.NONE && metric.goal() != null && !best.isEmpty()) {
                html.element(
                                "p",
                                "caption",
                                "Highlighted: the best mean (" + Labels.goal(metric.goal()) + ")"
                                        + provisional.map(why -> "; " + why).orElse("") + ".")
                        .raw("\n");
            }
        }

        private static void row(Html html, GroupSummary g, boolean best, boolean provisional) {
            html.raw(best ? "<tr class=\"best\">" : "<tr>");
            html.open("td", null).text(Labels.config(g.config()));
            if (best) {
                html.element("span", "badge", provisional ? "best (provisional)" : "best");
            }
            html.raw("</td>");
            html.element("td", "num", Integer.toString(g.n()));
            IntervalDigits digits = IntervalDigits.of(g.ciLow(), g.ciHigh());
            html.open("td", "num")
                    .number(g.mean(), digits)
                    .text(" ± ")
                    .number(g.sd(), digits)
                    .raw("</td>");
            html.open("td", "num");
            interval(html, g, digits);
            html.raw("</td>");
            html.open("td", "num").number(g.median()).raw("</td>");
            html.open("td", "num").number(g.iqm()).raw("</td>");
            html.open("td", "num").pValue(g.shapiroP()).raw("</td>");
            html.raw("</tr>\n");
        }
    }

    /**
     * For each swept parameter, a small table of the best configuration at each of its values, its mean
     * and interval, and the test and Holm p against the runner-up ({@link BestPerLevel}).
     */
    static final class BestPerLevelTables implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            for (BestPerLevel level : BestPerLevel.of(experiment, metric)) {
                html.open("p", "stat")
                        .element(
                                "strong",
                                null,
                                "Best per " + level.parameter()
                                        + (experiment.bestIsProvisional() ? " (provisional)" : "")
                                        + (experiment.hasConfirmation()
                                                ? " (exploratory: on the seeds that chose it)"
                                                : ""))
                        .close("p");
                html.raw("<table class=\"best-per-level\">\n")
                        .headerRow(List.of(
                                level.parameter(),
                                "Best configuration",
                                "n",
                                "Mean",
                                "95% CI",
                                "Against",
                                "Test",
                                "Holm p"))
                        .raw("<tbody>\n");
                for (BestPerLevel.Level row : level.levels()) {
                    row(html, level.parameter(), row);
                }
                html.raw("</tbody>\n</table>\n");
                html.element(
                                "p",
                                "caption",
                                "Per value of " + level.parameter() + ", its best configuration ("
                                        + Labels.goal(metric.goal())
                                        + "). Against: the best it is compared with, the runner-up for the best of"
                                        + " all (highlighted), the best of all for the others; Test: the test the"
                                        + " analysis chose for that pair; Holm p: its p-value adjusted by Holm over"
                                        + " all comparisons of " + metric.name() + ".")
                        .raw("\n");
            }
        }

        private static void row(Html html, String parameter, BestPerLevel.Level row) {
            html.raw(row.top() ? "<tr class=\"top\">" : "<tr>").element("td", null, Labels.value(row.value()));
            if (row.best() == null) {
                html.raw("<td colspan=\"7\" class=\"missing-level\">")
                        .text(row.missing())
                        .raw("</td></tr>\n");
                return;
            }
            GroupSummary best = row.best();
            Map<String, Object> others = new LinkedHashMap<>(best.config());
            others.remove(parameter);
            html.element("td", null, Labels.config(others));
            html.element("td", "num", Integer.toString(best.n()));
            IntervalDigits digits = IntervalDigits.of(best.ciLow(), best.ciHigh());
            html.open("td", "num").number(best.mean(), digits).raw("</td>");
            html.open("td", "num");
            interval(html, best, digits);
            html.raw("</td>");
            if (row.against() == null) {
                html.raw("<td colspan=\"3\">")
                        .missing("no other value of " + parameter + " has a configuration with a value")
                        .raw("</td></tr>\n");
                return;
            }
            html.element(
                    "td",
                    null,
                    Labels.assignment(parameter, row.against().config().get(parameter)));
            Comparison c = row.comparison();
            if (c == null) {
                html.raw("<td colspan=\"2\">")
                        .missing("the analysis holds no comparison of the two configurations")
                        .raw("</td></tr>\n");
                return;
            }
            html.open("td", null).value(Labels.test(c.test()), NO_TEST).raw("</td>");
            html.open("td", "num holm").pValue(c.pHolm()).raw("</td></tr>\n");
        }
    }

    /** A mean's 95% confidence interval, {@code [low, high]}, or one "—" when it is undefined. */
    static void interval(Html html, GroupSummary g, IntervalDigits digits) {
        if (!g.ciLow().isDefined() && g.ciLow().equals(g.ciHigh())) {
            html.number(g.ciLow());
        } else {
            html.text("[")
                    .number(g.ciLow(), digits)
                    .text(", ")
                    .number(g.ciHigh(), digits)
                    .text("]");
        }
    }

    /** The one-way ANOVA and Levene (Brown-Forsythe) lines. */
    static final class AnovaLines implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            html.open("p", "stat").element("strong", null, "One-way ANOVA: ");
            Anova anova = metric.anova();
            if (!anova.f().isDefined() && !anova.etaSquared().isDefined()) {
                html.number(anova.f()); // no table at all: one reason says why
            } else {
                html.text("F(" + anova.dfBetween() + ", " + anova.dfWithin() + ") = ")
                        .number(anova.f())
                        .text(pLabel(anova.p()))
                        .pValue(anova.p())
                        .text(", η² = ")
                        .number(anova.etaSquared())
                        .text(", ω² = ")
                        .number(anova.omegaSquared());
            }
            html.close("p");
            html.open("p", "stat").element("strong", null, "Levene (Brown-Forsythe): ");
            Levene levene = metric.levene();
            if (!levene.f().isDefined()) {
                html.number(levene.f());
            } else {
                html.text("F = ").number(levene.f()).text(pLabel(levene.p())).pValue(levene.p());
            }
            html.close("p");
        }
    }

    /** The factorial ANOVA table, when two or more parameters are swept. */
    static final class FactorialTable implements HtmlSection.Metric {

        /** Why a term has no type II row: it adds no rank once the terms that do not contain it are in. */
        static final String ALIASED =
                "the term adds nothing to the model of the terms that do not contain it (aliased), so it has no"
                        + " type II row";

        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            Factorial factorial = metric.factorial();
            if (factorial == null) {
                return;
            }
            if (factorial.terms().isEmpty()) {
                html.open("p", "stat")
                        .element("strong", null, "Factorial ANOVA: ")
                        .number(factorial.residualSumSq())
                        .close("p");
                return;
            }
            html.element("p", "stat", "Factorial ANOVA:")
                    .raw("\n<table class=\"factorial\">\n")
                    .headerRow(List.of(
                            "Term",
                            "df",
                            "Sum Sq (sequential)",
                            "F",
                            "p",
                            "Sum Sq (type II)",
                            "F (type II)",
                            "p (type II)"))
                    .raw("<tbody>\n");
            Map<String, FactorialTerm> typeII = new LinkedHashMap<>();
            factorial.typeIITerms().forEach(t -> typeII.put(t.term(), t));
            for (FactorialTerm term : factorial.terms()) {
                html.raw("<tr>").element("td", null, term.term());
                html.element("td", "num", Integer.toString(term.df()));
                html.open("td", "num").number(term.sumSq()).raw("</td>");
                html.open("td", "num").number(term.f()).raw("</td>");
                html.open("td", "num").pValue(term.p()).raw("</td>");
                FactorialTerm second = typeII.get(term.term());
                if (second == null) {
                    html.open("td", "num").missing(ALIASED).raw("</td>");
                    html.open("td", "num").missing(ALIASED).raw("</td>");
                    html.open("td", "num").missing(ALIASED).raw("</td>");
                } else {
                    html.open("td", "num").number(second.sumSq()).raw("</td>");
                    html.open("td", "num").number(second.f()).raw("</td>");
                    html.open("td", "num").pValue(second.p()).raw("</td>");
                }
                html.raw("</tr>\n");
            }
            html.raw("<tr>").element("td", null, "Residuals");
            html.element("td", "num", Integer.toString(factorial.residualDf()));
            html.open("td", "num").number(factorial.residualSumSq()).raw("</td>");
            html.raw("<td></td><td></td><td></td><td></td><td></td></tr>\n</tbody>\n</table>\n");
            html.element(
                            "p",
                            "caption",
                            "Sequential (type I) sums of squares: each term adjusted for the terms above it"
                                    + " (R's anova(lm(y ~ A * B * ...))). Type II: each term adjusted for every term"
                                    + " that does not contain it (car::Anova(type = 2)); the two agree when every"
                                    + " configuration has the same number of values.")
                    .raw("\n");
        }
    }

    /**
     * Every pair of configurations with the test chosen for it ({@link ChosenStatistic}), its statistic,
     * its Holm-adjusted p-value and Cohen's d; under each pair a collapsed row with every other statistic
     * ({@link HtmlStatisticsSections.PairDetails}).
     */
    static final class ComparisonsTable implements HtmlSection.Metric {

        /** The columns of a pair's row, which its details row spans. */
        static final List<String> COLUMNS = List.of("a", "b", "Test", "Statistic", "Holm p", "Cohen's d");

        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            ShownComparisons shown = ShownComparisons.of(metric);
            List<Comparison> comparisons = shown.rows();
            if (comparisons.isEmpty()) {
                return;
            }
            html.element(
                            "p",
                            "stat",
                            "Pairwise comparisons (" + shown.total() + "): " + Labels.family(metric)
                                    + "; Holm and Bonferroni adjust over this family.")
                    .raw("\n<table class=\"comparisons\">\n")
                    .headerRow(COLUMNS)
                    .raw("<tbody>\n");
            for (Comparison c : comparisons) {
                boolean significant = Significance.isSignificant(c, context.alpha());
                html.raw(significant ? "<tr class=\"sig\">" : "<tr>");
                html.element("td", null, Labels.config(c.a()));
                html.element("td", null, Labels.config(c.b()));
                String test = Labels.test(c.test());
                if (test != null && c.test().isPaired() && c.pairs().isDefined()) {
                    test += " (" + c.pairs().value() + " paired seeds)";
                }
                html.open("td", null).value(test, NO_TEST).raw("</td>");
                ChosenStatistic statistic = ChosenStatistic.of(c);
                html.open("td", "num");
                if (statistic == null) {
                    html.missing(NO_TEST);
                } else {
                    String value = num(statistic.value());
                    html.value(
                            value == null ? null : c.test().statisticSymbol() + " = " + value,
                            statistic.value().reason());
                }
                html.raw("</td>");
                html.open("td", "num holm").pValue(c.pHolm()).raw("</td>");
                html.open("td", "num").number(c.cohensD()).raw("</td>");
                html.raw("</tr>\n");
                HtmlStatisticsSections.PairDetails.row(html, c, COLUMNS.size(), context);
            }
            html.raw("</tbody>\n</table>\n");
            html.element(
                            "p",
                            "caption",
                            (shown.isPartial() ? shown.note() + " " : "")
                                    + "Test and Statistic: the test chosen for the pair and its statistic: t for a"
                                    + " t-test, U (R's W) for Mann-Whitney, V (the sum of the positive signed ranks)"
                                    + " for Wilcoxon. A paired test (paired t, Wilcoxon signed-rank)"
                                    + " compares the two configurations seed by seed, as they ran the same seeds"
                                    + " (common random numbers). "
                                    + "Holm p: the p-value of the test chosen for the pair, adjusted by Holm over the "
                                    + shown.total()
                                    + " comparisons of this metric. Bold: Holm p < α = "
                                    + Numbers.plain(context.alpha())
                                    + ". Cohen's d: mean of a minus mean of b over the pooled SD. Under each pair,"
                                    + " collapsed: the raw and Bonferroni p, the other tests, the paired"
                                    + " correlation, Hedges' g, the probability of improvement and the seeds needed"
                                    + " for power.")
                    .raw("\n");
            HtmlStatisticsSections.PairDetails.caption(html, metric, context);
        }
    }

    /** The trials that failed or were aborted, with their errors. */
    static final class Failures implements HtmlSection.Experiment {

        private final boolean heading;

        /** With {@code heading}, the table under its own {@link #title}; without, for a part titled so. */
        Failures(boolean heading) {
            this.heading = heading;
        }

        /** "Failed and aborted trials (n)". */
        static String title(List<FailedTrial> failures) {
            return "Failed and aborted trials (" + failures.size() + ")";
        }

        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            List<FailedTrial> failures = experiment.failures();
            if (failures.isEmpty()) {
                return;
            }
            if (heading) {
                html.element("h3", null, title(failures)).raw("\n");
            }
            html.raw("<table class=\"failures\">\n")
                    .headerRow(List.of("Configuration", "Seed", "Status", "Error", "Message"))
                    .raw("<tbody>\n");
            for (FailedTrial failure : failures) {
                html.raw("<tr>");
                html.element("td", null, Labels.config(failure.config()));
                html.element("td", "num", Long.toString(failure.seed()));
                html.element("td", null, failure.status());
                html.element("td", null, failure.errorType() == null ? "" : failure.errorType());
                html.open("td", "message").text(failure.message() == null ? "" : failure.message());
                if (failure.stackTrace() != null && !failure.stackTrace().isBlank()) {
                    html.raw("<details><summary>stack trace</summary><pre class=\"message\">")
                            .text(failure.stackTrace())
                            .raw("</pre></details>");
                }
                html.raw("</td></tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
        }
    }
}

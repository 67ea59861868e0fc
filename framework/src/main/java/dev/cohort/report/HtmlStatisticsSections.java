package dev.cohort.report;

import static dev.cohort.report.HtmlSections.p;

import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.Levene;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The sections of the HTML report that show the less central statistics (in {@code <details>}, so the
 * main tables stay readable), how the tests were chosen, and the warnings a careful reader needs.
 */
final class HtmlStatisticsSections {

    private HtmlStatisticsSections() {}

    private static void cell(Html html, Statistic<Double> statistic) {
        html.open("td", "num").number(statistic).raw("</td>");
    }

    private static void pCell(Html html, Statistic<Double> statistic) {
        html.open("td", "num").pValue(statistic).raw("</td>");
    }

    private static void countCell(Html html, Statistic<Integer> statistic) {
        html.open("td", "num").count(statistic).raw("</td>");
    }

    private static String percent(double fraction) {
        return Numbers.plain(Math.round(fraction * 1000) / 10.0) + "%";
    }

    /** Every statistic of every configuration: spread, quartiles, extremes, bootstrap intervals, normality. */
    static final class GroupDetails implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            if (metric.groups().isEmpty()) {
                return;
            }
            AnalysisOptions options = context.analysis();
            html.raw("<details class=\"more\">\n<summary>All statistics per configuration</summary>\n")
                    .raw("<table class=\"group-details\">\n")
                    .headerRow(List.of(
                            "Configuration",
                            "n",
                            "Mean",
                            "SD",
                            "SE",
                            "IQM",
                            "Q25",
                            "Median",
                            "Q75",
                            "Min",
                            "Max",
                            "Bootstrap 95% CI of the mean",
                            "Bootstrap 95% CI of the IQM",
                            "Shapiro-Wilk W",
                            "Shapiro-Wilk p",
                            "Non-finite excluded"))
                    .raw("<tbody>\n");
            for (GroupSummary g : metric.groups()) {
                html.raw("<tr>").element("td", null, Labels.config(g.config()));
                html.element("td", "num", Integer.toString(g.n()));
                cell(html, g.mean());
                cell(html, g.sd());
                cell(html, g.se());
                cell(html, g.iqm());
                cell(html, g.q25());
                cell(html, g.median());
                cell(html, g.q75());
                cell(html, g.min());
                cell(html, g.max());
                interval(html, g.meanBootLow(), g.meanBootHigh());
                interval(html, g.iqmBootLow(), g.iqmBootHigh());
                cell(html, g.shapiroW());
                pCell(html, g.shapiroP());
                html.element("td", "num", Integer.toString(g.nonFinite()));
                html.raw("</tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
            html.element(
                            "p",
                            "caption",
                            "IQM: interquartile mean, the mean of the middle 50% (R's mean(x, trim = 0.25)). Q25, Q75:"
                                    + " quartiles (R's quantile, type 7). Bootstrap intervals: seeded percentile"
                                    + " bootstrap with " + metric.bootstrapResamples() + " resamples (seed "
                                    + options.bootstrapSeed() + ")"
                                    + options.bootstrapNote(values(metric))
                                            .map(note -> "; " + note)
                                            .orElse("")
                                    + ". Non-finite excluded: successful trials that"
                                    + " recorded a non-finite value (not a number, or infinite), left out of n.")
                    .raw("\n</details>\n");
        }

        private static void interval(Html html, Statistic<Double> low, Statistic<Double> high) {
            html.open("td", "num");
            if (!low.isDefined() && low.equals(high)) {
                html.number(low);
            } else {
                html.text("[").number(low).text(", ").number(high).text("]");
            }
            html.raw("</td>");
        }

        /** The values of the metric in all, the size the bootstrap budget is measured by. */
        private static long values(MetricAnalysis metric) {
            return metric.groups().stream().mapToLong(GroupSummary::n).sum();
        }
    }

    /** How the test of each pair was chosen and which policy was in force. */
    static final class TestPolicy implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            if (metric.comparisons().isEmpty()) {
                return;
            }
            Map<String, Integer> used = new LinkedHashMap<>();
            for (Comparison c : metric.comparisons()) {
                if (c.test() != null) {
                    used.merge(Labels.test(c.test()), 1, Integer::sum);
                }
            }
            List<String> counts = new ArrayList<>();
            used.forEach((test, n) -> counts.add(test + " for " + n + (n == 1 ? " pair" : " pairs")));
            html.element(
                            "p",
                            "caption",
                            "Test per pair: "
                                    + Labels.policy(
                                            context.analysis().testChoice(),
                                            context.analysis().alpha())
                                    + ". Used here: " + (counts.isEmpty() ? "none" : String.join(", ", counts))
                                    + ".")
                    .raw("\n");
        }
    }

    /**
     * Under each pair of the comparisons table, collapsed: every statistic of the pair that is not the
     * chosen test's (raw and Bonferroni p, every test, the paired correlation, effect sizes, the
     * probability of improvement, the seeds needed for power).
     */
    static final class PairDetails {

        /** A statistic of a pair: its label and how its cell is written. */
        private record Entry(String label, BiConsumer<Html, Comparison> cell) {}

        /** Label and value pairs per line of the details. */
        private static final int PER_LINE = 4;

        private PairDetails() {}

        private static List<Entry> entries(ReportContext context) {
            String power = percent(context.analysis().power());
            return List.of(
                    new Entry("p (chosen test, unadjusted)", (h, c) -> h.pValue(c.p())),
                    new Entry("Bonferroni p", (h, c) -> h.pValue(c.pBonferroni())),
                    new Entry("Pairs", (h, c) -> h.count(c.pairs())),
                    new Entry("Paired r", (h, c) -> h.number(c.pairedCorrelation())),
                    new Entry("Student t", (h, c) -> h.number(c.studentT())),
                    new Entry("Student p", (h, c) -> h.pValue(c.studentP())),
                    new Entry("Welch t", (h, c) -> h.number(c.welchT())),
                    new Entry("Welch df", (h, c) -> h.number(c.welchDf())),
                    new Entry("Welch p", (h, c) -> h.pValue(c.welchP())),
                    new Entry("Mann-Whitney U", (h, c) -> h.number(c.mannWhitneyU())),
                    new Entry("Mann-Whitney p", (h, c) -> h.pValue(c.mannWhitneyP())),
                    new Entry("Paired t", (h, c) -> h.number(c.pairedT())),
                    new Entry("Paired p", (h, c) -> h.pValue(c.pairedP())),
                    new Entry("Wilcoxon V", (h, c) -> h.number(c.wilcoxonV())),
                    new Entry("Wilcoxon p", (h, c) -> h.pValue(c.wilcoxonP())),
                    new Entry("Hedges' g", (h, c) -> h.number(c.hedgesG())),
                    new Entry("P(a better than b)", (h, c) -> h.number(c.probabilityOfImprovement())),
                    new Entry(
                            "Seeds for " + power + " power (Bonferroni)",
                            (h, c) -> h.count(c.seedsForPowerBonferroni())),
                    new Entry("Seeds for " + power + " power (Holm)", (h, c) -> h.count(c.seedsForPowerHolm())));
        }

        /** The details row of {@code c}, spanning the {@code columns} of the comparisons table. */
        static void row(Html html, Comparison c, int columns, ReportContext context) {
            html.raw("<tr class=\"pair-details\"><td colspan=\"" + columns + "\"><details>")
                    .raw("<summary>every statistic of the pair</summary>\n<table class=\"comparison-details\">\n");
            List<Entry> entries = entries(context);
            for (int i = 0; i < entries.size(); i += PER_LINE) {
                html.raw("<tr>");
                for (Entry entry : entries.subList(i, Math.min(entries.size(), i + PER_LINE))) {
                    html.element("th", null, entry.label());
                    html.open("td", "num");
                    entry.cell().accept(html, c);
                    html.raw("</td>");
                }
                html.raw("</tr>\n");
            }
            html.raw("</table>\n</details></td></tr>\n");
        }

        /** What the statistics of the details rows are. */
        static void caption(Html html, MetricAnalysis metric, ReportContext context) {
            AnalysisOptions options = context.analysis();
            String power = percent(options.power());
            html.element(
                            "p",
                            "caption",
                            "Under each pair: p (chosen test, unadjusted): the p-value of the test chosen for the"
                                    + " pair before adjustment; Bonferroni p: it times the number of comparisons."
                                    + " Student t and Welch t: two-sample t-tests with equal and unequal variances;"
                                    + " Mann-Whitney U:"
                                    + " R's W of wilcox.test (exact without ties when both n < 50). Paired t and"
                                    + " Wilcoxon V (signed rank): over the seeds both configurations ran (Pairs),"
                                    + " matched by seed; Paired r: Pearson's correlation of the two configurations'"
                                    + " values over the seeds with values in both, what pairing bought: the higher r,"
                                    + " the less of the seed-to-seed variation is left in the paired differences."
                                    + " Hedges' g: Cohen's d corrected for small samples. P(a better than b): the"
                                    + " probability that a trial of a beats a trial of b (" + Labels.goal(metric.goal())
                                    + "; ties count one half). Seeds for " + power + " power: the seeds per"
                                    + " configuration a two-sample t-test needs to detect the observed d with "
                                    + power + " power at the corrected alpha (" + Numbers.plain(options.alpha())
                                    + " divided by the number of comparisons for Bonferroni, by the remaining"
                                    + " comparisons at this pair's rank for Holm).")
                    .raw("\n");
        }
    }

    /** What a careful reader must know before trusting the numbers above. */
    static final class Warnings implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            List<String> warnings = warnings(metric, context.analysis());
            List<Comparison> underpowered = underpowered(metric);
            if (warnings.isEmpty() && underpowered.isEmpty()) {
                return;
            }
            html.raw("<div class=\"warnings\">\n")
                    .element("p", "stat", "Warnings a careful reader needs:")
                    .raw("\n<ul>\n");
            for (String warning : warnings) {
                html.element("li", null, warning).raw("\n");
            }
            if (!underpowered.isEmpty()) {
                String power = percent(context.analysis().power());
                Map<Map<String, Object>, Integer> values = valuesByConfig(metric);
                html.raw("<li>")
                        .text(underpowered.size() + " of "
                                + metric.comparisons().size()
                                + (metric.comparisons().size() == 1 ? " comparison" : " comparisons")
                                + " would need more seeds than were run to detect the observed effect with " + power
                                + " power at the Holm-corrected alpha; a non-significant result there says little.")
                        .raw("\n<details><summary>Which</summary>\n<ul>\n");
                for (Comparison c : underpowered) {
                    Statistic<Integer> needed = c.seedsForPowerHolm();
                    html.element(
                                    "li",
                                    null,
                                    Labels.config(c.a()) + " vs " + Labels.config(c.b()) + ": "
                                            + (needed.isDefined()
                                                    ? needed.value() + " seeds per configuration"
                                                    : needed.reason())
                                            + " needed, " + seedsRun(values, c) + " run (Cohen's d = "
                                            + HtmlSections.plainNum(c.cohensD()) + ")")
                            .raw("\n");
                }
                html.raw("</ul>\n</details>\n</li>\n");
            }
            html.raw("</ul>\n</div>\n");
        }

        static List<String> warnings(MetricAnalysis metric, AnalysisOptions options) {
            String alpha = Numbers.plain(options.alpha());
            List<String> warnings = new ArrayList<>();
            List<String> nonNormal = new ArrayList<>();
            List<String> nonFinite = new ArrayList<>();
            List<String> unrecorded = new ArrayList<>();
            int excluded = 0;
            int notRecorded = 0;
            for (GroupSummary g : metric.groups()) {
                if (g.shapiroP().orElse(1) <= options.alpha()) {
                    nonNormal.add(Labels.config(g.config()) + " (p = " + p(g.shapiroP()) + ")");
                }
                if (g.nonFinite() > 0) {
                    excluded += g.nonFinite();
                    nonFinite.add(Labels.config(g.config()) + ": " + g.nonFinite());
                }
                if (g.unrecorded() > 0) {
                    notRecorded += g.unrecorded();
                    unrecorded.add(Labels.config(g.config()) + ": " + g.unrecorded());
                }
            }
            if (!nonNormal.isEmpty()) {
                warnings.add(nonNormal.size()
                        + (nonNormal.size() == 1 ? " configuration fails" : " configurations fail")
                        + " the Shapiro-Wilk normality test (p <= " + alpha + "): " + String.join("; ", nonNormal)
                        + ". t-based intervals and tests assume normality there; prefer the rank tests and the"
                        + " bootstrap intervals.");
            }
            Levene levene = metric.levene();
            if (levene.p().orElse(1) <= options.alpha()) {
                warnings.add("The variances differ between configurations (Brown-Forsythe p = " + p(levene.p())
                        + " <= " + alpha + "): the one-way ANOVA and Student's t assume equal variances; prefer"
                        + " Welch's t.");
            }
            if (excluded > 0) {
                warnings.add(excluded
                        + (excluded == 1
                                ? " non-finite value (not a number, or infinite) was"
                                : " non-finite values (not a number, or infinite) were")
                        + " excluded from the statistics: "
                        + String.join("; ", nonFinite) + ".");
            }
            if (notRecorded > 0) {
                warnings.add(notRecorded
                        + (notRecorded == 1 ? " successful trial" : " successful trials")
                        + " did not record " + metric.name() + ", so n is smaller there: "
                        + String.join("; ", unrecorded) + ".");
            }
            return warnings;
        }

        /** The comparisons whose observed effect needs more seeds than the smaller of the two groups ran. */
        static List<Comparison> underpowered(MetricAnalysis metric) {
            List<Comparison> found = new ArrayList<>();
            Map<Map<String, Object>, Integer> values = valuesByConfig(metric);
            for (Comparison c : metric.comparisons()) {
                int run = seedsRun(values, c);
                Statistic<Integer> needed = c.seedsForPowerHolm();
                boolean beyondAnyCount =
                        !needed.isDefined() && c.p().isDefined() && c.cohensD().orElse(0) != 0;
                if ((needed.isDefined() && needed.value() > run) || beyondAnyCount) {
                    found.add(c);
                }
            }
            return found;
        }

        /** The values each configuration has, by configuration: looked up per comparison, not searched. */
        private static Map<Map<String, Object>, Integer> valuesByConfig(MetricAnalysis metric) {
            Map<Map<String, Object>, Integer> n = new HashMap<>();
            for (GroupSummary g : metric.groups()) {
                n.merge(g.config(), g.n(), Math::min);
            }
            return n;
        }

        /** The fewer values of the comparison's two configurations (0 when neither is among the groups). */
        private static int seedsRun(Map<Map<String, Object>, Integer> valuesByConfig, Comparison c) {
            Integer a = valuesByConfig.get(c.a());
            Integer b = valuesByConfig.get(c.b());
            if (a == null || b == null) {
                return a != null ? a : b != null ? b : 0;
            }
            return Math.min(a, b);
        }
    }
}

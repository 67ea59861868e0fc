package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.report.HtmlFold.Display;
import dev.cohort.report.HtmlFold.ExperimentPart;
import dev.cohort.report.HtmlFold.MetricPart;
import dev.cohort.results.ExperimentNames;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code index.html}: one self-contained page (inline CSS and scripts, no network) that opens from
 * disk; its charts are drawn by Apache ECharts, inlined ({@link HtmlCharts}). One navigation ({@link
 * HtmlOutline}, a sticky sidebar, a top bar on narrow screens) names every experiment with its
 * headline's answer and links to its parts. Each experiment's section opens with its {@link Headline}. A
 * banner at the top, and at the top of an experiment, names the declared trials without results; per
 * experiment the stale trials left out are listed. Per experiment and metric
 * it shows the summary table with the best configuration highlighted (every other group statistic in a
 * {@code <details>}), the warnings a careful reader needs, the best configuration per parameter value as
 * small tables, then collapsed: the means and box plots; the one-way ANOVA and Levene lines, the
 * factorial ANOVA and sensitivity plots; the pairwise comparisons (the chosen test's statistic, Holm p
 * and Cohen's d, every other pair statistic in a collapsed row under the pair) with how their tests were
 * chosen and their heat map. Per experiment, collapsed, the learning curves and the failed trials. A
 * metric compared across tasks ({@link MetricAnalysis#tasks()}) shows instead the tasks x configurations
 * table, the rank tests and the aggregate estimates, then collapsed the critical-difference diagram, the
 * aggregate intervals, the performance profiles, the probability of improvement, the pairs across tasks,
 * and each task's own sections. An experiment with a confirmation stage ({@code @Confirm}) shows it
 * first: the selection rule, the selected configurations with their tuning and confirmed means, the
 * shrinkage and its chart, the comparisons among the selected ({@link HtmlConfirmationSections}); its
 * tuning analysis follows under a heading that labels it exploratory. The metric the headline answers
 * starts open, the other metrics collapsed. Every missing statistic is shown as "—" with its reason as a
 * tooltip and a footnote.
 *
 * <p>The page is assembled from sections ({@link HtmlSection}) grouped into parts ({@link HtmlFold}): a
 * new part of the report is a new section in one of the lists below.
 */
public final class HtmlReportFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "index.html";

    private final List<HtmlSection.Page> pageSections = List.of(
            new HtmlSections.Header(),
            new HtmlStudySections.MissingBanner(),
            new HtmlSections.NoExperiments(),
            new HtmlSections.ReadProblems());
    private final HtmlSection.Experiment headline = new HtmlHeadlines.Experiment();
    private final List<ExperimentPart> openingParts = List.of(
            new ExperimentPart(
                    "confirmation",
                    "Confirmation",
                    e -> "Confirmation",
                    Display.FIXED,
                    List.of(
                            new HtmlConfirmationSections.Heading(),
                            new HtmlConfirmationSections.SelectedTable(),
                            new HtmlConfirmationSections.ShrinkageChart(),
                            new HtmlConfirmationSections.Metrics(),
                            new HtmlConfirmationSections.Failures())),
            ExperimentPart.plain(
                    new HtmlConfirmationSections.TuningHeading(),
                    new HtmlStudySections.ExperimentBanner(),
                    new HtmlSections.Overview(),
                    new HtmlStudySections.CoverageLine()),
            new ExperimentPart(
                    "stale",
                    "Stale trials",
                    e -> "Stale trials",
                    Display.FIXED,
                    List.of(new HtmlStudySections.StaleTrials())));
    private final List<MetricPart> metricParts = List.of(
            MetricPart.plain(
                    new HtmlSections.SummaryTable(),
                    new HtmlStatisticsSections.GroupDetails(),
                    new HtmlStatisticsSections.Warnings(),
                    new HtmlSections.BestPerLevelTables()),
            MetricPart.collapsed(
                    "charts",
                    "charts",
                    "Means and distributions",
                    new HtmlChartSections.MeansChart(),
                    new HtmlChartSections.BoxChart()),
            MetricPart.collapsed(
                    "anova",
                    "ANOVA",
                    "ANOVA and sensitivity",
                    new HtmlSections.AnovaLines(),
                    new HtmlSections.FactorialTable(),
                    new HtmlChartSections.SensitivityCharts()),
            MetricPart.collapsed(
                    "comparisons",
                    "comparisons",
                    "Pairwise comparisons",
                    new HtmlSections.ComparisonsTable(),
                    new HtmlStatisticsSections.TestPolicy(),
                    new HtmlChartSections.ComparisonHeatmap(),
                    new HtmlChartSections.VersusBestStrip()));
    private final List<MetricPart> taskParts = List.of(
            MetricPart.plain(
                    new HtmlTaskSections.Heading(),
                    new HtmlTaskSections.TasksTable(),
                    new HtmlTaskSections.RankTests(),
                    new HtmlTaskSections.AggregateTable()),
            MetricPart.collapsed(
                    "task-charts",
                    "charts",
                    "Charts across tasks",
                    new HtmlTaskCharts.CriticalDifferenceChart(),
                    new HtmlTaskCharts.AggregateIntervals(),
                    new HtmlTaskCharts.PerformanceProfiles(),
                    new HtmlTaskCharts.ImprovementChart()),
            MetricPart.collapsed(
                    "task-pairs",
                    "pairs",
                    "Pairs across tasks",
                    new HtmlTaskSections.PairsTable(),
                    new HtmlTaskSections.TaskFactorial()),
            MetricPart.collapsed(
                    "per-task", "each task", "Each task on its own", new HtmlTaskSections.PerTask(metricParts)));
    private final List<ExperimentPart> closingParts = List.of(
            new ExperimentPart(
                    "curves",
                    "Learning curves",
                    e -> "Learning curves",
                    Display.COLLAPSED,
                    List.of(new HtmlChartSections.LearningCurves())),
            new ExperimentPart(
                    "failures",
                    "Failed trials",
                    e -> HtmlSections.Failures.title(e.failures()),
                    Display.COLLAPSED,
                    List.of(new HtmlSections.Failures(false))));
    private final List<HtmlSection.Page> pageEndSections = List.of(new HtmlCharts.Scripts());

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    /** Second only to summary.json: the page holds every table and chart. */
    @Override
    public int relativeCost() {
        return 2;
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        Html html = new Html();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>")
                .text(context.title())
                .raw("</title>\n<style>\n")
                .raw(HtmlSections.STYLE)
                .raw(HtmlOutline.STYLE)
                .raw(HtmlCharts.STYLE)
                .raw(HtmlTaskSections.STYLE)
                .raw(HtmlConfirmationSections.STYLE)
                .raw(HtmlHeadlines.STYLE)
                .raw("</style>\n</head>\n<body>\n<main>\n");
        for (HtmlSection.Page section : pageSections) {
            section.render(html, study, context);
        }
        out.write(html.drain());
        HtmlOutline outline = new HtmlOutline();
        List<ExperimentAnalysis> experiments = study.experiments();
        for (int i = 0; i < experiments.size(); i++) {
            experiment(html, experiments.get(i), HtmlSections.experimentAnchor(i), context, outline, out);
        }
        for (HtmlSection.Page section : pageEndSections) {
            section.render(html, study, context);
            out.write(html.drain());
        }
        html.raw("</main>\n");
        outline.render(html);
        html.raw("</body>\n</html>\n");
        out.write(html.drain());
    }

    /**
     * Writes one experiment a section at a time, so the page (its charts' data included) is never held
     * in memory whole, and enters in {@code outline} every part it wrote.
     */
    private void experiment(
            Html html,
            ExperimentAnalysis experiment,
            String anchor,
            ReportContext context,
            HtmlOutline outline,
            Writer out)
            throws IOException {
        HtmlFold.Sink sink = h -> out.write(h.drain());
        HeadlineAnswer answer = HeadlineAnswer.of(experiment, context.alpha());
        outline.experiment(anchor, ExperimentNames.shortName(experiment.id()), answer.sentence());
        html.raw("<section class=\"experiment\" id=\"" + anchor + "\">\n");
        html.element("h2", null, experiment.id()).raw("\n");
        headline.render(html, experiment, context);
        parts(html, experiment, context, anchor, openingParts, outline, sink);
        String opened = opened(experiment, answer);
        List<MetricAnalysis> metrics = experiment.metrics();
        for (int m = 0; m < metrics.size(); m++) {
            MetricAnalysis metric = metrics.get(m);
            String metricAnchor = anchor + "-metric-" + (m + 1);
            outline.metric(metricAnchor, metric.name());
            html.raw("<details class=\"fold metric\" id=\"" + metricAnchor + "\""
                            + (metric.name().equals(opened) ? " open" : "") + ">\n<summary>")
                    .element("h3", null, metric.name())
                    .raw(" ")
                    .element("span", "goal", "(" + Labels.goal(metric.goal()) + ")")
                    .raw("</summary>\n");
            for (MetricPart part : metric.tasks() == null ? metricParts : taskParts) {
                if (part.write(html, experiment, metric, context, metricAnchor, sink)
                        && part.display().isLinked()) {
                    outline.metricPart(metricAnchor + "-" + part.key(), part.label());
                }
            }
            html.footnotes();
            html.raw("</details>\n");
            sink.flush(html);
        }
        parts(html, experiment, context, anchor, closingParts, outline, sink);
        html.footnotes();
        html.raw("</section>\n");
        sink.flush(html);
    }

    private static void parts(
            Html html,
            ExperimentAnalysis experiment,
            ReportContext context,
            String anchor,
            List<ExperimentPart> parts,
            HtmlOutline outline,
            HtmlFold.Sink sink)
            throws IOException {
        for (ExperimentPart part : parts) {
            if (part.write(html, experiment, context, anchor, sink)
                    && part.display().isLinked()) {
                outline.part(anchor + "-" + part.key(), part.label());
            }
        }
    }

    /**
     * The metric whose section starts open: the one the headline answers about, else the first; the
     * others start collapsed.
     */
    private static String opened(ExperimentAnalysis experiment, HeadlineAnswer answer) {
        if (answer.metric() != null) {
            return answer.metric().name();
        }
        return experiment.metrics().isEmpty()
                ? null
                : experiment.metrics().get(0).name();
    }
}

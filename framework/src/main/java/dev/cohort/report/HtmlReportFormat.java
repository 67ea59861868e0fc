package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code index.html}: one self-contained page (inline CSS and scripts, no network) that opens from
 * disk; its charts are drawn by Apache ECharts, inlined ({@link HtmlCharts}). Under the title, every
 * experiment's {@link Headline}, which also opens the experiment's section. A banner at the top, and at
 * the top of an experiment, names the declared trials without results; per experiment the stale trials
 * left out are listed. Per experiment and metric
 * it shows the summary table with the best configuration highlighted (every other group statistic in a
 * {@code <details>}), the warnings a careful reader needs, the best configuration per parameter value,
 * the means and box plots, the one-way ANOVA and Levene lines, the factorial ANOVA, sensitivity plots,
 * the pairwise comparisons with how their tests were chosen and their heat map (every other pair
 * statistic in a {@code <details>}); per experiment the learning curves and the failed trials. A metric
 * compared across tasks ({@link MetricAnalysis#tasks()}) shows instead the tasks x configurations
 * table, the rank tests, the critical-difference diagram, the aggregate estimates with their intervals,
 * the performance profiles, the probability of improvement and the pairs across tasks, with each task's
 * own sections collapsed below. An experiment with a confirmation stage ({@code @Confirm}) shows it
 * first: the selection rule, the selected configurations with their tuning and confirmed means, the
 * shrinkage and its chart, the comparisons among the selected ({@link HtmlConfirmationSections}); its
 * tuning analysis follows under a heading that labels it exploratory. Every
 * missing statistic is shown as "—" with its reason as a tooltip and a footnote.
 *
 * <p>The page is assembled from sections ({@link HtmlSection}); a new part of the report is a new
 * section in one of the lists below.
 */
public final class HtmlReportFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "index.html";

    private final List<HtmlSection.Page> pageSections = List.of(
            new HtmlSections.Header(),
            new HtmlHeadlines.Study(),
            new HtmlStudySections.MissingBanner(),
            new HtmlSections.Contents(),
            new HtmlSections.ReadProblems());
    private final HtmlSection.Experiment headline = new HtmlHeadlines.Experiment();
    private final List<HtmlSection.Experiment> confirmationSections = List.of(
            new HtmlConfirmationSections.Heading(),
            new HtmlConfirmationSections.SelectedTable(),
            new HtmlConfirmationSections.ShrinkageChart(),
            new HtmlConfirmationSections.Metrics(),
            new HtmlConfirmationSections.Failures(),
            new HtmlConfirmationSections.TuningHeading());
    private final List<HtmlSection.Experiment> experimentSections = List.of(
            new HtmlStudySections.ExperimentBanner(),
            new HtmlSections.Overview(),
            new HtmlStudySections.CoverageLine(),
            new HtmlStudySections.StaleTrials());
    private final List<HtmlSection.Metric> metricSections = List.of(
            new HtmlSections.SummaryTable(),
            new HtmlStatisticsSections.GroupDetails(),
            new HtmlStatisticsSections.Warnings(),
            new HtmlSections.BestPerLevelLines(),
            new HtmlChartSections.MeansChart(),
            new HtmlChartSections.BoxChart(),
            new HtmlSections.AnovaLines(),
            new HtmlSections.FactorialTable(),
            new HtmlChartSections.SensitivityCharts(),
            new HtmlSections.ComparisonsTable(),
            new HtmlStatisticsSections.TestPolicy(),
            new HtmlChartSections.ComparisonHeatmap(),
            new HtmlChartSections.VersusBestStrip(),
            new HtmlStatisticsSections.ComparisonDetails());
    private final List<HtmlSection.Metric> taskSections = List.of(
            new HtmlTaskSections.Heading(),
            new HtmlTaskSections.TasksTable(),
            new HtmlTaskSections.RankTests(),
            new HtmlTaskCharts.CriticalDifferenceChart(),
            new HtmlTaskCharts.AggregateIntervals(),
            new HtmlTaskSections.AggregateTable(),
            new HtmlTaskCharts.PerformanceProfiles(),
            new HtmlTaskCharts.ImprovementChart(),
            new HtmlTaskSections.PairsTable(),
            new HtmlTaskSections.TaskFactorial(),
            new HtmlTaskSections.PerTask(metricSections));
    private final List<HtmlSection.Experiment> experimentEndSections =
            List.of(new HtmlChartSections.LearningCurves(), new HtmlSections.Failures());
    private final List<HtmlSection.Page> pageEndSections = List.of(new HtmlCharts.Scripts());

    @Override
    public String fileName() {
        return FILE_NAME;
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
                .raw(HtmlCharts.STYLE)
                .raw(HtmlTaskSections.STYLE)
                .raw(HtmlConfirmationSections.STYLE)
                .raw(HtmlHeadlines.STYLE)
                .raw("</style>\n</head>\n<body>\n<main>\n");
        for (HtmlSection.Page section : pageSections) {
            section.render(html, study, context);
        }
        out.write(html.drain());
        List<ExperimentAnalysis> experiments = study.experiments();
        for (int i = 0; i < experiments.size(); i++) {
            experiment(html, experiments.get(i), i, context, out);
        }
        for (HtmlSection.Page section : pageEndSections) {
            section.render(html, study, context);
            out.write(html.drain());
        }
        html.raw("</main>\n</body>\n</html>\n");
        out.write(html.drain());
    }

    /**
     * Writes one experiment a section at a time, so the page (its charts' data included) is never held
     * in memory whole.
     */
    private void experiment(Html html, ExperimentAnalysis experiment, int index, ReportContext context, Writer out)
            throws IOException {
        html.raw("<section class=\"experiment\" id=\"" + HtmlSections.experimentAnchor(index) + "\">\n");
        html.element("h2", null, experiment.id()).raw("\n");
        headline.render(html, experiment, context);
        for (HtmlSection.Experiment section : confirmationSections) {
            section.render(html, experiment, context);
            out.write(html.drain());
        }
        for (HtmlSection.Experiment section : experimentSections) {
            section.render(html, experiment, context);
            out.write(html.drain());
        }
        for (MetricAnalysis metric : experiment.metrics()) {
            html.raw("<section class=\"metric\">\n");
            for (HtmlSection.Metric section : metric.tasks() == null ? metricSections : taskSections) {
                section.render(html, experiment, metric, context);
                out.write(html.drain());
            }
            html.footnotes();
            html.raw("</section>\n");
            out.write(html.drain());
        }
        for (HtmlSection.Experiment section : experimentEndSections) {
            section.render(html, experiment, context);
            out.write(html.drain());
        }
        html.footnotes();
        html.raw("</section>\n");
        out.write(html.drain());
    }
}

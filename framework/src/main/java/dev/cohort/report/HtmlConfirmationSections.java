package dev.cohort.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cohort.Goal;
import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.Coverage;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of an experiment with {@code @Confirm} (SPEC section 2): the confirmation block first
 * (heading, selection rule, what it does not stand on yet, the selected configurations with their tuning
 * and confirmed means and the shrinkage, its chart, the comparisons among the selected, the failed
 * confirmation trials), then the heading that labels the tuning analysis below it exploratory. Every
 * section renders nothing for an experiment without a confirmation stage.
 */
final class HtmlConfirmationSections {

    static final String STYLE = """
            h3.stage { font-size: 1.2rem; margin-top: 2rem; padding: .3rem .6rem; background: #f6f8fa;
                       border-left: 4px solid #0969da; }
            h3.stage.exploratory { border-left-color: #8c959f; color: #59636e; }
            section.confirmation h3 { margin-top: 1.2rem; }
            """;

    private HtmlConfirmationSections() {}

    /** The heading, the selection rule, the notes on what the stage lacks, and its trial counts. */
    static final class Heading implements HtmlSection.Experiment {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            if (!experiment.hasConfirmation()) {
                return;
            }
            ConfirmationAnalysis confirmation = experiment.confirmation();
            html.element("h3", "stage confirmation", ConfirmationStage.heading(confirmation))
                    .raw("\n");
            html.element("p", "stat rule", ConfirmationStage.rule(confirmation)).raw("\n");
            List<String> notes = StudyNotes.confirmation(experiment);
            if (!notes.isEmpty()) {
                html.raw("<div class=\"warnings missing-banner confirmation-banner\">\n");
                for (String note : notes) {
                    html.element("p", null, ConfirmationStage.sentence(note)).raw("\n");
                }
                html.raw("</div>\n");
            }
            Coverage c = confirmation.coverage();
            StringBuilder line = new StringBuilder("Confirmation trials: ").append(confirmation.trials());
            if (c.declared().isDefined()) {
                line.append(" of ")
                        .append(c.declared().value())
                        .append(" declared (")
                        .append(StudyNotes.count(
                                confirmation.selection().selected().size(), "selected configuration"))
                        .append(" x ")
                        .append(StudyNotes.count(
                                confirmation.declaration().seeds().size(), "seed"))
                        .append(")");
            }
            line.append("; successful: ")
                    .append(confirmation.successful())
                    .append(", failed or aborted: ")
                    .append(confirmation.trials() - confirmation.successful());
            if (c.missing().isDefined()) {
                line.append(", missing: ").append(c.missing().value());
            }
            html.open("p", "meta coverage").text(line.append('.').toString()).close("p");
        }
    }

    /**
     * The selected configurations: group, configuration, tuning mean, confirmed mean with its 95%
     * confidence interval, the shrinkage (confirmed minus tuning, and in percent of the tuning mean) and
     * the confirmation seeds with a value.
     */
    static final class SelectedTable implements HtmlSection.Experiment {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            if (!experiment.hasConfirmation()) {
                return;
            }
            ConfirmationAnalysis confirmation = experiment.confirmation();
            List<ConfirmedSelection> rows = ConfirmedSelection.of(confirmation);
            if (rows.isEmpty()) {
                html.element("p", "stat", ConfirmationStage.nothingToCompare(confirmation, metric(confirmation)))
                        .raw("\n");
                return;
            }
            boolean grouped = !confirmation.declaration().per().isEmpty();
            List<String> header = new ArrayList<>();
            if (grouped) {
                header.add("Group");
            }
            header.addAll(List.of(
                    "Configuration",
                    "Tuning mean",
                    "Confirmed mean",
                    "95% CI",
                    "Shrinkage",
                    "Shrinkage (% of tuning)",
                    "n"));
            html.element("h3", null, metric(confirmation) + ": the selected configurations")
                    .raw("\n<table class=\"confirmation\">\n")
                    .headerRow(header)
                    .raw("<tbody>\n");
            for (ConfirmedSelection row : rows) {
                html.raw("<tr>");
                if (grouped) {
                    html.element("td", null, Labels.config(row.selected().group()));
                }
                html.element("td", null, row.label());
                html.open("td", "num").number(row.tuningMean()).raw("</td>");
                IntervalDigits digits = IntervalDigits.of(row.ciLow(), row.ciHigh());
                html.open("td", "num").number(row.confirmedMean(), digits).raw("</td>");
                html.open("td", "num");
                if (!row.ciLow().isDefined() && row.ciLow().equals(row.ciHigh())) {
                    html.number(row.ciLow());
                } else {
                    html.text("[")
                            .number(row.ciLow(), digits)
                            .text(", ")
                            .number(row.ciHigh(), digits)
                            .text("]");
                }
                html.raw("</td>");
                html.open("td", "num shrinkage")
                        .value(signed(row.shrinkage()), row.shrinkage().reason())
                        .raw("</td>");
                html.open("td", "num")
                        .value(
                                percent(row.relativeShrinkage()),
                                row.relativeShrinkage().reason())
                        .raw("</td>");
                html.element("td", "num", Integer.toString(row.n()));
                html.raw("</tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
            html.element("p", "caption", caption(confirmation)).raw("\n");
            html.footnotes();
        }

        private static String caption(ConfirmationAnalysis confirmation) {
            Goal goal = confirmation.declaration().goal();
            String worse = goal == Goal.MINIMIZE ? "positive" : goal == Goal.MAXIMIZE ? "negative" : null;
            return "Tuning mean: the mean over the tuning seeds that selected the configuration. Confirmed mean"
                    + " and its t-based 95% confidence interval: over the fresh confirmation seeds. Shrinkage:"
                    + " confirmed minus tuning mean, and in percent of the tuning mean's magnitude"
                    + (worse == null
                            ? "."
                            : "; " + worse + " means the configuration did worse on fresh seeds than on the seeds"
                                    + " that selected it, the winner's curse of choosing the best of many.")
                    + " n: confirmation seeds with a value.";
        }
    }

    /**
     * Tuning mean against confirmed mean per selected configuration: two points on one row joined by a
     * line (a dumbbell), the confirmed mean with its 95% interval, so the shrinkage is the line's length.
     */
    static final class ShrinkageChart implements HtmlSection.Experiment {

        static final String TUNING = "tuning mean";
        static final String CONFIRMED = "confirmed mean";
        static final String INTERVAL = "95% CI (confirmation)";
        static final String SHRINKAGE = "shrinkage";

        private static final int ROW = 40;

        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            if (!experiment.hasConfirmation()) {
                return;
            }
            ConfirmationAnalysis confirmation = experiment.confirmation();
            List<ConfirmedSelection> rows = ConfirmedSelection.of(confirmation);
            if (rows.isEmpty()) {
                return;
            }
            String metric = metric(confirmation);
            ObjectNode option = HtmlCharts.base();
            option.putObject("grid")
                    .put("left", 16)
                    .put("right", 32)
                    .put("top", 40)
                    .put("bottom", 48)
                    .put("containLabel", true);
            Goal goal = confirmation.declaration().goal();
            option.set(
                    "xAxis",
                    HtmlCharts.valueAxis(goal == Goal.NONE ? metric : metric + " (" + Labels.goal(goal) + ")"));
            option.set(
                    "yAxis",
                    HtmlCharts.categoryAxis(
                            rows.stream().map(ConfirmedSelection::label).toList(), true));
            option.putObject("legend")
                    .put("top", 0)
                    .putArray("data")
                    .add(TUNING)
                    .add(CONFIRMED);
            ArrayNode series = option.putArray("series");
            ObjectNode lines = series.addObject();
            lines.put("type", "custom")
                    .put("name", SHRINKAGE)
                    .put("renderItem", "segment")
                    .put("color", "#8c959f")
                    .put("z", 1);
            lines.putObject("encode").set("x", HtmlCharts.array().add(0).add(2));
            ((ObjectNode) lines.get("encode"))
                    .set("y", HtmlCharts.array().add(1).add(3));
            ArrayNode lineData = lines.putArray("data");
            ArrayNode barData = HtmlCharts.horizontalErrorBars(series, INTERVAL);
            ObjectNode tuning = series.addObject();
            tuning.put("type", "scatter")
                    .put("name", TUNING)
                    .put("symbol", "emptyCircle")
                    .put("symbolSize", 11)
                    .put("color", "#59636e")
                    .put("z", 4);
            ArrayNode tuningData = tuning.putArray("data");
            ObjectNode confirmed = series.addObject();
            confirmed
                    .put("type", "scatter")
                    .put("name", CONFIRMED)
                    .put("symbol", "diamond")
                    .put("symbolSize", 13)
                    .put("color", "#0969da")
                    .put("z", 5);
            ArrayNode confirmedData = confirmed.putArray("data");
            for (int i = 0; i < rows.size(); i++) {
                ConfirmedSelection row = rows.get(i);
                String tip = tip(row);
                ObjectNode point = tuningData.addObject();
                point.putArray("value").add(row.tuningMean().value()).add(i);
                point.put("tip", tip);
                if (row.confirmedMean().isDefined()) {
                    ObjectNode mean = confirmedData.addObject();
                    mean.putArray("value").add(row.confirmedMean().value()).add(i);
                    mean.put("tip", tip);
                    ObjectNode line = lineData.addObject();
                    line.putArray("value")
                            .add(row.tuningMean().value())
                            .add(i)
                            .add(row.confirmedMean().value())
                            .add(i)
                            .add(2);
                    line.put("tip", tip);
                }
                if (row.ciLow().isDefined() && row.ciHigh().isDefined()) {
                    ObjectNode bar = barData.addObject();
                    bar.putArray("value")
                            .add(i)
                            .add(row.ciLow().value())
                            .add(row.ciHigh().value());
                    bar.putObject("itemStyle").put("color", "#0969da");
                    bar.put("tip", tip);
                }
            }
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("shrinkage", experiment.id(), metric),
                    option,
                    110 + ROW * Math.max(2, rows.size()),
                    metric + ": tuning mean against confirmed mean",
                    "Per selected configuration, its mean over the tuning seeds that selected it (circle) and"
                            + " over the fresh confirmation seeds (diamond, with its 95% confidence interval),"
                            + " joined by a line: the line's length is the shrinkage, how much of the winner's"
                            + " tuning score was the luck of being selected.");
        }

        private static String tip(ConfirmedSelection row) {
            return row.label() + "\ntuning mean " + HtmlSections.plainNum(row.tuningMean()) + " ("
                    + StudyNotes.count(row.selected().tuningSeeds(), "seed") + ")\nconfirmed mean "
                    + HtmlSections.plainNum(row.confirmedMean()) + ", 95% CI [" + HtmlSections.plainNum(row.ciLow())
                    + ", " + HtmlSections.plainNum(row.ciHigh()) + "] (n = " + row.n() + ")\nshrinkage "
                    + plainSigned(row.shrinkage()) + " (" + plainPercent(row.relativeShrinkage()) + ")";
        }
    }

    /**
     * Per metric of the confirmation trials: the comparisons among the selected configurations (one small
     * family for Holm), or why there are none, with the sections that explain them; a metric other than
     * the selection metric has its summary table first.
     */
    static final class Metrics implements HtmlSection.Experiment {

        private final HtmlSection.Metric summary = new HtmlSections.SummaryTable();
        private final HtmlSection.Metric warnings = new HtmlStatisticsSections.Warnings();
        private final HtmlSection.Metric comparisons = new HtmlSections.ComparisonsTable();
        private final List<HtmlSection.Metric> explanations =
                List.of(new HtmlStatisticsSections.TestPolicy(), new HtmlChartSections.ComparisonHeatmap());

        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            if (!experiment.hasConfirmation()) {
                return;
            }
            ConfirmationAnalysis confirmation = experiment.confirmation();
            ExperimentAnalysis stage = ConfirmationStage.view(experiment);
            for (MetricAnalysis metric : stage.metrics()) {
                html.raw("<section class=\"metric confirmation\">\n");
                if (metric.name().equals(metric(confirmation))) {
                    html.element("h3", null, metric.name() + ": comparisons among the selected configurations")
                            .raw("\n");
                } else {
                    html.element("h3", null, metric.name()).raw("\n");
                    summary.render(html, stage, metric, context);
                }
                warnings.render(html, stage, metric, context);
                if (metric.comparisons().isEmpty()) {
                    html.element(
                                    "p",
                                    "stat no-comparison",
                                    ConfirmationStage.nothingToCompare(confirmation, metric.name()))
                            .raw("\n");
                } else {
                    comparisons.render(html, stage, metric, context);
                }
                for (HtmlSection.Metric section : explanations) {
                    section.render(html, stage, metric, context);
                }
                html.footnotes();
                html.raw("</section>\n");
            }
        }
    }

    /** The confirmation trials that failed or were aborted, with their errors. */
    static final class Failures implements HtmlSection.Experiment {
        private final HtmlSection.Experiment failures = new HtmlSections.Failures(true);

        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            if (experiment.hasConfirmation()) {
                failures.render(html, ConfirmationStage.view(experiment), context);
            }
        }
    }

    /** The heading that labels the tuning analysis below it exploratory. */
    static final class TuningHeading implements HtmlSection.Experiment {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            if (experiment.hasConfirmation()) {
                html.element("h3", "stage exploratory", ConfirmationStage.EXPLORATORY)
                        .raw("\n");
            }
        }
    }

    private static String metric(ConfirmationAnalysis confirmation) {
        return confirmation.declaration().metric();
    }

    private static String signed(Statistic<Double> statistic) {
        return statistic.isDefined() ? Numbers.signed(statistic.value()) : null;
    }

    private static String percent(Statistic<Double> statistic) {
        return statistic.isDefined() ? Numbers.signed(statistic.value()) + "%" : null;
    }

    private static String plainSigned(Statistic<Double> statistic) {
        return statistic.isDefined() ? signed(statistic) : Html.MISSING + " (" + statistic.reason() + ")";
    }

    private static String plainPercent(Statistic<Double> statistic) {
        return statistic.isDefined() ? percent(statistic) : Html.MISSING + " (" + statistic.reason() + ")";
    }
}

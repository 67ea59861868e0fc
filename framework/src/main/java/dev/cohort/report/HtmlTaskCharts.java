package dev.cohort.report;

import static dev.cohort.report.HtmlCharts.array;
import static dev.cohort.report.HtmlCharts.object;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cohort.Goal;
import dev.cohort.analysis.AggregateScores;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.PerformanceProfile;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.TaskAggregate;
import dev.cohort.analysis.TaskAnalysis;
import dev.cohort.analysis.TaskPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The charts of a metric compared across tasks: the critical-difference diagram, the aggregate estimates
 * with their intervals (rliable's figure 1), the performance profiles and the probability of
 * improvement. Each configuration has the colour of its column in the tasks table.
 */
final class HtmlTaskCharts {

    private HtmlTaskCharts() {}

    private static String plainNum(Statistic<Double> statistic) {
        return HtmlSections.plainNum(statistic);
    }

    /** The colour of the configuration in position {@code column} of the aggregate. */
    static String colour(int column) {
        return HtmlCharts.PALETTE.get(column % HtmlCharts.PALETTE.size());
    }

    private static String bootstrap(TaskAggregate aggregate) {
        return "stratified bootstrap over each task's runs, "
                + aggregate.bootstrap().resamples() + " resamples, seed "
                + aggregate.bootstrap().seed();
    }

    private static String normalised(TaskAnalysis tasks) {
        return switch (tasks.normalization()) {
            case MIN_MAX -> "scores normalised min-max per task over all its runs";
            case REFERENCE -> "scores normalised per task by the declared reference scores";
            case NONE -> "scores as recorded, not normalised";
        };
    }

    /**
     * Which way the optimality gap is better: it measures the shortfall of normalised scores from 1, so
     * for a minimised metric, whose scores are normalised without flipping, a larger gap is better.
     */
    static String gapDirection(Goal goal) {
        if (goal == Goal.MINIMIZE) {
            return "the metric is minimised, so here a larger gap is better";
        }
        return goal == Goal.MAXIMIZE ? "lower is better" : "the metric has no direction";
    }

    /** A segment of a {@code segment} series: {@code [x1, y1, x2, y2, line width]} with its tooltip. */
    private static void segment(ArrayNode data, double x1, double y1, double x2, double y2, double width, String tip) {
        ObjectNode item = data.addObject();
        item.putArray("value").add(x1).add(y1).add(x2).add(y2).add(width);
        if (tip != null) {
            item.put("tip", tip);
        }
    }

    private static ObjectNode segments(ArrayNode series, String name, String colour) {
        ObjectNode s = series.addObject();
        s.put("type", "custom").put("name", name).put("renderItem", "segment").put("color", colour);
        s.put("clip", false);
        s.putObject("encode").set("x", array().add(0).add(2));
        ((ObjectNode) s.get("encode")).set("y", array().add(1).add(3));
        return s;
    }

    /**
     * Demšar's critical-difference diagram: the mean ranks on an axis (1 = best, on the left), each
     * configuration's name joined to its rank by a leader line (the better half to the left, the others to
     * the right), thick bars joining configurations whose mean ranks are closer than the Nemenyi critical
     * difference, and that difference drawn as a scale bar.
     */
    static final class CriticalDifferenceChart implements HtmlSection.Metric {

        private static final double BAR_STEP = 0.3;
        private static final double ROW_STEP = 0.5;
        private static final int PIXELS_PER_UNIT = 52;

        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAnalysis tasks = metric.tasks();
            CriticalDifference diagram = CriticalDifference.of(tasks.aggregate());
            List<CriticalDifference.Entry> entries = diagram.entries();
            if (entries.isEmpty()) {
                return;
            }
            int k = Math.max(2, tasks.aggregate().configs().size());
            int half = (entries.size() + 1) / 2;
            int rows = Math.max(half, entries.size() - half);
            double firstRow = -(BAR_STEP * diagram.groups().size() + 0.6);
            double lastRow = firstRow - ROW_STEP * (rows - 1);
            double scaleY = lastRow - 0.6;
            double bottom = scaleY - 0.35;
            double edge = 0.04 * (k - 1);

            ObjectNode option = HtmlCharts.base();
            option.putObject("grid")
                    .put("left", 250)
                    .put("right", 250)
                    .put("top", 56)
                    .put("bottom", 8);
            ObjectNode x = object();
            x.put("type", "value")
                    .put("min", 1)
                    .put("max", k)
                    .put("interval", 1)
                    .put("position", "top");
            x.put("name", "mean rank (1 = best)").put("nameLocation", "middle").put("nameGap", 30);
            x.putObject("nameTextStyle").put("fontWeight", "bold");
            x.putObject("splitLine").put("show", false);
            x.putObject("axisLine")
                    .putObject("lineStyle")
                    .put("color", "#1f2328")
                    .put("width", 1.5);
            x.putObject("axisTick").put("inside", false).put("length", 6);
            x.putObject("minorTick").put("show", true).put("splitNumber", 2);
            option.set("xAxis", x);
            ObjectNode y = object();
            y.put("type", "value").put("min", bottom).put("max", 0).put("show", false);
            option.set("yAxis", y);

            ArrayNode series = option.putArray("series");
            ArrayNode leaders = segments(series, "leader lines", "#57606a").putArray("data");
            ObjectNode points = series.addObject();
            points.put("type", "scatter")
                    .put("name", "mean rank")
                    .put("symbolSize", 9)
                    .put("z", 4);
            ArrayNode pointData = points.putArray("data");
            ObjectNode names = series.addObject();
            names.put("type", "scatter")
                    .put("name", "configurations")
                    .put("symbolSize", 1)
                    .put("clip", false);
            ArrayNode nameData = names.putArray("data");
            for (int i = 0; i < entries.size(); i++) {
                CriticalDifference.Entry e = entries.get(i);
                boolean left = i < half;
                int row = left ? i : entries.size() - 1 - i;
                double rowY = firstRow - ROW_STEP * row;
                double end = left ? 1 - edge : k + edge;
                String label = Labels.config(e.config()) + " (" + Numbers.readable(e.meanRank()) + ")";
                String tip = Labels.config(e.config()) + "\nmean rank " + Numbers.readable(e.meanRank());
                segment(leaders, e.meanRank(), 0, e.meanRank(), rowY, 1, tip);
                segment(leaders, e.meanRank(), rowY, end, rowY, 1, tip);
                ObjectNode point = pointData.addObject();
                point.putArray("value").add(e.meanRank()).add(0);
                point.putObject("itemStyle").put("color", colour(e.column()));
                point.put("tip", tip);
                ObjectNode name = nameData.addObject();
                name.putArray("value").add(end).add(rowY);
                name.put("tip", tip);
                name.putObject("label")
                        .put("show", true)
                        .put("position", left ? "left" : "right")
                        .put("formatter", label)
                        .put("color", colour(e.column()))
                        .put("fontWeight", "bold")
                        .put("width", 236)
                        .put("overflow", "truncate");
            }
            if (!diagram.groups().isEmpty()) {
                ArrayNode bars = segments(series, "not significantly different", "#1f2328")
                        .putArray("data");
                for (int g = 0; g < diagram.groups().size(); g++) {
                    int[] group = diagram.groups().get(g);
                    double from = entries.get(group[0]).meanRank();
                    double to = entries.get(group[1]).meanRank();
                    double barY = -BAR_STEP * (g + 1);
                    List<String> members = new ArrayList<>();
                    for (int i = group[0]; i <= group[1]; i++) {
                        members.add(Labels.config(entries.get(i).config()));
                    }
                    segment(
                            bars,
                            from - 0.03,
                            barY,
                            to + 0.03,
                            barY,
                            5,
                            "Mean ranks closer than the critical difference:\n" + String.join("\n", members));
                }
            }
            Statistic<Double> cd = diagram.criticalDifference();
            if (cd.isDefined()) {
                double length = Math.min(cd.value(), k - 1);
                ArrayNode scale =
                        segments(series, "critical difference", "#cf222e").putArray("data");
                String tip = "Nemenyi critical difference " + Numbers.readable(cd.value())
                        + (cd.value() > k - 1 ? " (wider than the axis, drawn to its end)" : "");
                segment(scale, 1, scaleY, 1 + length, scaleY, 2, tip);
                segment(scale, 1, scaleY - 0.08, 1, scaleY + 0.08, 2, tip);
                segment(scale, 1 + length, scaleY - 0.08, 1 + length, scaleY + 0.08, 2, tip);
                ObjectNode label = series.addObject();
                label.put("type", "scatter")
                        .put("name", "CD")
                        .put("symbolSize", 1)
                        .put("clip", false);
                ObjectNode item = label.putArray("data").addObject();
                item.putArray("value").add(1 + length / 2).add(scaleY);
                item.put("tip", tip);
                item.putObject("label")
                        .put("show", true)
                        .put("position", "top")
                        .put("formatter", "CD = " + Numbers.readable(cd.value()))
                        .put("color", "#cf222e");
            }
            int height = 56 + 8 + (int) Math.ceil(-bottom * PIXELS_PER_UNIT);
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("cd", experiment.id(), metric.name()),
                    option,
                    height,
                    metric.name() + ": critical-difference diagram",
                    "Each configuration's rank on every task (1 = best, " + Labels.goal(metric.goal())
                            + "), averaged over "
                            + StudyNotes.count(tasks.tasks().size(), "task") + " (Demšar 2006). "
                            + (cd.isDefined()
                                    ? "A thick bar joins configurations whose mean ranks differ by less than the "
                                            + "Nemenyi critical difference (CD, the red scale bar, α = 0.05): they are "
                                            + "not significantly different by the Nemenyi test."
                                    : "No bars: the Nemenyi critical difference is undefined (" + cd.reason() + ").")
                            + " Hover a name for its mean rank.");
        }
    }

    /**
     * The four aggregates of rliable's figure 1 side by side, one panel each (mean, median, IQM,
     * optimality gap) and one row per configuration: the point estimate as a tick inside its
     * stratified-bootstrap 95% interval.
     */
    static final class AggregateIntervals implements HtmlSection.Metric {

        private record Panel(String name, Function<AggregateScores, Estimate> values) {}

        /** A point estimate and the ends of its interval. */
        private record Estimate(Statistic<Double> point, Statistic<Double> low, Statistic<Double> high) {}

        private static final List<Panel> PANELS = List.of(
                new Panel("Mean", s -> new Estimate(s.mean(), s.meanLow(), s.meanHigh())),
                new Panel("Median", s -> new Estimate(s.median(), s.medianLow(), s.medianHigh())),
                new Panel("IQM", s -> new Estimate(s.iqm(), s.iqmLow(), s.iqmHigh())),
                new Panel(
                        "Optimality gap",
                        s -> new Estimate(s.optimalityGap(), s.optimalityGapLow(), s.optimalityGapHigh())));

        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAnalysis tasks = metric.tasks();
            List<AggregateScores> configs = tasks.aggregate().configs();
            if (configs.isEmpty()) {
                return;
            }
            boolean any = configs.stream()
                    .anyMatch(c -> PANELS.stream()
                            .anyMatch(p -> p.values().apply(c).point().isDefined()));
            if (!any) {
                html.open("p", "stat")
                        .element("strong", null, "Aggregate estimates: ")
                        .number(configs.get(0).mean())
                        .close("p");
                return;
            }
            List<String> labels =
                    configs.stream().map(c -> Labels.config(c.config())).toList();
            ObjectNode option = HtmlCharts.base();
            ArrayNode grids = option.putArray("grid");
            ArrayNode xAxes = option.putArray("xAxis");
            ArrayNode yAxes = option.putArray("yAxis");
            ArrayNode titles = option.putArray("title");
            ArrayNode series = option.putArray("series");
            double labelWidth = 19;
            double panelWidth = 17.5;
            double gap = 2.5;
            for (int p = 0; p < PANELS.size(); p++) {
                Panel panel = PANELS.get(p);
                double left = labelWidth + p * (panelWidth + gap);
                grids.addObject()
                        .put("left", left + "%")
                        .put("width", panelWidth + "%")
                        .put("top", 34)
                        .put("bottom", 40);
                titles.addObject()
                        .put("text", panel.name())
                        .put("left", (left + panelWidth / 2) + "%")
                        .put("top", 4)
                        .put("textAlign", "center")
                        .putObject("textStyle")
                        .put("fontSize", 13);
                ObjectNode x = HtmlCharts.valueAxis("normalised score");
                x.put("gridIndex", p).put("nameGap", 24);
                x.putObject("axisLabel").put("hideOverlap", true);
                xAxes.add(x);
                ObjectNode y = HtmlCharts.categoryAxis(labels, true);
                y.put("gridIndex", p);
                if (p > 0) {
                    ((ObjectNode) y.get("axisLabel")).put("show", false);
                } else {
                    ((ObjectNode) y.get("axisLabel")).put("width", 200);
                }
                yAxes.add(y);
                ObjectNode boxes = series.addObject();
                boxes.put("type", "custom")
                        .put("name", panel.name() + " 95% interval")
                        .put("renderItem", "intervalBox");
                boxes.put("xAxisIndex", p).put("yAxisIndex", p);
                boxes.putObject("encode").put("y", 0).set("x", array().add(1).add(2));
                ArrayNode boxData = boxes.putArray("data");
                ObjectNode points = series.addObject();
                points.put("type", "scatter")
                        .put("name", panel.name())
                        .put("symbol", "rect")
                        .put("z", 5);
                points.putArray("symbolSize").add(3).add(20);
                points.put("xAxisIndex", p).put("yAxisIndex", p);
                points.putObject("itemStyle").put("color", "#1f2328");
                ArrayNode pointData = points.putArray("data");
                for (int i = 0; i < configs.size(); i++) {
                    Estimate v = panel.values().apply(configs.get(i));
                    String tip = labels.get(i) + "\n" + panel.name() + " " + plainNum(v.point()) + ", 95% CI ["
                            + plainNum(v.low()) + ", " + plainNum(v.high()) + "]";
                    if (v.low().isDefined() && v.high().isDefined()) {
                        ObjectNode box = boxData.addObject();
                        box.putArray("value")
                                .add(i)
                                .add(v.low().value())
                                .add(v.high().value());
                        box.putObject("itemStyle").put("color", colour(i));
                        box.put("tip", tip);
                    }
                    if (v.point().isDefined()) {
                        ObjectNode point = pointData.addObject();
                        point.putArray("value").add(v.point().value()).add(i);
                        point.put("tip", tip);
                    }
                }
            }
            TaskAggregate aggregate = tasks.aggregate();
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("aggregates", experiment.id(), metric.name()),
                    option,
                    90 + 40 * Math.max(2, configs.size()),
                    metric.name() + ": aggregate estimates across tasks",
                    "Agarwal et al. (2021): over " + normalised(tasks) + ", the mean and median over tasks of the task"
                            + " scores, the interquartile mean (IQM) of all runs pooled and the optimality gap (1 − the"
                            + " mean of the scores capped at 1; " + gapDirection(metric.goal()) + "). Black tick: the"
                            + " estimate; bar: its 95% interval (" + bootstrap(aggregate) + ").");
        }
    }

    /**
     * Performance profiles: for each configuration, the fraction of runs better than each normalised score
     * threshold, with its stratified-bootstrap 95% band.
     */
    static final class PerformanceProfiles implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAnalysis tasks = metric.tasks();
            List<PerformanceProfile> profiles = tasks.aggregate().profiles().stream()
                    .filter(p -> !p.thresholds().isEmpty())
                    .toList();
            if (profiles.isEmpty()) {
                return;
            }
            boolean below = metric.goal() == Goal.MINIMIZE;
            List<String> names =
                    profiles.stream().map(p -> Labels.config(p.config())).toList();
            int legendHeight = HtmlCharts.legendHeight(names);
            ObjectNode option = HtmlCharts.base();
            ((ObjectNode) option.get("tooltip")).put("trigger", "axis").put("formatter", "profileTips");
            option.putObject("grid")
                    .put("left", 24)
                    .put("right", 40)
                    .put("top", legendHeight + 40)
                    .put("bottom", 56)
                    .put("containLabel", true);
            option.set("xAxis", HtmlCharts.valueAxis("normalised score τ"));
            ObjectNode y = HtmlCharts.verticalValueAxis(
                    below ? "fraction of runs with score < τ" : "fraction of runs" + " with score > τ");
            y.put("scale", false).put("min", 0).put("max", 1);
            option.set("yAxis", y);
            ObjectNode legend = option.putObject("legend");
            legend.put("top", 0);
            legend.set(
                    "data", array().addAll(names.stream().map(TextNode::valueOf).toList()));
            ArrayNode datasets = option.putArray("dataset");
            ArrayNode series = option.putArray("series");
            List<Map<String, Object>> columns = tasks.aggregate().configs().stream()
                    .map(AggregateScores::config)
                    .toList();
            for (int i = 0; i < profiles.size(); i++) {
                PerformanceProfile profile = profiles.get(i);
                String colour = colour(Math.max(0, columns.indexOf(profile.config())));
                ArrayNode rows = datasets.addObject().putArray("source");
                for (int t = 0; t < profile.thresholds().size(); t++) {
                    rows.addArray()
                            .add(profile.thresholds().get(t))
                            .add(profile.fraction().get(t))
                            .add(profile.low().get(t))
                            .add(profile.high().get(t));
                }
                HtmlCharts.lineWithBand(series, names.get(i), colour, i).put("step", "end");
            }
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("profiles", experiment.id(), metric.name()),
                    option,
                    380 + legendHeight,
                    metric.name() + ": performance profiles",
                    "Dolan and Moré (2002), as Agarwal et al. (2021) draw them: at each threshold τ of the normalised"
                            + " score, the fraction of a configuration's runs " + (below ? "below" : "above") + " τ ("
                            + normalised(tasks) + "; every task weighs the same), with its 95% band ("
                            + bootstrap(tasks.aggregate()) + "). A profile that lies "
                            + (below ? "below" : "above") + " another everywhere is better at every threshold.");
        }
    }

    /**
     * The probability of improvement of every pair: one row per pair, its point estimate and
     * stratified-bootstrap 95% interval, and the line of 0.5 (neither is better).
     */
    static final class ImprovementChart implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            TaskAnalysis tasks = metric.tasks();
            List<TaskPair> pairs = tasks.aggregate().pairs();
            if (pairs.stream().noneMatch(p -> p.probabilityOfImprovement().isDefined())) {
                return;
            }
            List<Map<String, Object>> columns = tasks.aggregate().configs().stream()
                    .map(AggregateScores::config)
                    .toList();
            TaskTable table = TaskTable.of(tasks, context.alpha());
            List<String> names = table.headers();
            Function<Map<String, Object>, String> name =
                    c -> columns.contains(c) ? names.get(columns.indexOf(c)) : Labels.config(c);
            List<String> labels = pairs.stream()
                    .map(p -> "P(" + name.apply(p.a()) + " better than " + name.apply(p.b()) + ")")
                    .toList();
            ObjectNode option = HtmlCharts.base();
            option.putObject("grid")
                    .put("left", 16)
                    .put("right", 32)
                    .put("top", 16)
                    .put("bottom", 48)
                    .put("containLabel", true);
            ObjectNode x = HtmlCharts.valueAxis("probability of improvement");
            x.put("scale", false).put("min", 0).put("max", 1);
            option.set("xAxis", x);
            option.set("yAxis", HtmlCharts.categoryAxis(labels, true));
            ArrayNode series = option.putArray("series");
            ArrayNode barData = HtmlCharts.horizontalErrorBars(series, "95% interval");
            ObjectNode points = series.addObject();
            points.put("type", "scatter")
                    .put("name", "probability of improvement")
                    .put("symbol", "diamond");
            points.put("symbolSize", 13).put("z", 5);
            ArrayNode pointData = points.putArray("data");
            for (int i = 0; i < pairs.size(); i++) {
                TaskPair pair = pairs.get(i);
                String tip = labels.get(i) + " = " + plainNum(pair.probabilityOfImprovement()) + "\n95% CI ["
                        + plainNum(pair.poiLow()) + ", " + plainNum(pair.poiHigh()) + "]\nwins/ties/losses of "
                        + Labels.config(pair.a()) + ": " + pair.wins() + "/" + pair.ties() + "/" + pair.losses();
                String colour = colour(Math.max(0, columns.indexOf(pair.a())));
                if (pair.poiLow().isDefined() && pair.poiHigh().isDefined()) {
                    ObjectNode bar = barData.addObject();
                    bar.putArray("value")
                            .add(i)
                            .add(pair.poiLow().value())
                            .add(pair.poiHigh().value());
                    bar.putObject("itemStyle").put("color", "#1f2328");
                    bar.put("tip", tip);
                }
                if (pair.probabilityOfImprovement().isDefined()) {
                    ObjectNode point = pointData.addObject();
                    point.putArray("value")
                            .add(pair.probabilityOfImprovement().value())
                            .add(i);
                    point.putObject("itemStyle")
                            .put("color", colour)
                            .put("borderColor", "#1f2328")
                            .put("borderWidth", 1);
                    point.put("tip", tip);
                }
            }
            ObjectNode line = points.putObject("markLine");
            line.put("symbol", "none").put("silent", true);
            line.putObject("lineStyle").put("color", "#cf222e").put("type", "dashed");
            line.putObject("label").put("formatter", "0.5");
            line.putArray("data").addObject().put("xAxis", 0.5);
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("improvement", experiment.id(), metric.name()),
                    option,
                    90 + 34 * Math.max(2, pairs.size()),
                    metric.name() + ": probability of improvement",
                    "For each pair, the probability that a run of the first configuration is better than a run of the"
                            + " second on the same task ("
                            + (names.equals(columns.stream().map(Labels::config).toList())
                                    ? ""
                                    : "configurations named by their " + table.parameters() + "; ")
                            + Labels.goal(metric.goal()) + "; ties count one half),"
                            + " averaged over tasks (Agarwal et al. 2021), with its 95% interval ("
                            + bootstrap(tasks.aggregate()) + "). An interval to the right of the dashed line at 0.5"
                            + " says the first is better.");
        }
    }
}

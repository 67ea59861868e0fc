package dev.cohort.report;

import static dev.cohort.report.HtmlCharts.array;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cohort.Goal;
import dev.cohort.analysis.Comparison;
import dev.cohort.analysis.ComparisonFamily;
import dev.cohort.analysis.ConfigurationCurve;
import dev.cohort.analysis.CurveAnalysis;
import dev.cohort.analysis.CurvePoint;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Significance;
import dev.cohort.analysis.Statistic;
import dev.cohort.results.ConfigSlices;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The chart sections of the HTML report, one class per kind of chart. */
final class HtmlChartSections {

    private static final int ROW = 34;

    private HtmlChartSections() {}

    private static String plainNum(Statistic<Double> statistic) {
        return HtmlSections.plainNum(statistic);
    }

    private static String plainP(Statistic<Double> statistic) {
        return HtmlSections.plainP(statistic);
    }

    private static String axisName(MetricAnalysis metric) {
        return metric.goal() == null || metric.goal() == Goal.NONE
                ? metric.name()
                : metric.name() + " (" + Labels.goal(metric.goal()) + ")";
    }

    private static List<String> labels(List<GroupSummary> groups) {
        return groups.stream().map(g -> Labels.config(g.config())).toList();
    }

    private static String meanTip(GroupSummary g) {
        IntervalDigits digits = IntervalDigits.of(g.ciLow(), g.ciHigh());
        return Labels.config(g.config()) + "\nmean " + HtmlSections.plainNum(g.mean(), digits) + ", 95% CI ["
                + HtmlSections.plainNum(g.ciLow(), digits) + ", " + HtmlSections.plainNum(g.ciHigh(), digits)
                + "]\nn = " + g.n();
    }

    /** A horizontal chart with one row per configuration. */
    private static ObjectNode rows(MetricAnalysis metric) {
        ObjectNode option = HtmlCharts.base();
        option.putObject("grid")
                .put("left", 16)
                .put("right", 32)
                .put("top", 16)
                .put("bottom", 48)
                .put("containLabel", true);
        option.set("xAxis", HtmlCharts.valueAxis(axisName(metric)));
        option.set("yAxis", HtmlCharts.categoryAxis(labels(metric.groups()), true));
        return option;
    }

    private static int rowsHeight(MetricAnalysis metric) {
        return 90 + ROW * Math.max(2, metric.groups().size());
    }

    /**
     * Means with 95% confidence intervals, and every seed's value as a dot while the metric has at most
     * {@link #MAX_DOTS} values (a page of a million dots would not open; the box plot then shows the
     * distribution).
     */
    static final class MeansChart implements HtmlSection.Metric {

        /** The most seed values drawn as dots in one chart. */
        static final int MAX_DOTS = 10_000;

        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            List<GroupSummary> groups = metric.groups();
            if (groups.isEmpty()) {
                return;
            }
            Map<Map<String, Object>, String> colours = HtmlCharts.colours(experiment);
            ObjectNode option = rows(metric);
            ArrayNode series = option.putArray("series");
            ObjectNode seeds = series.addObject();
            seeds.put("type", "scatter").put("name", "seeds").put("symbolSize", 6);
            ArrayNode seedData = seeds.putArray("data");
            ArrayNode barData = HtmlCharts.horizontalErrorBars(series, "95% CI");
            ObjectNode means = series.addObject();
            means.put("type", "scatter")
                    .put("name", "mean")
                    .put("symbol", "diamond")
                    .put("symbolSize", 13)
                    .put("z", 5);
            ArrayNode meanData = means.putArray("data");
            long total = groups.stream().mapToLong(g -> g.values().size()).sum();
            boolean dots = total <= MAX_DOTS;
            for (int i = 0; i < groups.size(); i++) {
                GroupSummary g = groups.get(i);
                String colour = colours.get(g.config());
                String label = Labels.config(g.config());
                List<Double> values = dots ? g.values() : List.of();
                for (int k = 0; k < values.size(); k++) {
                    ObjectNode dot = seedData.addObject();
                    dot.putArray("value").add(values.get(k)).add(i);
                    dot.putArray("symbolOffset").add(0).add(jitter(k, values.size()));
                    dot.putObject("itemStyle").put("color", colour).put("opacity", 0.45);
                    dot.put("tip", label + "\n" + Numbers.readable(values.get(k)));
                }
                if (g.ciLow().isDefined() && g.ciHigh().isDefined()) {
                    ObjectNode bar = barData.addObject();
                    bar.putArray("value")
                            .add(i)
                            .add(g.ciLow().value())
                            .add(g.ciHigh().value());
                    bar.putObject("itemStyle").put("color", "#1f2328");
                    bar.put("tip", meanTip(g));
                }
                if (g.mean().isDefined()) {
                    ObjectNode mean = meanData.addObject();
                    mean.putArray("value").add(g.mean().value()).add(i);
                    mean.putObject("itemStyle")
                            .put("color", colour)
                            .put("borderColor", "#1f2328")
                            .put("borderWidth", 1);
                    mean.put("tip", meanTip(g));
                }
            }
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("means", experiment.id(), metric.name()),
                    option,
                    rowsHeight(metric),
                    metric.name() + ": means and seeds",
                    dots
                            ? "Each configuration's mean (diamond) with its 95% confidence interval (bar), and the value"
                                    + " of every seed (dots, spread vertically so that they do not hide each other)."
                            : "Each configuration's mean (diamond) with its 95% confidence interval (bar). The " + total
                                    + " values of the seeds are more than " + MAX_DOTS + " and are not drawn as dots;"
                                    + " the box plots show their distribution.");
        }

        /** A vertical offset in pixels spreading {@code count} dots over a band of the row. */
        private static double jitter(int index, int count) {
            if (count <= 1) {
                return 0;
            }
            // A fixed low-discrepancy order, so that neighbouring values do not line up.
            double u = (index * 0.618033988749895) % 1.0;
            return Math.round((u - 0.5) * 18 * 10) / 10.0;
        }
    }

    /** Box plots from the quartiles, the median and the extremes. */
    static final class BoxChart implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            List<GroupSummary> groups = metric.groups();
            if (groups.isEmpty()) {
                return;
            }
            Map<Map<String, Object>, String> colours = HtmlCharts.colours(experiment);
            ObjectNode option = rows(metric);
            ObjectNode box = option.putArray("series").addObject();
            box.put("type", "boxplot").put("name", "distribution");
            box.putArray("boxWidth").add(6).add(22);
            ArrayNode data = box.putArray("data");
            for (GroupSummary g : groups) {
                ObjectNode item = data.addObject();
                if (Stream.of(g.min(), g.q25(), g.median(), g.q75(), g.max()).anyMatch(s -> !s.isDefined())) {
                    item.putArray("value");
                    continue;
                }
                item.putArray("value")
                        .add(g.min().value())
                        .add(g.q25().value())
                        .add(g.median().value())
                        .add(g.q75().value())
                        .add(g.max().value());
                String colour = colours.get(g.config());
                item.putObject("itemStyle")
                        .put("color", colour + "40")
                        .put("borderColor", colour)
                        .put("borderWidth", 1.5);
                item.put(
                        "tip",
                        Labels.config(g.config()) + "\nmedian " + plainNum(g.median()) + ", quartiles ["
                                + plainNum(g.q25()) + ", " + plainNum(g.q75()) + "]\nmin " + plainNum(g.min())
                                + ", max " + plainNum(g.max())
                                + "\nn = " + g.n());
            }
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("box", experiment.id(), metric.name()),
                    option,
                    rowsHeight(metric),
                    metric.name() + ": distribution per configuration",
                    "Box plots: the box spans the first to the third quartile with the median inside; the whiskers "
                            + "reach the smallest and the largest value.");
        }
    }

    /** The metric's mean against each swept parameter, the other parameters' values as series. */
    static final class SensitivityCharts implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            for (String parameter : experiment.parameters()) {
                List<Object> levels = new ArrayList<>();
                for (GroupSummary g : metric.groups()) {
                    Object level = g.config().get(parameter);
                    if (level != null && !levels.contains(level)) {
                        levels.add(level);
                    }
                }
                if (levels.size() >= 2) {
                    chart(html, experiment, metric, parameter, levels);
                }
            }
        }

        private static void chart(
                Html html,
                ExperimentAnalysis experiment,
                MetricAnalysis metric,
                String parameter,
                List<Object> levels) {
            boolean numeric = levels.stream().allMatch(v -> v instanceof Number);
            double min = numeric
                    ? levels.stream()
                            .mapToDouble(v -> ((Number) v).doubleValue())
                            .min()
                            .orElse(0)
                    : 0;
            double max = numeric
                    ? levels.stream()
                            .mapToDouble(v -> ((Number) v).doubleValue())
                            .max()
                            .orElse(0)
                    : 0;
            boolean log = numeric && min > 0 && max / min > 10;
            List<String> others = experiment.parameters().stream()
                    .filter(p -> !p.equals(parameter))
                    .toList();
            Map<String, List<GroupSummary>> bySeries = new LinkedHashMap<>();
            ConfigSlices.along(metric.groups(), GroupSummary::config, parameter, others)
                    .forEach((rest, slice) -> bySeries.computeIfAbsent(
                                    others.isEmpty() ? "all" : Labels.config(rest), k -> new ArrayList<>())
                            .addAll(slice));
            ObjectNode option = HtmlCharts.base();
            int legend = bySeries.size() > 1 ? HtmlCharts.legendHeight(new ArrayList<>(bySeries.keySet())) : 0;
            option.putObject("grid")
                    .put("left", 24)
                    .put("right", 40)
                    .put("top", legend + 40)
                    .put("bottom", 56)
                    .put("containLabel", true);
            ObjectNode x;
            if (numeric) {
                x = HtmlCharts.valueAxis(parameter);
                x.put("type", log ? "log" : "value");
                x.put("scale", true);
                if (!log) {
                    // Room beside the first and last level, so that their error bars are not cut.
                    x.putArray("boundaryGap").add("4%").add("4%");
                }
            } else {
                x = HtmlCharts.categoryAxis(levels.stream().map(Labels::value).toList(), false);
                ((ObjectNode) x.get("axisLabel"))
                        .put("interval", 0)
                        .put("width", Math.max(40, 1000 / levels.size() - 8));
                x.put("name", parameter).put("nameLocation", "middle").put("nameGap", 32);
                x.putObject("nameTextStyle").put("fontWeight", "bold");
            }
            option.set("xAxis", x);
            option.set("yAxis", HtmlCharts.verticalValueAxis(axisName(metric)));
            if (bySeries.size() > 1) {
                option.putObject("legend").put("top", 0);
            }
            ArrayNode series = option.putArray("series");
            int s = 0;
            for (Map.Entry<String, List<GroupSummary>> entry : bySeries.entrySet()) {
                String colour = HtmlCharts.PALETTE.get(s++ % HtmlCharts.PALETTE.size());
                List<GroupSummary> groups = new ArrayList<>(entry.getValue());
                if (numeric) {
                    groups.sort(
                            Comparator.comparingDouble(g -> ((Number) g.config().get(parameter)).doubleValue()));
                } else {
                    groups.sort(Comparator.comparingInt(
                            g -> levels.indexOf(g.config().get(parameter))));
                }
                ObjectNode line = series.addObject();
                // Categories have no order between them: a dot per level, no line joining levels.
                line.put("type", numeric ? "line" : "scatter")
                        .put("name", entry.getKey())
                        .put("symbolSize", numeric ? 7 : 9);
                line.put("color", colour);
                ArrayNode lineData = line.putArray("data");
                ObjectNode bars = series.addObject();
                bars.put("type", "custom").put("name", entry.getKey()).put("renderItem", "errorBarY");
                bars.put("color", colour);
                bars.putObject("encode").put("x", 0).set("y", array().add(1).add(2));
                ArrayNode barData = bars.putArray("data");
                for (GroupSummary g : groups) {
                    if (!g.mean().isDefined()) {
                        continue;
                    }
                    Object level = g.config().get(parameter);
                    ObjectNode point = lineData.addObject();
                    ArrayNode value = point.putArray("value");
                    addLevel(value, level, numeric, levels);
                    value.add(g.mean().value());
                    point.put("tip", meanTip(g));
                    if (g.ciLow().isDefined() && g.ciHigh().isDefined()) {
                        ObjectNode bar = barData.addObject();
                        ArrayNode v = bar.putArray("value");
                        addLevel(v, level, numeric, levels);
                        v.add(g.ciLow().value()).add(g.ciHigh().value());
                        bar.put("tip", meanTip(g));
                    }
                }
            }
            String seriesSentence = bySeries.size() > 1
                    ? (numeric ? " One line" : " One colour") + " per combination of the other parameters ("
                            + String.join(", ", others) + ")."
                    : "";
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("sensitivity", experiment.id(), metric.name(), parameter),
                    option,
                    360 + legend,
                    metric.name() + " against " + parameter,
                    "The mean of " + metric.name() + " with its 95% confidence interval at each value of " + parameter
                            + (log ? " (logarithmic axis)" : "")
                            + (numeric ? "" : "; the values are categories, so no line joins them")
                            + "."
                            + seriesSentence);
        }

        private static void addLevel(ArrayNode value, Object level, boolean numeric, List<Object> levels) {
            if (numeric) {
                value.add(((Number) level).doubleValue());
            } else {
                value.add(levels.indexOf(level));
            }
        }
    }

    /** Holm-adjusted p-values of every pair of configurations as a heat map. */
    static final class ComparisonHeatmap implements HtmlSection.Metric {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            if (metric.comparisons().isEmpty() || metric.comparisonFamily() == ComparisonFamily.VERSUS_BEST) {
                return;
            }
            Set<Map<String, Object>> rowSet = new LinkedHashSet<>();
            Set<Map<String, Object>> columnSet = new LinkedHashSet<>();
            List<Map<String, Object>> order =
                    metric.groups().stream().map(GroupSummary::config).toList();
            for (Comparison c : metric.comparisons()) {
                rowSet.add(c.a());
                columnSet.add(c.b());
            }
            List<Map<String, Object>> rows =
                    order.stream().filter(rowSet::contains).toList();
            List<Map<String, Object>> columns =
                    order.stream().filter(columnSet::contains).toList();
            HeatmapAxes axes = HeatmapAxes.of(order, rows, columns);
            double alpha = context.alpha();
            ObjectNode option = HtmlCharts.base();
            option.putObject("grid")
                    .put("left", axes.left())
                    .put("right", 24)
                    .put("top", axes.top())
                    .put("bottom", 64)
                    .put("containLabel", false);
            ObjectNode x = HtmlCharts.categoryAxis(axes.columns(), false);
            ((ObjectNode) x.get("axisLabel"))
                    .put("interval", 0)
                    .put("rotate", axes.rotate())
                    .put("fontSize", axes.columnFontSize())
                    .put("overflow", "none")
                    .remove("width");
            x.put("position", "top").put("triggerEvent", true);
            option.set("xAxis", x);
            ObjectNode y = HtmlCharts.categoryAxis(axes.rows(), true);
            ((ObjectNode) y.get("axisLabel"))
                    .put("interval", 0)
                    .put("overflow", "none")
                    .remove("width");
            y.put("triggerEvent", true);
            option.set("yAxis", y);
            ObjectNode hover = option.putObject("hoverTexts");
            axes.hoverTexts().forEach(hover::put);
            ObjectNode visual = option.putObject("visualMap");
            visual.put("type", "piecewise")
                    .put("orient", "horizontal")
                    .put("left", "center")
                    .put("bottom", 0)
                    .put("dimension", 2)
                    .put("seriesIndex", 0);
            ArrayNode pieces = visual.putArray("pieces");
            pieces.addObject().put("lt", 0.001).put("label", "Holm p < 0.001").put("color", "#08519c");
            pieces.addObject()
                    .put("gte", 0.001)
                    .put("lt", Math.max(0.001, Math.min(0.01, alpha)))
                    .put("label", "Holm p < " + Numbers.plain(Math.min(0.01, alpha)))
                    .put("color", "#3182bd");
            if (alpha > 0.01) {
                pieces.addObject()
                        .put("gte", 0.01)
                        .put("lt", alpha)
                        .put("label", "Holm p < " + Numbers.plain(alpha))
                        .put("color", "#9ecae1");
            }
            pieces.addObject()
                    .put("gte", alpha)
                    .put("label", "not significant at " + Numbers.plain(alpha))
                    .put("color", "#f0f0f0");
            ObjectNode heat = option.putArray("series").addObject();
            heat.put("type", "heatmap").put("name", "Holm-adjusted p");
            heat.putObject("label").put("show", axes.cellLabels()).put("formatter", "text");
            heat.putObject("itemStyle").put("borderColor", "#fff").put("borderWidth", 2);
            ArrayNode data = heat.putArray("data");
            ObjectNode missing = option.withArray("series").addObject();
            missing.put("type", "heatmap").put("name", "undefined");
            missing.putObject("label").put("show", axes.cellLabels()).put("formatter", "text");
            missing.putObject("itemStyle")
                    .put("color", "#ffffff")
                    .put("borderColor", "#d0d7de")
                    .put("borderWidth", 1);
            ArrayNode missingData = missing.putArray("data");
            Map<Map<String, Object>, Integer> columnIndex = positions(columns);
            Map<Map<String, Object>, Integer> rowIndex = positions(rows);
            for (Comparison c : metric.comparisons()) {
                int column = columnIndex.getOrDefault(c.b(), -1);
                int row = rowIndex.getOrDefault(c.a(), -1);
                String tip = Labels.config(c.a()) + "\nvs " + Labels.config(c.b()) + "\n" + "test: "
                        + Objects.requireNonNullElse(Labels.test(c.test()), Html.MISSING) + ", p = " + plainP(c.p())
                        + "\nHolm-adjusted p = " + plainP(c.pHolm())
                        + "\nCohen's d (first − second) = " + plainNum(c.cohensD());
                boolean defined = c.pHolm().isDefined();
                ObjectNode item = (defined ? data : missingData).addObject();
                item.putArray("value").add(column).add(row).add(c.pHolm().orElse(1.0));
                item.put("tip", tip);
                item.put("text", defined ? HtmlSections.p(c.pHolm()) : Html.MISSING);
                if (c.pHolm().orElse(1) < Math.min(0.01, alpha)) {
                    item.putObject("label").put("color", "#ffffff");
                }
            }
            if (missingData.isEmpty()) {
                ((ArrayNode) option.get("series")).remove(1);
            }
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("pairs", experiment.id(), metric.name()),
                    option,
                    axes.top() + 64 + 40 * rows.size(),
                    metric.name() + ": pairwise comparisons",
                    "Each cell compares the row's configuration with the column's: its Holm-adjusted p-value (darker "
                            + "is smaller"
                            + (axes.cellLabels() ? "" : "; the cells are too narrow to print it")
                            + ")."
                            + (axes.abbreviated()
                                    ? " Rows and columns are named by the values of "
                                            + String.join(", ", experiment.parameters())
                                            + "; hover a name for the whole configuration."
                                    : "")
                            + " Hover a cell for the test used, the raw p-value and Cohen's d.");
        }
    }

    /** The position of each configuration in {@code configs}, which holds each once. */
    private static Map<Map<String, Object>, Integer> positions(List<Map<String, Object>> configs) {
        Map<Map<String, Object>, Integer> positions = new HashMap<>();
        for (int i = 0; i < configs.size(); i++) {
            positions.put(configs.get(i), i);
        }
        return positions;
    }

    /**
     * The comparisons with the best configuration ({@link ComparisonFamily#VERSUS_BEST}) as a strip: one
     * bar per other configuration, in configuration order, as tall as {@code -log10} of its Holm-adjusted
     * p-value, with the significance level as a line; a heat map of one row would not fit k - 1 columns.
     */
    static final class VersusBestStrip implements HtmlSection.Metric {

        /** Above this many bars the chart gets a zoom slider and hides the configuration labels. */
        private static final int LABELLED = 40;

        @Override
        public void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context) {
            if (metric.comparisons().isEmpty() || metric.comparisonFamily() != ComparisonFamily.VERSUS_BEST) {
                return;
            }
            double alpha = context.alpha();
            String reference = Labels.config(metric.reference());
            List<String> names = new ArrayList<>();
            ArrayNode bars = array();
            for (Comparison c : metric.comparisons()) {
                names.add(Labels.config(c.b()));
                ObjectNode item = bars.addObject();
                Statistic<Double> holm = c.pHolm();
                double height = holm.isDefined() ? -Math.log10(Math.max(holm.value(), Double.MIN_NORMAL)) : 0;
                item.put("value", height);
                boolean significant = holm.orElse(1) < alpha;
                item.putObject("itemStyle").put("color", significant ? "#3182bd" : "#bdbdbd");
                item.put(
                        "tip",
                        Labels.config(c.b()) + "\nvs the best, " + reference + "\ntest: "
                                + Objects.requireNonNullElse(Labels.test(c.test()), Html.MISSING) + ", p = "
                                + plainP(c.p())
                                + "\nHolm-adjusted p = " + plainP(holm)
                                + "\nCohen's d (best − this) = " + plainNum(c.cohensD()));
            }
            ObjectNode option = HtmlCharts.base();
            option.putObject("grid")
                    .put("left", 16)
                    .put("right", 24)
                    .put("top", 40)
                    .put("bottom", names.size() > LABELLED ? 56 : 16)
                    .put("containLabel", true);
            ObjectNode x = HtmlCharts.categoryAxis(names, false);
            if (names.size() > LABELLED) {
                ((ObjectNode) x.get("axisLabel")).put("show", false);
                option.putArray("dataZoom").addObject().put("type", "slider").put("xAxisIndex", 0);
            } else {
                ((ObjectNode) x.get("axisLabel")).put("rotate", 30).put("width", 160);
            }
            option.set("xAxis", x);
            option.set("yAxis", HtmlCharts.verticalValueAxis("−log10 Holm-adjusted p"));
            ObjectNode series = option.putArray("series").addObject();
            series.put("type", "bar").put("name", "−log10 Holm-adjusted p");
            series.set("data", bars);
            ObjectNode line = series.putObject("markLine");
            line.put("symbol", "none").put("silent", true);
            line.putObject("lineStyle").put("color", "#d62728").put("type", "dashed");
            line.putObject("label").put("formatter", "α = " + Numbers.plain(alpha));
            line.putArray("data").addObject().put("yAxis", -Math.log10(alpha));
            long significant = metric.comparisons().stream()
                    .filter(c -> Significance.isSignificant(c, alpha))
                    .count();
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("versus-best", experiment.id(), metric.name()),
                    option,
                    360,
                    metric.name() + ": every configuration against the best",
                    "With " + metric.groups().size() + " configurations, each is compared with the best one, "
                            + reference + " (" + metric.comparisons().size() + " comparisons, Holm over that family)"
                            + " instead of all pairs. A bar's height is −log10 of its Holm-adjusted p-value; blue"
                            + " bars cross the dashed line of α = " + Numbers.plain(alpha) + " (" + significant
                            + " of " + metric.comparisons().size() + " significantly different from the best)."
                            + " Hover a bar for the test, the raw p-value and Cohen's d.");
        }
    }

    /** Per logged metric, the mean learning curve of each configuration with its 95% band. */
    static final class LearningCurves implements HtmlSection.Experiment {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            List<CurveAnalysis> curves = experiment.curves();
            if (curves.isEmpty()) {
                return;
            }
            Map<Map<String, Object>, String> colours = HtmlCharts.colours(experiment);
            for (CurveAnalysis curve : curves) {
                chart(html, experiment, curve, colours);
            }
        }

        private static void chart(
                Html html,
                ExperimentAnalysis experiment,
                CurveAnalysis curve,
                Map<Map<String, Object>, String> colours) {
            ObjectNode option = HtmlCharts.base();
            ((ObjectNode) option.get("tooltip")).put("trigger", "axis").put("formatter", "curveTips");
            List<String> names = curve.configurations().stream()
                    .map(c -> Labels.config(c.config()))
                    .toList();
            int legendHeight = HtmlCharts.legendHeight(names);
            option.putObject("grid")
                    .put("left", 24)
                    .put("right", 40)
                    .put("top", legendHeight + 40)
                    .put("bottom", 56)
                    .put("containLabel", true);
            option.set("xAxis", HtmlCharts.valueAxis("step"));
            option.set(
                    "yAxis",
                    HtmlCharts.verticalValueAxis(
                            curve.goal() == null || curve.goal() == Goal.NONE
                                    ? curve.metric()
                                    : curve.metric() + " (" + Labels.goal(curve.goal()) + ")"));
            ObjectNode legend = option.putObject("legend");
            legend.put("top", 0);
            legend.putArray("selector").add("all").add("inverse");
            legend.set(
                    "data", array().addAll(names.stream().map(TextNode::valueOf).toList()));
            ArrayNode datasets = option.putArray("dataset");
            ArrayNode series = option.putArray("series");
            List<ConfigurationCurve> configurations = curve.configurations();
            for (int i = 0; i < configurations.size(); i++) {
                ConfigurationCurve c = configurations.get(i);
                String label = names.get(i);
                String colour = colours.get(c.config());
                ArrayNode rows = datasets.addObject().putArray("source");
                for (CurvePoint point : c.points()) {
                    ArrayNode row = rows.addArray().add(point.step()).add(point.mean());
                    if (point.ciLow().isDefined() && point.ciHigh().isDefined()) {
                        row.add(point.bandLow(curve.bounds()).value())
                                .add(point.bandHigh(curve.bounds()).value());
                    } else {
                        row.add("-").add("-");
                    }
                    row.add(point.n());
                }
                HtmlCharts.lineWithBand(series, label, colour, i);
            }
            HtmlCharts.chart(
                    html,
                    HtmlCharts.id("curve", experiment.id(), curve.metric()),
                    option,
                    400 + legendHeight,
                    curve.metric() + ": learning curves",
                    "The mean of " + curve.metric() + " over seeds at each step, one colour per configuration; the"
                            + " shaded band is " + CurveBands.describe(curve) + ". Click a configuration in the"
                            + " legend to hide or show it.");
        }
    }
}

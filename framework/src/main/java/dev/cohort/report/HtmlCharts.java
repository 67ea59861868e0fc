package dev.cohort.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cohort.analysis.ConfigurationCurve;
import dev.cohort.analysis.CurveAnalysis;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.GroupSummary;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The charts of the HTML report: each chart is an Apache ECharts option built here as JSON (data
 * inlined), written next to its container in a {@code <script type="application/json">} element. At
 * the end of the page, {@link Scripts} inlines the ECharts bundle from its webjar and {@code
 * charts.js}, which draws every container and attaches the few named functions an option refers to
 * (tooltips, error bars, confidence bands). The page stays one file that works offline.
 */
final class HtmlCharts {

    /** The webjar whose {@code dist/echarts.min.js} is inlined. */
    static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

    /** Colours of configurations (Tableau 10), the same configuration the same colour in every chart. */
    static final List<String> PALETTE = List.of(
            "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
            "#bab0ac");

    static final String STYLE = """
            figure.chart { margin: 1.2rem 0 1.6rem; }
            figure.chart .plot { width: 100%; }
            figure.chart figcaption { color: #59636e; font-size: .9rem; max-width: 60rem; }
            .charts-footer { color: #59636e; font-size: .8rem; margin-top: 3rem; }
            """;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Writes JSON that can sit inside a script element: {@code <}, {@code >}, {@code &} and every
     * non-ASCII character (U+2028 among them) as Unicode escapes; numbers in their shortest exact form,
     * as {@link Numbers#exact} writes them.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    static {
        MAPPER.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    private HtmlCharts() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /**
     * A chart: its container, its option as JSON, and a caption saying what it shows.
     *
     * @param id unique in the page
     * @param height the chart's height in pixels (it takes the page's width)
     */
    static void chart(Html html, String id, ObjectNode option, int height, String title, String caption) {
        html.raw("<figure class=\"chart\">\n");
        html.element("h4", null, title).raw("\n");
        html.raw("<div class=\"plot\" id=\"" + id + "\" data-option=\"" + id + "-option\" style=\"height:" + height
                + "px\"></div>\n");
        html.raw("<script type=\"application/json\" id=\"" + id + "-option\">");
        try {
            MAPPER.writeValue(html.appender(), option);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        html.raw("</script>\n");
        html.element("figcaption", null, caption).raw("\n");
        html.raw("</figure>\n");
    }

    /** A page-unique, deterministic id for a chart of {@code kind} about the named things. */
    static String id(String kind, String... names) {
        int hash = 17;
        for (String name : names) {
            hash = 31 * hash + (name == null ? 0 : name.hashCode());
            hash = 31 * hash;
        }
        return "chart-" + kind + "-" + Integer.toHexString(hash) + "-" + names.length;
    }

    /** The colour of each configuration of an experiment, in configuration order. */
    static Map<Map<String, Object>, String> colours(ExperimentAnalysis experiment) {
        Map<Map<String, Object>, String> colours = new LinkedHashMap<>();
        for (MetricAnalysis metric : experiment.metrics()) {
            for (GroupSummary g : metric.groups()) {
                colours.computeIfAbsent(g.config(), c -> PALETTE.get(colours.size() % PALETTE.size()));
            }
        }
        for (CurveAnalysis curve : experiment.curves()) {
            for (ConfigurationCurve c : curve.configurations()) {
                colours.computeIfAbsent(c.config(), k -> PALETTE.get(colours.size() % PALETTE.size()));
            }
        }
        return colours;
    }

    /** Options shared by every chart: no animation (the page is a document), the page's font. */
    static ObjectNode base() {
        ObjectNode option = object();
        option.put("animation", false);
        option.putObject("textStyle").put("fontFamily", "sans-serif").put("fontSize", 12);
        ObjectNode tooltip = option.putObject("tooltip");
        tooltip.put("trigger", "item").put("confine", true).put("formatter", "tip");
        return option;
    }

    /**
     * A value axis titled {@code name}, not forced to include zero. Its labels stand 14 pixels off the
     * axis, clear of the other axis' label at the corner the two share.
     */
    static ObjectNode valueAxis(String name) {
        ObjectNode axis = object();
        axis.put("type", "value")
                .put("name", name)
                .put("nameLocation", "middle")
                .put("nameGap", 34);
        axis.put("scale", true);
        axis.putObject("axisLabel").put("margin", 14);
        axis.putObject("nameTextStyle").put("fontWeight", "bold");
        return axis;
    }

    /** A vertical value axis titled {@code name} above its top end. */
    static ObjectNode verticalValueAxis(String name) {
        ObjectNode axis = valueAxis(name);
        axis.put("nameLocation", "end").put("nameGap", 14);
        axis.putObject("nameTextStyle").put("fontWeight", "bold").put("align", "left");
        return axis;
    }

    /** The height in pixels a plain legend of these names takes in a chart about 1150 pixels wide. */
    /**
     * Adds to {@code series} horizontal error bars (the page's {@code errorBarX} renderer) whose data rows
     * are {@code [row, low, high]}.
     *
     * @return the series' data, for the caller's rows
     */
    static ArrayNode horizontalErrorBars(ArrayNode series, String name) {
        ObjectNode bars = series.addObject();
        bars.put("type", "custom").put("name", name).put("renderItem", "errorBarX");
        bars.putObject("encode").put("y", 0).set("x", array().add(1).add(2));
        return bars.putArray("data");
    }

    /**
     * Adds to {@code series} a line over a shaded band, both read from dataset {@code datasetIndex}
     * whose rows are {@code [x, y, low, high, ...]}: the band (drawn by the page's {@code band} renderer,
     * silent) under the line, in one colour.
     *
     * @return the line series, for settings of its own (a step, a tooltip)
     */
    static ObjectNode lineWithBand(ArrayNode series, String name, String colour, int datasetIndex) {
        ObjectNode band = series.addObject();
        band.put("type", "custom")
                .put("name", name)
                .put("renderItem", "band")
                .put("color", colour)
                .put("datasetIndex", datasetIndex)
                .put("silent", true)
                .put("z", 1);
        band.putObject("encode").put("x", 0).set("y", array().add(2).add(3));
        band.putObject("tooltip").put("show", false);
        ObjectNode line = series.addObject();
        line.put("type", "line")
                .put("name", name)
                .put("color", colour)
                .put("showSymbol", false)
                .put("datasetIndex", datasetIndex)
                .put("z", 3);
        line.putObject("encode").put("x", 0).put("y", 1);
        line.putObject("lineStyle").put("width", 2);
        return line;
    }

    static int legendHeight(List<String> names) {
        int width = 0;
        int rows = 1;
        for (String name : names) {
            int item = 40 + 7 * name.length();
            if (width + item > 1050 && width > 0) {
                rows++;
                width = 0;
            }
            width += item;
        }
        return 8 + 24 * rows;
    }

    /** A category axis of the given labels, first label at the top when it is vertical. */
    static ObjectNode categoryAxis(List<String> labels, boolean vertical) {
        ObjectNode axis = object();
        axis.put("type", "category");
        ArrayNode data = axis.putArray("data");
        labels.forEach(data::add);
        if (vertical) {
            axis.put("inverse", true);
        }
        axis.putObject("axisLabel").put("width", 380).put("overflow", "truncate");
        axis.putObject("axisTick").put("alignWithLabel", true);
        return axis;
    }

    /** The end of the page: the ECharts bundle and the script that draws every chart. */
    static final class Scripts implements HtmlSection.Page {
        @Override
        public void render(Html html, StudyAnalysis study, ReportContext context) {
            String version = echartsVersion();
            html.open("p", "charts-footer")
                    .text("Charts drawn with Apache ECharts " + version
                            + " (Apache License 2.0; copyright The Apache Software Foundation), inlined in this page.")
                    .close("p");
            html.raw("<script>\n")
                    .raw(scriptSafe(resource("META-INF/resources/webjars/echarts/" + version + "/dist/echarts.min.js")))
                    .raw("\n</script>\n<script>\n")
                    .raw(scriptSafe(resource("dev/cohort/report/charts.js")))
                    .raw("\n</script>\n");
        }
    }

    static String echartsVersion() {
        Properties properties = new Properties();
        try (InputStream in = open(ECHARTS_POM)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String resource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = HtmlCharts.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException("The report needs " + path + " on the class path (org.webjars.npm:echarts)");
        }
        return in;
    }

    /** A script's text with every {@code </script} broken so that it cannot end the element early. */
    static String scriptSafe(String script) {
        return script.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT");
    }

    /** Escapes {@code <}, {@code >} and {@code &} in JSON strings as Unicode escapes. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}

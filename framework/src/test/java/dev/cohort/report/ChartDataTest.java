package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ConfigLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The charts' data checked without a browser: the ECharts options are parsed out of {@code index.html}
 * (its {@code <script type="application/json">} elements) and every series is compared with what
 * {@code summary.json} holds for the same analysis: each configuration's mean, 95% interval, seed values
 * and quartiles, each pair's Holm-adjusted p-value, and each learning-curve point with {@code
 * curves.csv}. The studies are {@link ChartStudies}: 20 configurations as a 5 x 4 grid and as a 20 x 1
 * sweep, a 10 x 10 grid, a categorical sweep.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChartDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern OPTION =
            Pattern.compile("<script type=\"application/json\" id=\"([^\"]+)-option\">(.*?)</script>", Pattern.DOTALL);

    private final Map<String, JsonNode> options = new HashMap<>();
    private JsonNode summary;
    private String curvesCsv;

    @BeforeAll
    void render() throws Exception {
        StudyAnalysis study = ChartStudies.study();
        ReportContext context = Fixtures.context(ChartStudies.OPTIONS);
        String html = new HtmlReportFormat().render(study, context);
        Matcher m = OPTION.matcher(html);
        while (m.find()) {
            options.put(m.group(1), JSON.readTree(m.group(2)));
        }
        summary = JSON.readTree(new SummaryJsonFormat().render(study, context));
        curvesCsv = new CurvesCsvFormat().render(study, context);
    }

    @Test
    void everyChartContainerHasItsOption() {
        assertThat(options).isNotEmpty();
        assertThat(options.keySet())
                .contains(
                        HtmlCharts.id("means", ChartStudies.GRID, ChartStudies.ERROR),
                        HtmlCharts.id("pairs", ChartStudies.GRID, ChartStudies.ERROR),
                        HtmlCharts.id("versus-best", ChartStudies.SQUARE, ChartStudies.ERROR),
                        HtmlCharts.id("curve", ChartStudies.GRID, ChartStudies.ACCURACY));
    }

    @Test
    void theMeansChartHasEveryConfigurationsMeanIntervalAndSeeds() {
        for (JsonNode experiment : summary.get("experiments")) {
            for (JsonNode metric : experiment.get("metrics")) {
                JsonNode option = option(
                        "means",
                        experiment.get("id").asText(),
                        metric.get("name").asText());
                JsonNode groups = metric.get("groups");
                assertThat(texts(option.at("/yAxis/data"))).containsExactlyElementsOf(labels(groups));
                JsonNode seeds = series(option, "seeds");
                JsonNode bars = series(option, "95% CI");
                JsonNode means = series(option, "mean");
                List<List<Double>> expectedSeeds = new ArrayList<>();
                List<List<Double>> expectedBars = new ArrayList<>();
                List<List<Double>> expectedMeans = new ArrayList<>();
                for (int i = 0; i < groups.size(); i++) {
                    JsonNode g = groups.get(i);
                    for (JsonNode v : g.get("values")) {
                        expectedSeeds.add(List.of(v.asDouble(), (double) i));
                    }
                    expectedBars.add(List.of(
                            (double) i,
                            g.get("ciLow").asDouble(),
                            g.get("ciHigh").asDouble()));
                    expectedMeans.add(List.of(g.get("mean").asDouble(), (double) i));
                }
                assertThat(values(seeds)).as("seed dots").containsExactlyElementsOf(expectedSeeds);
                assertThat(values(bars)).as("intervals").containsExactlyElementsOf(expectedBars);
                assertThat(values(means)).as("means").containsExactlyElementsOf(expectedMeans);
            }
        }
    }

    @Test
    void theBoxPlotHasEveryConfigurationsQuartilesAndExtremes() {
        for (JsonNode experiment : summary.get("experiments")) {
            for (JsonNode metric : experiment.get("metrics")) {
                JsonNode option = option(
                        "box", experiment.get("id").asText(), metric.get("name").asText());
                List<List<Double>> expected = new ArrayList<>();
                for (JsonNode g : metric.get("groups")) {
                    expected.add(List.of(
                            g.get("min").asDouble(),
                            g.get("q25").asDouble(),
                            g.get("median").asDouble(),
                            g.get("q75").asDouble(),
                            g.get("max").asDouble()));
                }
                assertThat(values(series(option, "distribution"))).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void everyPairIsACellWithItsHolmAdjustedPOrABarAgainstTheBest() {
        int heatMaps = 0;
        for (JsonNode experiment : summary.get("experiments")) {
            for (JsonNode metric : experiment.get("metrics")) {
                String id = experiment.get("id").asText();
                String name = metric.get("name").asText();
                JsonNode comparisons = metric.get("comparisons");
                if (metric.get("comparisonFamily").asText().equals("VERSUS_BEST")) {
                    List<Double> expected = new ArrayList<>();
                    for (JsonNode c : comparisons) {
                        expected.add(-Math.log10(Math.max(c.get("pHolm").asDouble(), Double.MIN_NORMAL)));
                    }
                    JsonNode bars = option("versus-best", id, name).at("/series/0/data");
                    List<Double> heights = new ArrayList<>();
                    bars.forEach(b -> heights.add(b.get("value").asDouble()));
                    assertThat(heights).as("bars of %s", id).containsExactlyElementsOf(expected);
                    continue;
                }
                heatMaps++;
                JsonNode option = option("pairs", id, name);
                List<String> rows = texts(option.at("/yAxis/data"));
                List<String> columns = texts(option.at("/xAxis/data"));
                Map<String, String> full = fullLabels(option);
                Map<String, Double> cells = new LinkedHashMap<>();
                for (JsonNode series : option.get("series")) {
                    for (JsonNode cell : series.get("data")) {
                        String row = full.getOrDefault(
                                rows.get(cell.at("/value/1").asInt()),
                                rows.get(cell.at("/value/1").asInt()));
                        String column = full.getOrDefault(
                                columns.get(cell.at("/value/0").asInt()),
                                columns.get(cell.at("/value/0").asInt()));
                        cells.put(row + " vs " + column, cell.at("/value/2").asDouble());
                    }
                }
                Map<String, Double> expected = new LinkedHashMap<>();
                for (JsonNode c : comparisons) {
                    expected.put(
                            label(c.get("a")) + " vs " + label(c.get("b")),
                            c.get("pHolm").isNull() ? 1.0 : c.get("pHolm").asDouble());
                }
                assertThat(cells).as("cells of %s", id).containsExactlyInAnyOrderEntriesOf(expected);
            }
        }
        assertThat(heatMaps).as("heat maps checked").isEqualTo(3);
    }

    @Test
    void everySensitivityPointIsTheMeanOfItsConfiguration() {
        for (JsonNode experiment : summary.get("experiments")) {
            List<String> parameters = texts(experiment.get("parameters"));
            for (JsonNode metric : experiment.get("metrics")) {
                for (String parameter : parameters) {
                    JsonNode option = option(
                            "sensitivity",
                            experiment.get("id").asText(),
                            metric.get("name").asText(),
                            parameter);
                    boolean categorical = option.at("/xAxis/type").asText().equals("category");
                    List<String> categories = texts(option.at("/xAxis/data"));
                    List<String> expected = new ArrayList<>();
                    for (JsonNode g : metric.get("groups")) {
                        Map<String, Object> config = config(g.get("config"));
                        Object level = config.remove(parameter);
                        String series = config.isEmpty() ? "all" : ConfigLabel.of(config);
                        String x =
                                categorical ? ConfigLabel.value(level) : String.valueOf(((Number) level).doubleValue());
                        expected.add(series + " @ " + x + ": " + g.get("mean").asDouble() + " ["
                                + g.get("ciLow").asDouble() + ", "
                                + g.get("ciHigh").asDouble() + "]");
                    }
                    List<String> actual = new ArrayList<>();
                    JsonNode series = option.get("series");
                    for (int s = 0; s < series.size(); s += 2) {
                        JsonNode points = series.get(s);
                        JsonNode bars = series.get(s + 1);
                        assertThat(points.get("type").asText())
                                .as("%s against %s", metric.get("name"), parameter)
                                .isEqualTo(categorical ? "scatter" : "line");
                        for (int i = 0; i < points.get("data").size(); i++) {
                            JsonNode point = points.get("data").get(i).get("value");
                            JsonNode bar = bars.get("data").get(i).get("value");
                            String x = categorical
                                    ? categories.get(point.get(0).asInt())
                                    : String.valueOf(point.get(0).asDouble());
                            actual.add(points.get("name").asText() + " @ " + x + ": "
                                    + point.get(1).asDouble() + " ["
                                    + bar.get(1).asDouble() + ", " + bar.get(2).asDouble() + "]");
                        }
                    }
                    assertThat(actual)
                            .as("%s against %s", metric.get("name"), parameter)
                            .containsExactlyInAnyOrderElementsOf(expected);
                }
            }
        }
    }

    /**
     * Each learning-curve line has the means of {@code curves.csv}, and its band is the interval cut to the
     * declared {@code [0, 100]}: inside the interval, inside the bounds, and equal to the interval where the
     * interval is inside them.
     */
    @Test
    void everyCurvePointIsTheMeanOfCurvesCsvWithItsBandInsideTheIntervalAndTheBounds() {
        JsonNode option = option("curve", ChartStudies.GRID, ChartStudies.ACCURACY);
        // the last three columns (a configuration id may hold quoted commas before them)
        List<String[]> rows =
                curvesCsv.lines().skip(1).map(l -> l.split(",", -1)).toList();
        assertThat(curvesCsv.lines().findFirst().orElseThrow()).endsWith(",mean,ciLow,ciHigh");
        JsonNode datasets = option.get("dataset");
        int points = 0;
        int cut = 0;
        for (JsonNode dataset : datasets) {
            for (JsonNode row : dataset.get("source")) {
                String[] csv = rows.get(points++);
                int mean = csv.length - 3;
                int low = csv.length - 2;
                int high = csv.length - 1;
                assertThat(row.get(1).asDouble()).isEqualTo(Double.parseDouble(csv[mean]));
                if (csv[low].isEmpty()) {
                    assertThat(row.get(2).asText()).isEqualTo("-");
                    continue;
                }
                double bandLow = row.get(2).asDouble();
                double bandHigh = row.get(3).asDouble();
                double ciLow = Double.parseDouble(csv[low]);
                double ciHigh = Double.parseDouble(csv[high]);
                assertThat(bandLow).isBetween(Math.max(0, ciLow), row.get(1).asDouble());
                assertThat(bandHigh).isBetween(row.get(1).asDouble(), Math.min(100, ciHigh));
                if (bandHigh < ciHigh || bandLow > ciLow) {
                    cut++;
                }
            }
        }
        assertThat(points).as("points of 20 curves of 21 steps").isEqualTo(20 * 21);
        assertThat(cut).as("bands cut near 100").isPositive();
    }

    private JsonNode option(String kind, String... names) {
        String id = HtmlCharts.id(kind, names);
        assertThat(options).as("chart %s of %s", kind, List.of(names)).containsKey(id);
        return options.get(id);
    }

    private static JsonNode series(JsonNode option, String name) {
        for (JsonNode s : option.get("series")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no series " + name + " in " + option.get("series"));
    }

    private static List<List<Double>> values(JsonNode series) {
        List<List<Double>> values = new ArrayList<>();
        for (JsonNode item : series.get("data")) {
            List<Double> value = new ArrayList<>();
            item.get("value").forEach(v -> value.add(v.asDouble()));
            values.add(value);
        }
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static Map<String, String> fullLabels(JsonNode option) {
        Map<String, String> full = new HashMap<>();
        JsonNode hover = option.get("hoverTexts");
        if (hover != null) {
            hover.properties().forEach(e -> full.put(e.getKey(), e.getValue().asText()));
        }
        return full;
    }

    private static List<String> labels(JsonNode groups) {
        List<String> labels = new ArrayList<>();
        groups.forEach(g -> labels.add(label(g.get("config"))));
        return labels;
    }

    private static String label(JsonNode config) {
        return ConfigLabel.of(config(config));
    }

    private static Map<String, Object> config(JsonNode config) {
        return JSON.convertValue(config, new TypeReference<LinkedHashMap<String, Object>>() {});
    }
}

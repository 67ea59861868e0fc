package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.results.TrialError;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.CurveFileWriter;
import dev.cohort.results.store.JsonLinesResultWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Degenerate studies through the whole pipeline (trial lines, analysis, every report file): no file
 * shows NaN or an infinity, every {@code null} of {@code summary.json} has its reason next to it, and
 * every missing value of the page has one.
 */
class DegenerateReportTest {

    private static final String EXPERIMENT = "org.acme.Degenerate#run";

    /** NaN or an infinity as a word of its own: {@code NaN}, {@code Inf}, {@code -Infinity}, {@code ∞}. */
    private static final Pattern NON_FINITE =
            Pattern.compile("(?i)(?<![\\p{Alnum}_])(nan|inf|infinity)(?![\\p{Alnum}_])|∞");

    /** The page's executable scripts (the chart library), which are code, not report text. */
    private static final Pattern CODE = Pattern.compile("(?s)<script>.*?</script>");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** One trial: its configuration, seed, metrics ({@code null}: the trial failed) and curve file or {@code null}. */
    private record Trial(Map<String, Object> config, long seed, Map<String, Double> metrics, String curves) {}

    private static Map<String, Object> config(Object... namesAndValues) {
        Map<String, Object> config = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            config.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return config;
    }

    /** Configurations {@code lr = 1 .. values.length}, seed {@code s} of {@code lr} recording {@code values[lr-1][s]}. */
    private static List<Trial> grid(double[][] values) {
        List<Trial> trials = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            for (int s = 0; s < values[c].length; s++) {
                trials.add(new Trial(config("lr", c + 1), s + 1, Map.of("score", values[c][s]), null));
            }
        }
        return trials;
    }

    /** The trials and one more of the first configuration that failed with an exception without message. */
    private static List<Trial> withFailure(List<Trial> trials) {
        List<Trial> all = new ArrayList<>(trials);
        all.add(new Trial(trials.get(0).config(), 99, null, null));
        return all;
    }

    static Stream<Arguments> cases() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        List<Trial> someRecord = new ArrayList<>();
        for (int s = 1; s <= 4; s++) {
            someRecord.add(new Trial(config("lr", 1), s, Map.of("score", (double) s, "rare", 1.0), null));
            someRecord.add(new Trial(config("lr", 2), s, s % 2 == 0 ? Map.of("score", 2.0 * s) : Map.of(), null));
        }
        List<Trial> oneValuePerCell = new ArrayList<>();
        List<Trial> constantCells = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                oneValuePerCell.add(new Trial(config("a", a, "b", b), 1, Map.of("score", a + 2.0 * b), null));
                for (int s = 1; s <= 3; s++) {
                    constantCells.add(new Trial(config("a", a, "b", b), s, Map.of("score", a + 2.0 * b), null));
                }
            }
        }
        List<Trial> hugeCells = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                for (int s = 1; s <= 2; s++) {
                    double v = (a == b ? 1 : -1) * (s == 1 ? 1.7e308 : 1e308);
                    hugeCells.add(new Trial(config("a", a, "b", b), s, Map.of("score", v), null));
                }
            }
        }
        List<Trial> curves = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            curves.add(new Trial(config("lr", 1), s, Map.of("score", 1.0), "curves/c1-s" + s + ".csv"));
        }
        return Stream.of(
                Arguments.of("constant configurations", grid(new double[][] {
                    {1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}
                })),
                Arguments.of("every value equal", grid(new double[][] {{3, 3, 3, 3, 3}, {3, 3, 3, 3, 3}})),
                Arguments.of("one value per configuration", grid(new double[][] {{1}, {2}, {4}})),
                Arguments.of("all ties", grid(new double[][] {{1, 1, 2, 2, 1, 2}, {2, 1, 2, 1, 2, 1}})),
                Arguments.of("a single configuration", withFailure(grid(new double[][] {{1, 2, 3, 4, 5}}))),
                Arguments.of("non-finite values recorded", grid(new double[][] {
                    {1, nan, 2, inf, 3}, {nan, nan, nan, nan, nan}, {-inf, 4, 5, 6, 7}
                })),
                Arguments.of("huge values", grid(new double[][] {{1e308, 1.7e308, 1.5e308}, {-1e308, -1.7e308, 1e308}
                })),
                Arguments.of("a metric recorded by only some trials", someRecord),
                Arguments.of("zero-variance paired differences", grid(new double[][] {{1, 2, 3, 5}, {2, 3, 4, 6}})),
                Arguments.of("one value per factorial cell", oneValuePerCell),
                Arguments.of("constant factorial cells", constantCells),
                Arguments.of("huge values in factorial cells", hugeCells),
                Arguments.of("curves with one seed per step and non-finite values", curves));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFileIsFreeOfNonFiniteNumbersAndEveryNullHasItsReason(String name, List<Trial> trials) throws IOException {
        Path results = temp.resolve("results");
        write(results, trials);
        Path reports = temp.resolve("reports");

        new ReportPipeline().run(results, reports);

        List<Path> files;
        try (Stream<Path> listed = Files.list(reports)) {
            files = listed.sorted().toList();
        }
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .contains("index.html", "report.tex", "summary.csv", "comparisons.csv", "summary.json", "curves.csv");
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.getFileName().toString().endsWith(".html")) {
                text = CODE.matcher(text).replaceAll("<script></script>");
            }
            assertThat(nonFinite(text))
                    .as("non-finite numbers in %s", file.getFileName())
                    .isEmpty();
        }
        JsonNode summary = JSON.readTree(reports.resolve("summary.json").toFile());
        List<String> unexplained = new ArrayList<>();
        nullsWithoutReason("", summary, unexplained);
        assertThat(unexplained).as("nulls of summary.json without a reason").isEmpty();
        assertThat(summary.toString()).as("the metrics were analysed").contains("\"groups\"");
        assertThat(Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8))
                .as("every missing value of the page says why")
                .doesNotContain("not available for these data");
    }

    @Test
    void constantConfigurationsShowTheAnovaTableWithoutFAndSayWhy() throws IOException {
        Path results = temp.resolve("results");
        write(results, grid(new double[][] {{1, 1, 1, 1, 1}, {2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}}));
        Path reports = temp.resolve("reports");

        new ReportPipeline().run(results, reports);

        String html = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("One-way ANOVA: </strong>F(2, 12) = <span class=\"na\" title=\"essentially perfect fit")
                .contains("η² = 1.000");
        JsonNode anova = JSON.readTree(reports.resolve("summary.json").toFile()).at("/experiments/0/metrics/0/anova");
        assertThat(anova.get("f").isNull()).isTrue();
        assertThat(anova.get("dfWithin").asInt()).isEqualTo(12);
        assertThat(anova.at("/reasons/f").asText()).startsWith("essentially perfect fit");
        assertThat(anova.at("/reasons/p").asText()).startsWith("essentially perfect fit");
    }

    @Test
    void trialsThatDidNotRecordAMetricAreCountedAndNamed() throws IOException {
        Path results = temp.resolve("results");
        List<Trial> trials = new ArrayList<>();
        for (int s = 1; s <= 4; s++) {
            trials.add(new Trial(config("lr", 1), s, Map.of("score", 1.0 * s), null));
            trials.add(new Trial(config("lr", 2), s, s == 4 ? Map.of("other", 1.0) : Map.of("score", 2.0 * s), null));
        }
        write(results, trials);
        Path reports = temp.resolve("reports");

        new ReportPipeline().run(results, reports);

        JsonNode groups =
                JSON.readTree(reports.resolve("summary.json").toFile()).at("/experiments/0/metrics/0/groups");
        assertThat(groups.get(1).get("n").asInt()).isEqualTo(3);
        assertThat(groups.get(1).get("unrecorded").asInt()).isEqualTo(1);
        assertThat(Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8))
                .contains("1 successful trial did not record score, so n is smaller there: lr=2: 1.");
        assertThat(Files.readString(reports.resolve("summary.csv"), StandardCharsets.UTF_8))
                .contains(",lr=2,2,3,");
    }

    @Test
    void valuesBeyondDoublePrecisionGiveUndefinedStatisticsThatSaySo() throws IOException {
        Path results = temp.resolve("results");
        write(results, grid(new double[][] {{1e308, 1.7e308, 1.5e308}, {-1e308, -1.7e308, 1e308}}));
        Path reports = temp.resolve("reports");

        new ReportPipeline().run(results, reports);

        JsonNode metric =
                JSON.readTree(reports.resolve("summary.json").toFile()).at("/experiments/0/metrics/0");
        assertThat(metric.at("/groups/0/mean").isNull()).isTrue();
        assertThat(metric.at("/groups/0/reasons/mean").asText()).contains("double precision");
        assertThat(metric.at("/groups/0/max").asDouble()).isEqualTo(1.7e308);
        assertThat(metric.at("/anova/reasons/f").asText()).contains("double precision");
    }

    /** Each non-finite token with some context, so a failure shows where it is. */
    private static List<String> nonFinite(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NON_FINITE.matcher(text);
        while (m.find()) {
            found.add(text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20)));
        }
        return found;
    }

    /** Every field that is {@code null} while its object has no {@code reasons} entry for it. */
    private static void nullsWithoutReason(String path, JsonNode node, List<String> out) {
        if (node.isObject()) {
            JsonNode reasons = node.get("reasons");
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getValue().isNull()) {
                    if (reasons == null || !reasons.hasNonNull(field.getKey())) {
                        out.add(path + "." + field.getKey());
                    }
                } else {
                    nullsWithoutReason(path + "." + field.getKey(), field.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                nullsWithoutReason(path + "[" + i + "]", node.get(i), out);
            }
        }
    }

    private static void write(Path results, List<Trial> trials) throws IOException {
        try (JsonLinesResultWriter lines = JsonLinesResultWriter.open(results.resolve("run-1.jsonl"))) {
            for (Trial t : trials) {
                if (t.curves() != null) {
                    try (CurveFileWriter curve = CurveFileWriter.create(results.resolve(t.curves()))) {
                        curve.write("loss", 0, t.seed());
                        curve.write("loss", 1, t.seed() == 1 ? Double.NaN : 2.0);
                        curve.write("loss", 2, Double.POSITIVE_INFINITY);
                        curve.write("huge", 0, 1.7e308);
                        if (t.seed() == 1) {
                            curve.write("loss", 3, 5.0);
                        }
                    }
                }
                lines.append(new TrialResult(
                        EXPERIMENT,
                        t.config(),
                        t.seed(),
                        (int) t.seed() - 1,
                        t.metrics() == null ? TrialStatus.FAILED : TrialStatus.SUCCESSFUL,
                        t.metrics() == null ? Map.of() : t.metrics(),
                        1.0,
                        t.metrics() == null ? new TrialError("java.lang.IllegalStateException", null, null) : null,
                        Map.of("score", Goal.MAXIMIZE),
                        t.curves(),
                        null,
                        null,
                        null));
            }
        }
    }
}

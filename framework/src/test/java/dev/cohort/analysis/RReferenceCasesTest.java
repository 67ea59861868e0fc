package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference case computed by R ({@code src/test/resources/stats-reference*}) turned into trials
 * and analyzed; every expected field, nulls included, must match with relative tolerance 1e-9 (absolute
 * 1e-12 near zero).
 */
class RReferenceCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;

    static Stream<Path> cases() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("/stats-reference", "/stats-reference-extra")) {
            URL url = RReferenceCasesTest.class.getResource(dir);
            if (url == null) {
                continue;
            }
            try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesR(Path file) throws IOException {
        JsonNode reference = JSON.readTree(file.toFile());
        MetricAnalysis metric = analyze(reference);
        JsonNode actual = JSON.valueToTree(metric);
        List<String> mismatches = new ArrayList<>();
        compare("", reference.get("expected"), actual, mismatches);
        assertThat(mismatches)
                .as("fields of %s that differ from R", file.getFileName())
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void comparisonDetectsDifferences() throws IOException {
        List<String> out = new ArrayList<>();
        compare(
                "",
                JSON.readTree("{\"a\": 1.0, \"b\": null, \"c\": [1, 2], \"d\": 0}"),
                JSON.readTree("{\"a\": 1.00001, \"b\": 3, \"c\": [1], \"d\": 1e-13}"),
                out);
        assertThat(out).hasSize(3);
    }

    static MetricAnalysis analyze(JsonNode reference) throws IOException {
        String experiment = "ref#" + reference.get("name").asText();
        String metric = reference.get("metric").asText();
        JsonNode seeds = reference.get("seeds");
        Map<String, Goal> goals = reference.has("goal")
                ? Map.of(metric, Goal.valueOf(reference.get("goal").asText()))
                : Map.of();
        List<TrialResult> trials = new ArrayList<>();
        for (JsonNode group : reference.get("groups")) {
            Map<String, Object> config = JSON.convertValue(group.get("config"), LINKED_MAP);
            JsonNode values = group.get("values");
            for (int i = 0; i < values.size(); i++) {
                JsonNode v = values.get(i);
                Map<String, Double> metrics = new LinkedHashMap<>();
                metrics.put(metric, v.isNull() ? Double.NaN : v.asDouble());
                trials.add(new TrialResult(
                        experiment,
                        config,
                        seeds.get(i).asLong(),
                        i,
                        TrialStatus.SUCCESSFUL,
                        metrics,
                        1.0,
                        null,
                        goals,
                        null,
                        null,
                        null));
            }
        }
        StudyAnalysis study = Analyzer.analyze(trials);
        assertThat(study.experiments()).hasSize(1);
        assertThat(study.experiments().get(0).metrics()).hasSize(1);
        return study.experiments().get(0).metrics().get(0);
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>> LINKED_MAP =
            new com.fasterxml.jackson.core.type.TypeReference<>() {};

    static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isNull()) {
            if (actual != null && !actual.isNull()) {
                out.add(path + ": expected null, got " + actual);
            }
            return;
        }
        if (actual == null || actual.isNull()) {
            out.add(path + ": expected " + expected + ", got null");
            return;
        }
        if (expected.isObject()) {
            for (Map.Entry<String, JsonNode> f : expected.properties()) {
                if (!actual.has(f.getKey())) {
                    out.add(path + "." + f.getKey() + ": missing");
                } else {
                    compare(path + "." + f.getKey(), f.getValue(), actual.get(f.getKey()), out);
                }
            }
        } else if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " elements, got " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber()) {
                out.add(path + ": expected " + expected + ", got " + actual);
                return;
            }
            double e = expected.asDouble();
            double a = actual.asDouble();
            double diff = Math.abs(e - a);
            if (!(diff <= ABSOLUTE || diff <= RELATIVE * Math.abs(e))) {
                out.add(path + ": expected " + e + ", got " + a + " (relative error " + diff / Math.abs(e) + ")");
            }
        } else if (!expected.asText().equals(actual.asText())) {
            out.add(path + ": expected " + expected.asText() + ", got " + actual.asText());
        }
    }
}

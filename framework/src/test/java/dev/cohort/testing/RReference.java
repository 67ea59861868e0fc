package dev.cohort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The reference cases computed by R ({@code src/test/resources/stats-reference*}, made by
 * {@code src/test/r/}): finding them, turning one into trials, and comparing an actual JSON tree with
 * a case's {@code expected} block field by field (relative tolerance 1e-9, absolute 1e-12 near zero,
 * nulls exactly where R has them).
 */
public final class RReference {

    /** The relative tolerance of a number. */
    public static final double RELATIVE = 1e-9;

    /** The absolute tolerance of a number near zero. */
    public static final double ABSOLUTE = 1e-12;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> LINKED_MAP = new TypeReference<>() {};

    private RReference() {}

    /** Every case file, sorted by directory then name; never empty. */
    public static Stream<Path> cases() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("/stats-reference", "/stats-reference-extra")) {
            URL url = RReference.class.getResource(dir);
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

    /** The case in {@code file}. */
    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The experiment id a case's trials carry. */
    public static String experimentId(JsonNode reference) {
        return "ref#" + reference.get("name").asText();
    }

    /**
     * The case's values as successful trials: one per group and value, with the case's seeds by
     * position (a group's own {@code seeds} when it has them: it ran seeds of its own), seed index,
     * metric (a JSON {@code null} value is NaN: the trial ran its seed without a finite value), goal
     * when the case has one, and the group's position as configuration index.
     */
    public static List<TrialResult> trials(JsonNode reference) {
        String experiment = experimentId(reference);
        String metric = reference.get("metric").asText();
        Map<String, Goal> goals = reference.has("goal")
                ? Map.of(metric, Goal.valueOf(reference.get("goal").asText()))
                : Map.of();
        List<TrialResult> trials = new ArrayList<>();
        JsonNode groups = reference.get("groups");
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            Map<String, Object> config = JSON.convertValue(group.get("config"), LINKED_MAP);
            JsonNode values = group.get("values");
            JsonNode seeds = group.has("seeds") ? group.get("seeds") : reference.get("seeds");
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
                        g,
                        null));
            }
        }
        return trials;
    }

    /** The differences between a case's {@code expected} block and {@code actual}; empty when they agree. */
    public static List<String> mismatches(JsonNode reference, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", reference.get("expected"), actual, out);
        return out;
    }

    /**
     * Adds to {@code out} every field of {@code expected} that {@code actual} lacks or holds another
     * value in; fields only in {@code actual} are ignored.
     */
    public static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
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

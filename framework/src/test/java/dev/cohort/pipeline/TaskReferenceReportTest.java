package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.results.TaskDeclaration;
import dev.cohort.testing.RReference;
import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The across-task reference cases computed by R ({@code src/test/resources/stats-reference/tasks}, the
 * shared cases, and {@code stats-reference-tasks}, made by {@code src/test/r/task-reference-cases.R}),
 * through the user's path: the trials written as JSON lines, the real {@link ReportPipeline} run with
 * {@code -Dcohort.task=task} ({@link AnalysisOptions#task()}), and {@code summary.json} read back. Every
 * field of {@code expected.aggregate} must match R (relative 1e-9, absolute 1e-12 near zero, nulls where
 * R has none); every bootstrap interval must hold its point estimate and lie within a quarter of its
 * width of an independent, naive stratified bootstrap (another generator, sorting every resample).
 */
class TaskReferenceReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REFERENCE_RESAMPLES = 4000;

    @TempDir
    Path temp;

    static Stream<Path> cases() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("/stats-reference/tasks", "/stats-reference-tasks")) {
            var url = TaskReferenceReportTest.class.getResource(dir);
            if (url == null) {
                continue;
            }
            try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(2);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void summaryJsonMatchesRAndAnIndependentBootstrap(Path file) throws IOException {
        JsonNode reference = RReference.read(file);
        Path results = temp.resolve("results");
        writeTrialLines(reference, results.resolve("tasks.jsonl"));
        AnalysisOptions options = AnalysisOptions.defaults()
                .withTask(TaskDeclaration.minMax(reference.get("task").asText()), 2000);

        ReportOutcome outcome = new ReportPipeline(options).run(results, temp.resolve("report"));

        assertThat(outcome.problems()).isEmpty();
        JsonNode summary = JSON.readTree(temp.resolve("report/summary.json").toFile());
        JsonNode metric = summary.get("experiments").get(0).get("metrics").get(0);
        JsonNode tasks = metric.get("tasks");
        assertThat(tasks).as("tasks block").isNotNull();
        assertThat(tasks.get("parameter").asText())
                .isEqualTo(reference.get("task").asText());
        assertThat(tasks.get("normalization").asText()).isEqualTo("MIN_MAX");
        assertThat(tasks.get("perTask")).hasSize(reference.get("tasks").size());
        assertThat(tasks.get("perTask").get(0).get("task"))
                .isEqualTo(reference.get("tasks").get(0));
        assertThat(tasks.get("perTask")
                        .get(0)
                        .get("groups")
                        .get(0)
                        .get("config")
                        .has(reference.get("task").asText()))
                .as("configurations within a task are named without the task parameter")
                .isFalse();
        assertThat(metric.get("comparisons")).as("no comparison across tasks").isEmpty();
        assertThat(tasks.get("aggregate").get("bootstrap").get("resamples").asInt())
                .isEqualTo(2000);
        List<String> mismatches = new ArrayList<>();
        RReference.compare("tasks", reference.get("expected"), tasks, mismatches);
        assertThat(mismatches)
                .as("fields of %s that differ from R", file.getFileName())
                .isEmpty();
        assertThat(intervalProblems(reference, tasks.get("aggregate")))
                .as("intervals of %s against an independent stratified bootstrap", file.getFileName())
                .isEmpty();
    }

    /** The case's trials as the JSON lines a run writes (SPEC section 4), as tasks_to_jsonl.py does. */
    private static void writeTrialLines(JsonNode reference, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String metric = reference.get("metric").asText();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (JsonNode t : reference.get("trials")) {
                ObjectNode line = JSON.createObjectNode();
                line.put("experiment", reference.get("name").asText());
                line.set("config", t.get("config"));
                line.set("seed", t.get("seed"));
                line.set("seedIndex", t.get("seedIndex"));
                line.put("status", "SUCCESSFUL");
                ObjectNode metrics = line.putObject("metrics");
                if (t.get("value").isNull()) {
                    metrics.putNull(metric);
                } else {
                    metrics.set(metric, t.get("value"));
                }
                line.putObject("goals").put(metric, reference.get("goal").asText());
                line.put("durationMs", 1.0);
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
            }
        }
    }

    /** Every interval that misses its point estimate or strays from the naive bootstrap's by > width / 4. */
    private static List<String> intervalProblems(JsonNode reference, JsonNode aggregate) {
        Map<String, double[][]> runs = normalisedRuns(reference);
        boolean lower = reference.get("goal").asText().equals("MINIMIZE");
        List<String> problems = new ArrayList<>();
        Random random = new Random(20260101L);
        for (JsonNode c : aggregate.get("configs")) {
            double[][] r = runs.get(c.get("config").toString());
            if (r == null || c.get("mean").isNull()) {
                continue;
            }
            double[][] reps = new double[4][REFERENCE_RESAMPLES];
            for (int i = 0; i < REFERENCE_RESAMPLES; i++) {
                double[][] s = resample(r, random);
                double[] means = Arrays.stream(s)
                        .mapToDouble(x -> Arrays.stream(x).average().orElseThrow())
                        .toArray();
                double[] pooled = Arrays.stream(s)
                        .flatMapToDouble(Arrays::stream)
                        .sorted()
                        .toArray();
                Arrays.sort(means);
                int cut = pooled.length / 4;
                reps[0][i] = Arrays.stream(means).average().orElseThrow();
                reps[1][i] = means.length % 2 == 1
                        ? means[means.length / 2]
                        : (means[means.length / 2 - 1] + means[means.length / 2]) / 2;
                reps[2][i] = Arrays.stream(pooled, cut, pooled.length - cut)
                        .average()
                        .orElseThrow();
                reps[3][i] = 1
                        - Arrays.stream(pooled)
                                .map(v -> Math.min(v, 1))
                                .average()
                                .orElseThrow();
            }
            String[] names = {"mean", "median", "iqm", "optimalityGap"};
            for (int s = 0; s < 4; s++) {
                check(
                        c.get("config") + " " + names[s],
                        c,
                        names[s],
                        names[s] + "Low",
                        names[s] + "High",
                        reps[s],
                        problems);
            }
        }
        for (JsonNode p : aggregate.get("pairs")) {
            double[][] a = runs.get(p.get("a").toString());
            double[][] b = runs.get(p.get("b").toString());
            if (p.get("probabilityOfImprovement").isNull()) {
                continue;
            }
            double[] poi = new double[REFERENCE_RESAMPLES];
            double[] diff = new double[REFERENCE_RESAMPLES];
            for (int i = 0; i < REFERENCE_RESAMPLES; i++) {
                long seed = random.nextLong();
                double[][] sa = resample(a, new Random(seed));
                double[][] sb = resample(b, new Random(seed));
                double sum = 0;
                for (int t = 0; t < sa.length; t++) {
                    double wins = 0;
                    for (double x : sa[t]) {
                        for (double y : sb[t]) {
                            wins += (lower ? x < y : x > y) ? 1 : x == y ? 0.5 : 0;
                        }
                    }
                    sum += wins / (sa[t].length * (double) sb[t].length);
                }
                poi[i] = sum / sa.length;
                diff[i] = iqm(sa) - iqm(sb);
            }
            String where = p.get("a") + " vs " + p.get("b");
            check(where + " poi", p, "probabilityOfImprovement", "poiLow", "poiHigh", poi, problems);
            check(
                    where + " iqm difference",
                    p,
                    "iqmDifference",
                    "iqmDifferenceLow",
                    "iqmDifferenceHigh",
                    diff,
                    problems);
        }
        return problems;
    }

    private static void check(
            String where, JsonNode node, String point, String low, String high, double[] reps, List<String> problems) {
        Arrays.sort(reps);
        double rl = quantile(reps, 0.025);
        double rh = quantile(reps, 0.975);
        double width = Math.max(rh - rl, 1e-12);
        double l = node.get(low).asDouble();
        double h = node.get(high).asDouble();
        double x = node.get(point).asDouble();
        if (node.get(low).isNull()
                || !(l - 1e-12 <= x && x <= h + 1e-12)
                || Math.abs(l - rl) > width / 4
                || Math.abs(h - rh) > width / 4) {
            problems.add(where + ": [" + l + ", " + h + "] around " + x + ", naive bootstrap [" + rl + ", " + rh + "]");
        }
    }

    private static double iqm(double[][] runs) {
        double[] pooled =
                Arrays.stream(runs).flatMapToDouble(Arrays::stream).sorted().toArray();
        int cut = pooled.length / 4;
        return Arrays.stream(pooled, cut, pooled.length - cut).average().orElseThrow();
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
    }

    private static double[][] resample(double[][] runs, Random random) {
        double[][] s = new double[runs.length][];
        for (int t = 0; t < runs.length; t++) {
            s[t] = new double[runs[t].length];
            for (int i = 0; i < s[t].length; i++) {
                s[t][i] = runs[t][random.nextInt(runs[t].length)];
            }
        }
        return s;
    }

    /**
     * The case's scores min-max normalised per task, by configuration (without the task, as JSON text)
     * and task in the case's order, each task's runs in seed order.
     */
    private static Map<String, double[][]> normalisedRuns(JsonNode reference) {
        String task = reference.get("task").asText();
        List<String> tasks = new ArrayList<>();
        reference.get("tasks").forEach(t -> tasks.add(t.asText()));
        Map<String, Double> low = new LinkedHashMap<>();
        Map<String, Double> high = new LinkedHashMap<>();
        Map<String, Map<String, List<double[]>>> byConfig = new LinkedHashMap<>();
        for (JsonNode t : reference.get("trials")) {
            if (t.get("value").isNull()) {
                continue;
            }
            String name = t.get("config").get(task).asText();
            double v = t.get("value").asDouble();
            low.merge(name, v, Math::min);
            high.merge(name, v, Math::max);
            ObjectNode rest = t.get("config").deepCopy();
            rest.remove(task);
            byConfig.computeIfAbsent(rest.toString(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(name, k -> new ArrayList<>())
                    .add(new double[] {t.get("seed").asDouble(), v});
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        byConfig.forEach((config, perTask) -> {
            double[][] r = new double[tasks.size()][];
            for (int i = 0; i < tasks.size(); i++) {
                String name = tasks.get(i);
                List<double[]> values = perTask.getOrDefault(name, List.of());
                r[i] = values.stream()
                        .sorted((x, y) -> Double.compare(x[0], y[0]))
                        .mapToDouble(x -> (x[1] - low.get(name)) / (high.get(name) - low.get(name)))
                        .toArray();
            }
            out.put(config, r);
        });
        return out;
    }
}

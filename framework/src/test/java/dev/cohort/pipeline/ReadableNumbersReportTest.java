package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Scale;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;
import dev.cohort.results.store.ManifestStore;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.RunRecorder;
import dev.cohort.runtime.TrialRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study like the example's (a log-spaced step-size sweep whose values Java prints as {@code 1.0E-4} and
 * {@code 3.16227766017E-4}, {@code @Sweep({"0", "5"})} on a double, p-values far below 0.001, a metric
 * around 1e-9) run end to end: the page, the LaTeX and the build log write numbers as people do, while
 * the CSV keeps them exact.
 */
class ReadableNumbersReportTest {

    /** A number as Java's {@code Double.toString} writes it in scientific notation: {@code 1.0E-4}. */
    private static final Pattern JAVA_STYLE = Pattern.compile("\\d(\\.\\d+)?E[-+]?\\d+");

    static class StepSizes {
        @Experiment(description = "Does a larger meta step size track a drifting target better?")
        @Seeds(10)
        @Metric(name = "final_error", goal = Goal.MINIMIZE)
        void metaStepSize(
                @Sweep(from = 1e-4, to = 1e-3, steps = 3, scale = Scale.LOG) double theta,
                @Sweep({"0", "5"}) double initialValue,
                Trial trial) {
            double noise = trial.random().nextGaussian();
            trial.record("final_error", 2 + 1000 * theta + initialValue / 10 + 0.05 * noise);
            trial.record("drift", 1e-9 * (3 + theta * 1000 + 0.1 * noise));
        }
    }

    @Test
    void pagesLaTeXAndLogWriteNoJavaStyleNumbers(@TempDir Path temp) throws Exception {
        ExperimentDefinition experiment = ExperimentReader.read(
                StepSizes.class,
                StepSizes.class.getDeclaredMethod("metaStepSize", double.class, double.class, Trial.class));
        Path results = temp.resolve("results");
        try (RunRecorder recorder = RunRecorder.open(results)) {
            ManifestStore.write(results, experiment.manifest(Instant.EPOCH));
            for (Configuration configuration : experiment.configurations()) {
                for (int s = 0; s < experiment.seedCount(); s++) {
                    recorder.record(TrialRunner.run(experiment, configuration, s));
                }
            }
        }

        ReportOutcome outcome = new ReportPipeline().run(results, temp.resolve("report"));

        String html = Files.readString(outcome.index(), StandardCharsets.UTF_8);
        String tex = Files.readString(temp.resolve("report/report.tex"), StandardCharsets.UTF_8);
        String text = pageText(html);
        assertThat(javaStyle(text)).isEmpty();
        assertThat(javaStyle(String.join("\n", chartStrings(html)))).isEmpty();
        assertThat(javaStyle(tex)).isEmpty();
        assertThat(javaStyle(String.join("\n", outcome.notes()))).isEmpty();

        assertThat(text).contains("theta=1e-4, initialValue=0", "theta=3.162e-4, initialValue=5", "< 1e-16");
        assertThat(tex).contains("theta=3.162e-4, initialValue=5");
        assertThat(String.join("\n", chartStrings(html))).contains("theta=3.162e-4");
        assertThat(Files.readString(temp.resolve("report/summary.csv"), StandardCharsets.UTF_8))
                .as("stored values stay exact")
                .contains("1.0E-4")
                .contains(Double.toString(Math.pow(10, -3.5)).substring(0, 12));
    }

    private static List<String> javaStyle(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = JAVA_STYLE.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 40);
            found.add(text.substring(from, Math.min(text.length(), m.end() + 10)));
        }
        return found;
    }

    /** The page's text as a reader sees it: no scripts, styles or tags. */
    private static String pageText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("<[^>]*>", " ")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** Every string in the charts' options (labels, names, tooltips), not their numeric data. */
    private static List<String> chartStrings(String html) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> strings = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<script type=\"application/json\" id=\"chart-[^\"]*\">(.*?)</script>")
                .matcher(html);
        int charts = 0;
        while (m.find()) {
            collect(json.readTree(m.group(1)), strings);
            charts++;
        }
        assertThat(charts).isPositive();
        return strings;
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collect(child, strings));
    }
}

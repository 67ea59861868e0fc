package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cohort.engine.fixtures.ResumableExperiments;
import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.results.TrialResult;
import dev.cohort.results.store.JsonLinesResultReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Kills a forked JVM running a study with {@code kill -9} ({@link Process#destroyForcibly()}) at a random
 * moment after its first trial was stored, resumes with {@code cohort.resume=true}, and compares the
 * final report's {@code summary.json} with that of an uninterrupted run: nothing but the trials in
 * flight is lost, nothing is stored twice, and the statistics are the same.
 */
class KillAndResumeTest {

    private static final int TRIALS = 2 * 2 * 12;
    private static final long SEED = Long.getLong("cohort.kill.seed", System.nanoTime());

    @TempDir
    static Path uninterrupted;

    private static JsonNode expected;

    @BeforeAll
    static void runWithoutInterruption(@TempDir Path reports) throws IOException {
        EngineRuns.execute(uninterrupted, selectClass(ResumableExperiments.class))
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(TRIALS));
        expected = summary(uninterrupted, reports);
    }

    @RepeatedTest(3)
    void aKilledRunResumesToTheReportOfAnUninterruptedRun(TestInfo info, @TempDir Path results, @TempDir Path reports)
            throws Exception {
        Random random = new Random(SEED + info.getDisplayName().hashCode());
        long killAfterMillis = random.nextInt(250);

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StudyMain.class.getName(),
                        results.toString(),
                        ResumableExperiments.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            awaitFirstStoredTrial(results, child);
            Thread.sleep(killAfterMillis);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        long storedBeforeResume = successfulTrials(results).size();
        assertThat(storedBeforeResume)
                .as("the first trial was stored before the kill")
                .isPositive();

        EngineExecutionResults resumed = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.RESUME, "true")
                .selectors(selectClass(ResumableExperiments.class))
                .execute();

        long skipped = resumed.testEvents().skipped().count();
        resumed.testEvents()
                .assertStatistics(stats ->
                        stats.skipped(skipped).succeeded(TRIALS - skipped).failed(0));
        assertThat(skipped)
                .as("kill after %d ms (seed %d): every trial stored before the kill was skipped", killAfterMillis, SEED)
                .isEqualTo(storedBeforeResume);
        Map<String, Long> perTrial = successfulTrials(results).stream()
                .collect(Collectors.groupingBy(t -> t.configId() + "/" + t.seed(), Collectors.counting()));
        assertThat(perTrial)
                .hasSize(TRIALS)
                .allSatisfy((trial, count) ->
                        assertThat(count).as("successful results of %s", trial).isEqualTo(1));
        assertThat(summary(results, reports))
                .as("kill after %d ms (seed %d)", killAfterMillis, SEED)
                .isEqualTo(expected);
    }

    /** Waits until the child stored a whole line, polling its results directory. */
    private static void awaitFirstStoredTrial(Path results, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the study ended before it could be killed, exit code " + child.exitValue());
            }
            if (Files.isDirectory(results) && anyWholeLine(results)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the study stored no trial within 60 s");
    }

    private static boolean anyWholeLine(Path results) throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                if (Files.readString(file, StandardCharsets.UTF_8).indexOf('\n') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<TrialResult> successfulTrials(Path results) throws IOException {
        return JsonLinesResultReader.read(results).trials().stream()
                .filter(TrialResult::isSuccessful)
                .toList();
    }

    private static JsonNode summary(Path results, Path reports) throws IOException {
        new ReportPipeline().run(results, reports);
        return JsonMapper.builder()
                .build()
                .readTree(reports.resolve("summary.json").toFile());
    }
}

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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

/**
 * Kills a forked JVM running a study with {@code kill -9} ({@link Process#destroyForcibly()}) once
 * between 20% and 60% of its trials are stored (a fraction drawn from the seed), resumes with {@code
 * cohort.resume=true}, and compares the result with an uninterrupted run: the kill left trials unfinished,
 * the resumed run ran exactly those, nothing is stored twice, and the curve files and the final report's
 * {@code summary.json} are the same. The seed is {@code -Dcohort.test.seed}, printed at the start and in
 * every failure so that a failing kill can be replayed.
 */
class KillAndResumeTest {

    private static final int TRIALS = 2 * 2 * 12;
    private static final String SEED_PROPERTY = "cohort.test.seed";
    private static final long SEED = Long.getLong(SEED_PROPERTY, System.nanoTime());

    @TempDir
    static Path uninterrupted;

    private static JsonNode expected;
    private static Map<String, String> expectedCurves;

    @BeforeAll
    static void runWithoutInterruption(@TempDir Path reports) throws IOException {
        System.out.println("KillAndResumeTest: replay with -D" + SEED_PROPERTY + "=" + SEED);
        EngineRuns.execute(uninterrupted, selectClass(ResumableExperiments.class))
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(TRIALS));
        expected = summary(uninterrupted, reports);
        expectedCurves = curves(uninterrupted, successfulTrials(uninterrupted));
        assertThat(expectedCurves).hasSize(TRIALS);
    }

    @RepeatedTest(3)
    void aKilledRunResumesToTheReportOfAnUninterruptedRun(TestInfo info, @TempDir Path results, @TempDir Path reports)
            throws Exception {
        Random random = new Random(SEED + info.getDisplayName().hashCode());
        int killAt = TRIALS / 5 + random.nextInt(TRIALS * 3 / 5 - TRIALS / 5 + 1);
        String replay = "kill at " + killAt + " stored trials, replay with -D" + SEED_PROPERTY + "=" + SEED;

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
            awaitStoredTrials(results, child, killAt);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Set<String> stored = keys(successfulTrials(results));
        assertThat(stored.size())
                .as("%s: trials stored before the kill", replay)
                .isGreaterThanOrEqualTo(killAt)
                .as("%s: the kill left trials unfinished", replay)
                .isLessThan(TRIALS);

        EngineExecutionResults resumed = EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.RESUME, "true")
                .selectors(selectClass(ResumableExperiments.class))
                .execute();

        Set<String> unfinished = new TreeSet<>(expectedCurves.keySet());
        unfinished.removeAll(stored);
        assertThat(resumed.testEvents().failed().count()).as(replay).isZero();
        assertThat(eventKeys(resumed.testEvents().skipped()))
                .as("%s: the trials the resumed run skipped", replay)
                .isEqualTo(stored);
        assertThat(eventKeys(resumed.testEvents().succeeded()))
                .as("%s: the trials the resumed run ran", replay)
                .isEqualTo(unfinished);
        List<TrialResult> all = successfulTrials(results);
        Map<String, Long> perTrial =
                all.stream().collect(Collectors.groupingBy(KillAndResumeTest::key, Collectors.counting()));
        assertThat(perTrial)
                .as(replay)
                .hasSize(TRIALS)
                .allSatisfy((trial, count) ->
                        assertThat(count).as("successful results of %s", trial).isEqualTo(1));
        assertThat(curves(results, all)).as("%s: curve files", replay).isEqualTo(expectedCurves);
        assertThat(summary(results, reports)).as(replay).isEqualTo(expected);
    }

    /** Waits until the child stored at least {@code count} whole lines, polling its results directory. */
    private static void awaitStoredTrials(Path results, Process child, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the study ended before it could be killed, exit code " + child.exitValue());
            }
            if (Files.isDirectory(results) && wholeLines(results) >= count) {
                return;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the study did not store " + count + " trials within 60 s");
    }

    private static long wholeLines(Path results) throws IOException {
        long lines = 0;
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                lines += Files.readString(file, StandardCharsets.UTF_8)
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
            }
        }
        return lines;
    }

    /** A trial by configuration and seed, as in its unique id. */
    private static String key(TrialResult trial) {
        return trial.configId() + "/" + trial.seed();
    }

    private static Set<String> keys(List<TrialResult> trials) {
        return trials.stream().map(KillAndResumeTest::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The trials of trial events, from their unique ids' configuration and seed segments. */
    private static Set<String> eventKeys(Events events) {
        return events.stream()
                .map(event -> event.getTestDescriptor().getUniqueId())
                .map(id -> segment(id, CohortIds.CONFIG) + "/" + segment(id, CohortIds.SEED))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String segment(UniqueId id, String type) {
        return id.getSegments().stream()
                .filter(s -> s.getType().equals(type))
                .map(UniqueId.Segment::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " has no " + type + " segment"));
    }

    /** Each trial's curve file's content, by trial. */
    private static Map<String, String> curves(Path results, List<TrialResult> trials) throws IOException {
        Map<String, String> curves = new TreeMap<>();
        for (TrialResult trial : trials) {
            assertThat(trial.curves()).as("curve file of %s", key(trial)).isNotNull();
            curves.put(key(trial), Files.readString(results.resolve(trial.curves()), StandardCharsets.UTF_8));
        }
        return curves;
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

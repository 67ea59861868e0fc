package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cohort.engine.fixtures.ManyTrialsExperiments;
import dev.cohort.pipeline.ReportOutcome;
import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.TrialResult;
import dev.cohort.results.store.JsonLinesResultReader;
import dev.cohort.results.store.StoreException;
import dev.cohort.runtime.CompletedTrials;
import dev.cohort.testing.TestEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A results directory on a real file system that runs out of space mid-run and a read-only one: a tmpfs
 * mounted for the test (skipped, saying why, where mounting is not allowed; failed there on CI: {@link
 * TestEnvironment}). The runs in the test JVM are
 * observed through their events; one in a child JVM shows the final progress line.
 */
class FullDiskTest {

    /** Space left for the run on the full disk: the manifest, the journal and about a dozen result lines. */
    private static final long LEFT = 16 * 1024;

    @TempDir
    Path temp;

    @Test
    void aDiskThatFillsUpStopsTheRunAtTheFirstErrorAndAResumeAfterSpaceIsFreedStoresTheRest() throws IOException {
        Path results = Files.createDirectory(temp.resolve("results"));
        Optional<String> refused = Mounts.tmpfs(results, "size=256k");
        TestEnvironment.requirePrivilege(refused.isEmpty(), "a tmpfs cannot be mounted here: " + refused.orElse(""));
        try {
            Path filler = results.resolve("filler.bin");
            Files.write(filler, new byte[(int) (Files.getFileStore(results).getUsableSpace() - LEFT)]);

            EngineExecutionResults full = EngineRuns.engine(results)
                    .configurationParameter(CohortConfiguration.PARALLELISM, "1")
                    .selectors(selectClass(ManyTrialsExperiments.class))
                    .execute();

            assertThat(StoreStopTest.failures(full))
                    .singleElement()
                    .satisfies(failure -> assertThat(failure)
                            .isInstanceOf(StoreException.class)
                            .hasMessageMatching("cannot (store the result|journal the start of the trial) in "
                                    + results.toString().replace(".", "\\.")
                                    + "/run-[^ ]+\\.(jsonl|started): No space left on device.*"));
            long stored = full.testEvents().succeeded().count();
            assertThat(stored).isBetween(1L, 150L);
            List<String> skipped = StoreStopTest.skipReasons(full);
            assertThat(skipped)
                    .hasSize(200 - 1 - (int) stored)
                    .allSatisfy(reason -> assertThat(reason)
                            .startsWith("the results store failed: cannot")
                            .contains("No space left on device"));
            Path file = resultsFile(results);
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes[bytes.length - 1])
                    .as("the file ends with a whole line")
                    .isEqualTo((byte) '\n');
            LoadedResults onDisk = JsonLinesResultReader.read(results);
            assertThat(onDisk.problems()).isEmpty();
            assertThat(onDisk.trials()).hasSize((int) stored);

            Files.delete(filler);
            EngineExecutionResults resumed = EngineRuns.engine(results)
                    .configurationParameter(CohortConfiguration.RESUME, "true")
                    .selectors(selectClass(ManyTrialsExperiments.class))
                    .execute();

            resumed.testEvents()
                    .assertStatistics(
                            s -> s.skipped(stored).succeeded(200 - stored).failed(0));
            LoadedResults all = JsonLinesResultReader.read(results);
            assertThat(all.problems()).isEmpty();
            assertThat(all.trials()).hasSize(200).allMatch(TrialResult::isSuccessful);
            assertThat(all.trials().stream().map(TrialResult::seed).collect(Collectors.toSet()))
                    .hasSize(200);
            assertThat(CompletedTrials.read(results).inFlightCount())
                    .as("the trial the full disk cost is no crash")
                    .isZero();

            Path reports = temp.resolve("report");
            ReportOutcome report = new ReportPipeline().run(results, reports);
            assertThat(report.trials()).isEqualTo(200);
            assertThat(report.problems()).isEmpty();
            JsonNode experiment = JsonMapper.builder()
                    .build()
                    .readTree(reports.resolve("summary.json").toFile())
                    .path("experiments")
                    .path(0);
            assertThat(experiment.path("successful").asInt()).isEqualTo(200);
        } finally {
            Mounts.unmount(results);
        }
    }

    @Test
    void aReadOnlyResultsDirectoryFailsTheFirstTrialNamingItAndNoTrialIsDone() throws IOException {
        Path results = Files.createDirectory(temp.resolve("read-only"));
        Optional<String> refused = Mounts.tmpfs(results, "ro,size=64k");
        TestEnvironment.requirePrivilege(
                refused.isEmpty(), "a read-only tmpfs cannot be mounted here: " + refused.orElse(""));
        try {
            EngineExecutionResults execution = EngineRuns.engine(results)
                    .selectors(selectClass(ManyTrialsExperiments.class))
                    .execute();

            assertThat(StoreStopTest.failures(execution))
                    .singleElement()
                    .satisfies(first -> assertThat(first)
                            .isInstanceOf(StoreFailedException.class)
                            .hasMessageStartingWith("the run stops before this trial: the results store failed: cannot"
                                    + " record the declaration of many in " + results)
                            .hasMessageContaining("Read-only file system"));
            assertThat(execution.testEvents().succeeded().count()).isZero();
            assertThat(StoreStopTest.skipReasons(execution).size()
                            + execution.testEvents().aborted().count())
                    .isEqualTo(199);
            try (var files = Files.list(results)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Mounts.unmount(results);
        }
    }

    @Test
    void theFinalLineOfARunInAReadOnlyDirectoryCountsWhatWasAndWasNotStored() throws Exception {
        Path results = Files.createDirectory(temp.resolve("read-only"));
        Optional<String> refused = Mounts.tmpfs(results, "ro,size=64k");
        TestEnvironment.requirePrivilege(
                refused.isEmpty(), "a read-only tmpfs cannot be mounted here: " + refused.orElse(""));
        String output;
        try {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            StudyMain.class.getName(),
                            results.toString(),
                            ManyTrialsExperiments.class.getName(),
                            CohortConfiguration.PROGRESS + "=true")
                    .redirectErrorStream(true)
                    .start();
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS))
                    .as("the study ended")
                    .isTrue();
        } finally {
            Mounts.unmount(results);
        }

        assertThat(output.lines().filter(line -> line.startsWith("[cohort] done:")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("[cohort] done: 0 of 200 trials stored; 0 not stored and 200 not run: the results"
                                + " store failed: cannot record the declaration of many in " + results)
                        .endsWith(": Read-only file system"));
    }

    private static Path resultsFile(Path results) throws IOException {
        try (var files = Files.list(results)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                    .reduce((a, b) -> {
                        throw new AssertionError("two results files: " + a + ", " + b);
                    })
                    .orElseThrow();
        }
    }
}

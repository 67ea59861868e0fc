package dev.cohort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Goal;
import dev.cohort.maven.fixtures.QueueExperiments;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultWriter;
import dev.cohort.results.store.ManifestStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckAndStatusMojoTest {

    private static final String ID = "org.acme.Runs#race";

    @TempDir
    Path results;

    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void writeResults() throws Exception {
        List<Map<String, Object>> configurations = List.of(Map.of("car", "fast"), Map.of("car", "slow"));
        List<Long> seeds = List.of(1L, 2L, 3L, 4L, 5L, 6L);
        // both cars run the same seeds, so the comparison is paired; the slow car's own noise keeps the
        // paired differences from being constant (R's t.test refuses constant ones)
        double[] slowNoise = {0.1, -0.05, 0, -0.1, 0.05};
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("run-1.jsonl"))) {
            for (int c = 0; c < 2; c++) {
                for (int s = 0; s < 5; s++) {
                    double time = (c == 0 ? 10 : 20 + slowNoise[s]) + 0.1 * ((s * 7) % 5);
                    writer.append(new TrialResult(
                            ID,
                            configurations.get(c),
                            seeds.get(s),
                            s,
                            TrialStatus.SUCCESSFUL,
                            Map.of("time", time),
                            1,
                            null,
                            Map.of("time", Goal.MINIMIZE),
                            null,
                            null,
                            c,
                            null));
                }
            }
        }
        ManifestStore.write(
                results,
                new ExperimentManifest(
                        ID,
                        "",
                        "org.acme.Runs",
                        "race",
                        Map.of("car", List.of("fast", "slow")),
                        configurations,
                        seeds,
                        Map.of("time", Goal.MINIMIZE),
                        List.of(new Expectation(ID, "time", "car=fast", "car=slow", 0.05)),
                        "2025-01-01T00:00:00Z",
                        null,
                        null));
    }

    @Test
    void checkPassesWhenTheAnnotatedExpectationHolds() throws Exception {
        CheckMojo mojo = check();

        mojo.execute();

        assertThat(log.at("INFO"))
                .anyMatch(m -> m.startsWith("Expectation holds: Runs#race time: best of car=fast (car=fast, mean 10.2)"
                        + " is significantly lower than best of car=slow (car=slow, mean 20.2)"))
                .contains("The Cohort expectation holds.");
    }

    @Test
    void checkFailsTheBuildNamingTheExpectationThatDoesNotHold() {
        CheckMojo mojo = check();
        mojo.expectations = new ArrayList<>(List.of(
                new dev.cohort.maven.Expectation("Runs#race", "time", "car=slow", "car=fast", null),
                new dev.cohort.maven.Expectation("Runs#race", "time", "car=bus", "car=fast", 0.01)));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("2 of 3 Cohort expectations did not hold")
                .hasMessageContaining("Expectation failed: Runs#race time: best of car=slow (car=slow, mean 20.2) is"
                        + " not lower than best of car=fast (car=fast, mean 10.2)")
                .hasMessageContaining("\"car=bus\" matches no configuration");
    }

    @Test
    void aConfiguredExpectationAcrossTasksNeedsAnExperimentWithATask() {
        CheckMojo mojo = check();
        dev.cohort.maven.Expectation configured =
                new dev.cohort.maven.Expectation("Runs#race", "time", "car=fast", "car=slow", null);
        configured.across = dev.cohort.Across.WINS;
        configured.minTasks = 2;
        mojo.expectations = new ArrayList<>(List.of(configured));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 of 2 Cohort expectations did not hold")
                .hasMessageContaining("Expectation cannot be checked: Runs#race time: across = WINS, minTasks = 2"
                        + " judge an experiment across its tasks, and org.acme.Runs#race has no task parameter");
    }

    @Test
    void statusShowsExpectedDoneFailedAndMissingTrials() throws Exception {
        StatusMojo mojo = new StatusMojo();
        mojo.setLog(log);
        mojo.results = results.toFile();
        mojo.listed = 1;

        mojo.execute();

        assertThat(log.at("INFO"))
                .contains(
                        "experiment  configs  seeds  expected  done  failed  missing",
                        "Runs#race         2      6        12    10       0        2",
                        "Missing trials of org.acme.Runs#race:",
                        "  car=fast seed #5 (6)",
                        "  and 1 more");
    }

    @Test
    void statusInAProjectKnowsTheDeclaredTrialsBeforeAnyRun() throws Exception {
        StatusMojo mojo = new StatusMojo();
        mojo.setLog(log);
        mojo.results = results.resolve("not-yet").toFile();
        Path testClasses = Path.of(QueueExperiments.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        mojo.testClasses = testClasses.toFile();
        mojo.testClasspath = List.of(testClasses.toString());
        mojo.listed = 2;

        mojo.execute();

        assertThat(log.at("INFO"))
                .contains(
                        "experiment                configs  seeds  expected  done  failed  missing",
                        "QueueExperiments#waiting        3      4        12     0       0       12",
                        "  servers=1 seed #0 (739312)",
                        "  and 10 more")
                .doesNotContain("Cohort results in " + results.resolve("not-yet") + ":");
    }

    @Test
    void statusPrefersTheCompiledDeclarationToAnOlderRecordedOne() throws Exception {
        StatusMojo mojo = new StatusMojo();
        mojo.setLog(log);
        mojo.results = results.toFile();
        Path testClasses = Path.of(QueueExperiments.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        mojo.testClasses = testClasses.toFile();
        mojo.testClasspath = List.of(testClasses.toString());

        mojo.execute();

        assertThat(log.at("INFO"))
                .anySatisfy(line -> assertThat(line).startsWith("QueueExperiments#waiting"))
                .anySatisfy(line -> assertThat(line).startsWith("Runs#race"));
    }

    private CheckMojo check() {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.results = results.toFile();
        return mojo;
    }
}

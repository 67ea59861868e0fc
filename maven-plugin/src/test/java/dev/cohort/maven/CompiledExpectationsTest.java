package dev.cohort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Goal;
import dev.cohort.maven.checks.InvalidExpecting;
import dev.cohort.maven.checks.RaceExperiments;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultWriter;
import dev.cohort.results.store.ManifestStore;
import dev.cohort.runtime.ExperimentReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In a project, {@code check} and {@code report} read the experiments its compiled test classes declare. */
class CompiledExpectationsTest {

    private static final String ID = RaceExperiments.class.getName() + "#race";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private Path build;
    private Path testClasses;

    @BeforeEach
    void aProjectWithCompiledExperiments() throws Exception {
        build = project.resolve("target");
        testClasses = build.resolve("test-classes");
    }

    /** Copies the compiled fixture into the project's test classes, as if the project had compiled it. */
    private void compiled(Class<?> fixture) throws Exception {
        String file = fixture.getName().replace('.', '/') + ".class";
        Path target = testClasses.resolve(file);
        Files.createDirectories(target.getParent());
        try (var in = fixture.getClassLoader().getResourceAsStream(file)) {
            Files.copy(in, target);
        }
    }

    private CheckMojo check() {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.projectFile = project.resolve("pom.xml").toFile();
        mojo.buildDirectory = build.toFile();
        mojo.results = build.resolve("cohort/results").toFile();
        mojo.testClasses = testClasses.toFile();
        mojo.testClasspath = List.of(testClasses.toString());
        return mojo;
    }

    /**
     * Trials of the race (fast 10.x, slow 20.x) on the seeds the class declares, recorded with a declaration
     * that had no expectation yet.
     */
    private void raceResultsRecordedBeforeTheExpectation() throws Exception {
        Path results = build.resolve("cohort/results");
        List<Map<String, Object>> configurations = List.of(Map.of("car", "fast"), Map.of("car", "slow"));
        List<Long> seeds = ExperimentReader.read(
                        RaceExperiments.class,
                        ExperimentReader.experimentMethods(RaceExperiments.class)
                                .get(0))
                .manifest(Instant.now())
                .seeds();
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("run-1.jsonl"))) {
            for (int c = 0; c < 2; c++) {
                for (int s = 0; s < 5; s++) {
                    writer.append(new TrialResult(
                            ID,
                            configurations.get(c),
                            seeds.get(s),
                            s,
                            TrialStatus.SUCCESSFUL,
                            Map.of("time", (c == 0 ? 10 : 20) + 0.1 * ((s * (c == 0 ? 7 : 3)) % 5)),
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
                        RaceExperiments.class.getName(),
                        "race",
                        Map.of("car", List.of("fast", "slow")),
                        configurations,
                        seeds,
                        Map.of("time", Goal.MINIMIZE),
                        List.of(),
                        "2025-01-01T00:00:00Z",
                        null,
                        null));
    }

    @Test
    void checksAnExpectationAddedSinceTheLastRun() throws Exception {
        compiled(RaceExperiments.class);
        raceResultsRecordedBeforeTheExpectation();

        check().execute();

        assertThat(log.at("INFO"))
                .anyMatch(m -> m.startsWith("Expectation holds: RaceExperiments#race time: best of car=fast"))
                .contains("The Cohort expectation holds.");
    }

    @Test
    void failsWhenTheExperimentOfAnExpectationWroteNoResultsNamingTheInclude() throws Exception {
        compiled(RaceExperiments.class);

        assertThatThrownBy(check()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 of 1 Cohort expectation did not hold")
                .hasMessageContaining("Expectation not checked: RaceExperiments#race time: car=fast better than"
                        + " car=slow (alpha 0.05): the experiment has no results: Surefire did not run the class."
                        + " Add <include>**/RaceExperiments.java</include> to the <includes> in"
                        + " maven-surefire-plugin's <configuration>");
    }

    @Test
    void skippedTestsAreNotForgottenExperiments() throws Exception {
        compiled(RaceExperiments.class);
        CheckMojo mojo = check();
        mojo.skipTests = true;

        mojo.execute();

        assertThat(log.at("WARN"))
                .contains("Expectation not checked: RaceExperiments#race time: car=fast better than car=slow"
                        + " (alpha 0.05): the experiment did not run (-DskipTests)");
    }

    @Test
    void experimentsLeftOutByATestFilterAreNotFailuresEither() throws Exception {
        compiled(RaceExperiments.class);
        CheckMojo mojo = check();
        mojo.testFilter = "ArithmeticTest";

        mojo.execute();

        assertThat(log.at("WARN"))
                .contains(
                        "Expectation not checked: RaceExperiments#race time: car=fast better than car=slow"
                                + " (alpha 0.05): the experiment did not run (-Dtest=ArithmeticTest)",
                        "No Cohort expectation was checked: the experiments that declare them did not run"
                                + " (-Dtest=ArithmeticTest).");
    }

    @Test
    void failsWhenAnExperimentDeclaringExpectationsCannotBeRead() throws Exception {
        compiled(InvalidExpecting.class);

        assertThatThrownBy(check()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Expectations not checked: Cannot read the Cohort declaration of "
                        + InvalidExpecting.class.getName() + "#bad: ")
                .hasMessageContaining("@Sweep lists no values");
    }

    @Test
    void failsWhenAClassThatNamesExpectationsCannotBeLoaded() throws Exception {
        Path broken = testClasses.resolve("broken/Broken.class");
        Files.createDirectories(broken.getParent());
        Files.write(broken, "not a class Ldev/cohort/Experiment; Ldev/cohort/Expect;".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(check()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Expectations not checked: Cannot read the Cohort declaration of broken.Broken:"
                        + " the class cannot be loaded: java.lang.ClassFormatError");
    }

    @Test
    void failsWhenARecordedDeclarationIsCorrupt() throws Exception {
        raceResultsRecordedBeforeTheExpectation();
        Path corrupt = build.resolve("cohort/results/experiments/0123456789abcdef.json");
        Files.writeString(corrupt, "{\"experiment\": ");

        assertThatThrownBy(check()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(
                        "Expectations not checked: Cannot read the recorded Cohort declaration " + corrupt)
                .hasMessageContaining("re-run its experiment (the engine rewrites the file) or delete the file");
    }

    @Test
    void failsWhenARecordedDeclarationCannotBeRead() throws Exception {
        raceResultsRecordedBeforeTheExpectation();
        // a path that cannot be read as a file whoever runs the check (root reads a file of mode 000)
        Path unreadable = build.resolve("cohort/results/experiments/0123456789abcdef.json");
        Files.createDirectories(unreadable);

        assertThatThrownBy(check()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(
                        "Expectations not checked: Cannot read the recorded Cohort declaration " + unreadable)
                .hasMessageContaining("re-run its experiment (the engine rewrites the file) or delete the file");
    }

    @Test
    void failsWhenARecordedDeclarationIsNotReadableByTheUserRunningTheCheck() throws Exception {
        raceResultsRecordedBeforeTheExpectation();
        Path manifest = ManifestStore.file(build.resolve("cohort/results"), ID);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(manifest).supportsFileAttributeView("posix"), "POSIX file system");
        Files.setPosixFilePermissions(manifest, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(manifest), "a user who reads any file (root)");

        assertThatThrownBy(check()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(
                        "Expectations not checked: Cannot read the recorded Cohort declaration " + manifest);
    }

    @Test
    void aCorruptRecordedDeclarationThatTheCompiledClassesReplaceIsOnlyAWarning() throws Exception {
        compiled(RaceExperiments.class);
        raceResultsRecordedBeforeTheExpectation();
        Files.writeString(ManifestStore.file(build.resolve("cohort/results"), ID), "{");

        check().execute();

        assertThat(log.at("WARN"))
                .anyMatch(m -> m.startsWith("Cannot read the recorded Cohort declaration ")
                        && m.endsWith("; the compiled test classes declare its experiment anew."));
        assertThat(log.at("INFO")).contains("The Cohort expectation holds.");
    }

    @Test
    void theReportNamesEveryClassThatWroteNoResultsAndTheIncludeThatWouldRunIt() throws Exception {
        compiled(RaceExperiments.class);
        ReportMojo mojo = new ReportMojo();
        mojo.setLog(log);
        mojo.projectFile = project.resolve("pom.xml").toFile();
        mojo.buildDirectory = build.toFile();
        mojo.results = build.resolve("cohort/results").toFile();
        mojo.reports = build.resolve("cohort/report").toFile();
        mojo.testClasses = testClasses.toFile();
        mojo.testClasspath = List.of(testClasses.toString());

        mojo.execute();

        assertThat(log.at("WARN"))
                .contains(
                        RaceExperiments.class.getName() + " declares 1 experiment (race) but no run wrote results for"
                                + " it to " + build.resolve("cohort/results").toAbsolutePath()
                                + ": Surefire did not run the"
                                + " class. Add <include>**/RaceExperiments.java</include> to the <includes> in"
                                + " maven-surefire-plugin's <configuration> (or in maven-failsafe-plugin's, for a long study).");
    }
}

package dev.cohort.maven;

import dev.cohort.pipeline.ReportOutcome;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * A Cohort goal bound in the build after the tests: it knows when the build left experiments out on
 * purpose (skipped or filtered tests), so experiments without results are not taken for forgotten ones.
 */
abstract class BuildStepMojo extends CohortMojo {

    /** The key under which {@code cohort:report} leaves its outcome in the project for {@code cohort:check}. */
    private static final String REPORT_OUTCOME = ReportOutcome.class.getName();

    /** When the build started; {@code null} when the goal runs outside Maven (tests). */
    @Parameter(defaultValue = "${session.request.startTime}", readonly = true)
    Date buildStartTime;

    /** The project, which carries the report's outcome to the check; {@code null} outside Maven. */
    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** Surefire's {@code skipTests}: no experiment ran, so those without results were skipped, not forgotten. */
    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    /** {@code maven.test.skip}: as {@code skipTests}. */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean mavenTestSkip;

    /** Failsafe's {@code skipITs}: as {@code skipTests}, for experiments run by Failsafe. */
    @Parameter(property = "skipITs", defaultValue = "false")
    boolean skipITs;

    /** Surefire's {@code test}: when it selects classes, the others were left out on purpose. */
    @Parameter(property = "test")
    String testFilter;

    /** Failsafe's {@code it.test}: as {@code test}. */
    @Parameter(property = "it.test")
    String itTestFilter;

    /** When the build started, or now outside Maven. */
    Instant buildStarted() {
        return buildStartTime == null ? Instant.now() : buildStartTime.toInstant();
    }

    /** Leaves the report's outcome in the project, for the summary that ends the build. */
    void reportWritten(ReportOutcome outcome) {
        if (project != null) {
            project.setContextValue(REPORT_OUTCOME, outcome);
        }
    }

    /** What {@code cohort:report} wrote in this build of the project, if it ran. */
    Optional<ReportOutcome> reportOfThisBuild() {
        return project != null && project.getContextValue(REPORT_OUTCOME) instanceof ReportOutcome outcome
                ? Optional.of(outcome)
                : Optional.empty();
    }

    /** Which tests the build's parameters left out. */
    TestSelection testSelection() {
        return new TestSelection(skipTests, mavenTestSkip, skipITs, testFilter, itTestFilter);
    }
}

package dev.cohort.maven;

import org.apache.maven.plugins.annotations.Parameter;

/**
 * A Cohort goal bound in the build after the tests: it knows when the build left experiments out on
 * purpose (skipped or filtered tests), so experiments without results are not taken for forgotten ones.
 */
abstract class BuildStepMojo extends CohortMojo {

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

    /** Which tests the build's parameters left out. */
    TestSelection testSelection() {
        return new TestSelection(skipTests, mavenTestSkip, skipITs, testFilter, itTestFilter);
    }
}

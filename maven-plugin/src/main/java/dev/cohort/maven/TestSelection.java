package dev.cohort.maven;

import java.util.Optional;

/**
 * How the build narrowed the test runs: skipped them ({@code skipTests}, {@code maven.test.skip},
 * Failsafe's {@code skipITs}) or selected some classes by name (Surefire's {@code -Dtest}, Failsafe's
 * {@code -Dit.test}). Then experiments without results were left out on purpose, not forgotten.
 *
 * @param skipTests Surefire's {@code skipTests}
 * @param mavenTestSkip {@code maven.test.skip}
 * @param skipITs Failsafe's {@code skipITs}
 * @param test Surefire's {@code test}, or {@code null}
 * @param itTest Failsafe's {@code it.test}, or {@code null}
 */
record TestSelection(boolean skipTests, boolean mavenTestSkip, boolean skipITs, String test, String itTest) {

    /** The setting that narrowed the runs, as a user wrote it ({@code -DskipTests}, {@code -Dtest=...}), if any. */
    Optional<String> narrowedBy() {
        if (skipTests) {
            return Optional.of("-DskipTests");
        }
        if (mavenTestSkip) {
            return Optional.of("-Dmaven.test.skip");
        }
        if (skipITs) {
            return Optional.of("-DskipITs");
        }
        if (test != null && !test.isBlank()) {
            return Optional.of("-Dtest=" + test.strip());
        }
        if (itTest != null && !itTest.isBlank()) {
            return Optional.of("-Dit.test=" + itTest.strip());
        }
        return Optional.empty();
    }
}

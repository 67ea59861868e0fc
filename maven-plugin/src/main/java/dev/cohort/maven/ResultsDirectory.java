package dev.cohort.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The results directory a goal reads. One property names it for the engine and every goal: {@value
 * #PROPERTY}; the engine's older name {@value #OLDER_PROPERTY} is read too, so {@code mvn verify
 * -Dcohort.results.dir=DIR} still reports what the run wrote to {@code DIR}.
 */
final class ResultsDirectory {

    /** The property naming the results directory, for the engine and the goals. */
    static final String PROPERTY = "cohort.results";

    /** The engine's older name of {@link #PROPERTY}. */
    static final String OLDER_PROPERTY = "cohort.results.dir";

    private ResultsDirectory() {}

    /**
     * The directory to read: {@code results} (the value of {@value #PROPERTY}, or its default), unless it
     * is the default and {@code older} ({@value #OLDER_PROPERTY}) names another directory.
     *
     * @param results the goal's {@code results} parameter
     * @param older the goal's parameter read from {@value #OLDER_PROPERTY}, or {@code null}
     * @param buildDirectory the project's build directory, or {@code null} without a project
     * @throws MojoFailureException when both properties name different directories
     */
    static Path resolve(File results, File older, File buildDirectory) throws MojoFailureException {
        Path chosen = ReportMojo.resolve(results, ReportMojo.STANDALONE_RESULTS);
        if (older == null) {
            return chosen;
        }
        Path other = ReportMojo.resolve(older, ReportMojo.STANDALONE_RESULTS);
        if (chosen.equals(other) || isDefault(chosen, buildDirectory)) {
            return other;
        }
        throw new MojoFailureException(PROPERTY + " (" + chosen + ") and " + OLDER_PROPERTY + " (" + other
                + ") are two names for the Cohort results directory and disagree; set " + PROPERTY + " alone.");
    }

    /** Whether {@code directory} is the default one, {@code target/cohort/results} of the build directory. */
    static boolean isDefault(Path directory, File buildDirectory) {
        return directory.equals(ReportMojo.resolve(
                buildDirectory == null ? null : new File(buildDirectory, "cohort/results"),
                ReportMojo.STANDALONE_RESULTS));
    }
}

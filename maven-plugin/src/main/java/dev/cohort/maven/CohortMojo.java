package dev.cohort.maven;

import dev.cohort.results.ExperimentManifest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every Cohort goal reads: the results directory (one property for the engine and every goal) and,
 * in a project, the experiments its compiled test classes declare.
 */
abstract class CohortMojo extends AbstractMojo {

    /**
     * The results directory: the trials ({@code *.jsonl} at any depth) and the experiments' recorded
     * declarations ({@code experiments/*.json}); the engine writes to it when run with the same property.
     * Without a project, {@code target/cohort/results} of the current directory.
     */
    @Parameter(property = "cohort.results", defaultValue = "${project.build.directory}/cohort/results")
    File results;

    /** The engine's older name of {@code cohort.results}, still read when {@code cohort.results} is not set. */
    @Parameter(property = "cohort.results.dir")
    File resultsDir;

    /**
     * The project's compiled test classes: their experiments' declarations, newer than any run's, are the
     * latest ones the goals measure the results against.
     */
    @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true)
    File testClasses;

    /** The project's test classpath, to load the experiment classes with. */
    @Parameter(defaultValue = "${project.testClasspathElements}", readonly = true)
    List<String> testClasspath;

    /**
     * The goal's log, every message {@linkplain CleanLog cleaned} of carriage returns and escape sequences:
     * the goals log experiment and configuration names and error messages from the results.
     */
    @Override
    public Log getLog() {
        return CleanLog.of(super.getLog());
    }

    /** The project's build directory; tells the default results directory from one set by the user. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /** The project's POM, or {@code null} when the goal runs without a project. */
    @Parameter(defaultValue = "${project.file}", readonly = true)
    File projectFile;

    /** The results directory the parameters name ({@link ResultsDirectory#resolve}). */
    Path resultsDirectory() throws MojoFailureException {
        return ResultsDirectory.resolve(results, resultsDir, buildDirectory);
    }

    /** In a project, the declarations of its compiled test classes; without one, none. */
    CompiledDeclarations compiledDeclarations() throws MojoExecutionException {
        if (projectFile == null || testClasses == null || testClasspath == null) {
            return CompiledDeclarations.NONE;
        }
        try {
            return TestClassDeclarations.scan(testClasses.toPath(), testClasspath);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the experiments in " + testClasses + ": " + e, e);
        }
    }

    /** The experiments declared in the project's compiled test classes; none without a project. */
    List<ExperimentManifest> declaredInTestClasses() throws MojoExecutionException {
        return testClassDeclarations().experiments();
    }

    /**
     * What the project's compiled test classes declare, each class or experiment that cannot be read
     * logged as a warning; nothing without a project.
     */
    CompiledDeclarations testClassDeclarations() throws MojoExecutionException {
        if (testClasses == null || testClasspath == null) {
            return CompiledDeclarations.NONE;
        }
        try {
            CompiledDeclarations declarations = TestClassDeclarations.scan(testClasses.toPath(), testClasspath);
            declarations.unreadable().forEach(u -> getLog().warn(u.describe()));
            return declarations;
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the experiments in " + testClasses + ": " + e, e);
        }
    }
}

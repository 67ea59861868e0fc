package dev.cohort.maven;

import dev.cohort.query.Results;
import dev.cohort.query.StatusTable;
import dev.cohort.query.StudyStatus;
import dev.cohort.results.ReadProblem;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows how far a study got, as a table in the build log: per experiment, configurations x seeds
 * expected, trials done (latest result successful), failed and missing, then the missing trials (at
 * most {@code cohort.status.listed} per experiment, then "and N more"). For example:
 *
 * <pre>
 * experiment                    configs  seeds  expected  done  failed  missing
 * StepSizeExperiments#tracking        6     30       180   175       2        3
 * </pre>
 *
 * <p>The expected trials come from the declarations the engine records next to the results ({@code
 * experiments/*.json}), so the goal works on a results directory alone, without a project, for example
 * on a long study still running elsewhere: {@code mvn dev.cohort:cohort-maven-plugin:status
 * -Dcohort.results=DIR}. Not bound to a phase; it never fails on what it finds.
 */
@Mojo(name = "status", requiresProject = false, threadSafe = true)
public class StatusMojo extends AbstractMojo {

    /**
     * The results directory: the trials ({@code *.jsonl} at any depth) and the experiments' recorded
     * declarations ({@code experiments/*.json}). Without a project, {@code target/cohort/results} of the
     * current directory.
     */
    @Parameter(property = "cohort.results", defaultValue = "${project.build.directory}/cohort/results")
    File results;

    /** How many missing trials are listed per experiment. */
    @Parameter(property = "cohort.status.listed", defaultValue = "10")
    int listed = 10;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path directory = ReportMojo.resolve(results, ReportMojo.STANDALONE_RESULTS);
        if (!Files.isDirectory(directory)) {
            getLog().warn("No Cohort results in " + directory + " yet: no experiment has run.");
            return;
        }
        Results loaded;
        try {
            loaded = Results.load(directory);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Cannot read the Cohort results in " + directory + ": " + e, e);
        }
        for (ReadProblem problem : loaded.problems()) {
            getLog().warn("Skipped unreadable result at " + problem.file() + ", line " + problem.line() + ": "
                    + problem.message());
        }
        getLog().info("Cohort results in " + directory + ":");
        var statuses = StudyStatus.of(loaded);
        if (statuses.isEmpty()) {
            getLog().info("No experiments recorded.");
            return;
        }
        for (String line : StatusTable.lines(statuses, Math.max(0, listed))) {
            getLog().info(line);
        }
    }
}

package dev.cohort.maven;

import dev.cohort.query.Results;
import dev.cohort.query.StatusTable;
import dev.cohort.query.StudyStatus;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.ReadProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

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
 * <p>The expected trials come, in a project, from the experiments declared in its compiled test classes
 * (so the table is right before the first run and after the code changed), and otherwise from the
 * declarations the engine records next to the results ({@code experiments/*.json}), so the goal works on
 * a results directory alone, without a project, for example on a long study still running elsewhere:
 * {@code mvn dev.cohort:cohort-maven-plugin:status -Dcohort.results=DIR}. Not bound to a phase; it never
 * fails on what it finds.
 *
 * <p>When the results were recorded by shards ({@code cohort.shard} or a Slurm job array), a second table
 * shows each shard's expected, done, failed and missing trials and the runs (file and host) that recorded
 * it, and every missing trial names its shard, so the shard to re-run is known.
 */
@Mojo(name = "status", requiresProject = false, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class StatusMojo extends CohortMojo {

    /** How many missing trials are listed per experiment. */
    @Parameter(property = "cohort.status.listed", defaultValue = "10")
    int listed = 10;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path directory = resultsDirectory();
        List<ExperimentManifest> declared = declaredInTestClasses();
        Results loaded;
        if (Files.isDirectory(directory)) {
            try {
                loaded = Results.load(directory).withDeclarations(declared);
            } catch (RuntimeException e) {
                throw new MojoExecutionException("Cannot read the Cohort results in " + directory + ": " + e, e);
            }
            getLog().info("Cohort results in " + directory + ":");
        } else if (declared.isEmpty()) {
            getLog().warn("No Cohort results in " + directory + " yet: no experiment has run.");
            return;
        } else {
            getLog().info("No Cohort results in " + directory + " yet: every declared trial is missing.");
            loaded = Results.of(List.of(), declared);
        }
        for (ReadProblem problem : loaded.problems()) {
            getLog().warn("Skipped unreadable result at " + problem.file() + ", line " + problem.line() + ": "
                    + problem.message());
        }
        var statuses = StudyStatus.of(loaded);
        if (statuses.isEmpty()) {
            getLog().info("No experiments recorded.");
            return;
        }
        for (String line : StatusTable.lines(statuses, Math.max(0, listed))) {
            getLog().info(line);
        }
        List<String> shards = StatusTable.shardLines(StudyStatus.shards(loaded));
        if (!shards.isEmpty()) {
            getLog().info("Per shard (cohort.shard; the study's trials dealt as the engine deals them):");
            shards.forEach(getLog()::info);
        }
    }
}

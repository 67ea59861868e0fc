package dev.cohort.maven;

import dev.cohort.query.Results;
import dev.cohort.query.StatusTable;
import dev.cohort.query.StudyStatus;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.ReadProblem;
import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.UniqueIds;
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
 *
 * <p>With {@code -Dcohort.ids}, it then lists the unique ids of the experiments, configurations and
 * trials the compiled test classes declare ({@link UniqueIds}, the engine's own), to re-run one of them
 * with the console launcher's {@code --select-unique-id} or from an IDE.
 */
@Mojo(name = "status", requiresProject = false, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class StatusMojo extends CohortMojo {

    /** How many missing trials are listed per experiment. */
    @Parameter(property = "cohort.status.listed", defaultValue = "10")
    int listed = 10;

    /**
     * Whether to list, after the table, the unique id of every experiment, configuration and trial the
     * compiled test classes declare, each ready to paste into the console launcher's {@code
     * --select-unique-id} or an IDE's run configuration ({@code mvn cohort:status -Dcohort.ids}). Needs a
     * project: the ids name the experiment methods by their signatures.
     */
    @Parameter(property = "cohort.ids", defaultValue = "false")
    boolean ids;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path directory = resultsDirectory();
        CompiledDeclarations compiled = testClassDeclarations();
        List<ExperimentManifest> declared = compiled.experiments();
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
            listIds(compiled);
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
        listIds(compiled);
    }

    /** With {@code cohort.ids}: every declared experiment's, configuration's and trial's unique id. */
    private void listIds(CompiledDeclarations compiled) {
        if (!ids) {
            return;
        }
        if (compiled.definitions().isEmpty()) {
            getLog().warn("No unique ids to list (cohort.ids): no compiled test class of a project declares an"
                    + " experiment"
                    + (testClasses == null
                            ? "; run the goal in the project."
                            : " in " + testClasses + "; run test-compile first."));
            return;
        }
        getLog().info("Unique ids (for --select-unique-id): experiments, their configurations, their trials:");
        for (ExperimentDefinition experiment : compiled.definitions()) {
            getLog().info(UniqueIds.format(UniqueIds.experiment(experiment)));
            for (Configuration configuration : experiment.configurations()) {
                getLog().info(UniqueIds.format(UniqueIds.configuration(experiment, configuration)));
                for (int seed = 0; seed < experiment.seedCount(); seed++) {
                    getLog().info(UniqueIds.format(UniqueIds.trial(experiment, configuration, seed)));
                }
            }
        }
    }
}

package dev.cohort.maven;

import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.ComparisonFamily;
import dev.cohort.analysis.StalePolicy;
import dev.cohort.analysis.TestChoice;
import dev.cohort.pipeline.MissingResultsException;
import dev.cohort.pipeline.ReportOutcome;
import dev.cohort.pipeline.ReportPipeline;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TaskDeclaration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Turns the trial results that Cohort experiments recorded into a statistical comparison report:
 * {@code index.html} (self-contained, opens from disk), {@code report.tex} (booktabs tables for a
 * paper), {@code summary.csv}, {@code comparisons.csv} and {@code summary.json}.
 *
 * <p>Bound to {@code post-integration-test}, so in {@code mvn verify} it runs after Surefire and
 * Failsafe have run the experiments and before Failsafe's {@code verify} fails the build on failed
 * trials. It also runs without a project: {@code mvn dev.cohort:cohort-maven-plugin:report
 * -Dcohort.results=DIR}.
 *
 * <p>Each experiment is analysed as its latest declaration defines it: in a project the one of its
 * compiled test classes, else the one recorded with the results. Trials of configurations or seeds it no
 * longer declares are stale, left out unless {@code -Dcohort.stale=include}; they, and declared trials
 * without results, are named in warnings and in the report.
 *
 * <p>Lines of the results that cannot be read are logged as warnings naming file and line, and listed
 * in the report; they never fail the build. In a project whose run wrote no results the goal warns and
 * does nothing; without a project, or when {@code cohort.results} names a directory that does not
 * exist, it fails. In a project, it warns about every compiled test class whose experiments wrote no
 * results, naming the Surefire {@code <include>} that would run it.
 *
 * <p>{@code -Dcohort.task=NAME} names the task parameter of results without a {@code @Task} declaration
 * (SPEC section 5, "tasks"); the experiments it does not fit are named in warnings.
 */
@Mojo(
        name = "report",
        defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST,
        requiresProject = false,
        requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class ReportMojo extends BuildStepMojo {

    /** Where results are read from without a project: relative to the current directory. */
    static final String STANDALONE_RESULTS = "target/cohort/results";

    /** Where the report is written without a project: relative to the current directory. */
    static final String STANDALONE_REPORTS = "target/cohort/report";

    /**
     * The directory the report is written into, created when missing. Files of the same names are
     * replaced; nothing is written outside it. Without a project, {@code target/cohort/report} of the
     * current directory.
     */
    @Parameter(property = "cohort.reports", defaultValue = "${project.build.directory}/cohort/report")
    File reports;

    /**
     * How the test of each pairwise comparison is chosen: {@code AUTO} (per pair: for configurations
     * that ran the same seeds, paired t or Wilcoxon signed-rank by Shapiro-Wilk on the paired
     * differences; else Shapiro-Wilk on both groups, then Brown-Forsythe: Student's t, Welch's t or
     * Mann-Whitney U), or one test for every pair: {@code STUDENT_T}, {@code WELCH_T}, {@code
     * MANN_WHITNEY}, {@code PAIRED_T}, {@code WILCOXON} (the paired ones are undefined for a pair that
     * did not run the same seeds). The report names the policy.
     */
    @Parameter(property = "cohort.test", defaultValue = "AUTO")
    String test = "AUTO";

    /**
     * Which pairs of configurations are compared, and so the family Holm and Bonferroni adjust over:
     * {@code ALL_PAIRS} (k (k - 1) / 2 comparisons), {@code VERSUS_BEST} (every configuration against the
     * best one by the metric's goal, or the first for a metric without a goal: k - 1 comparisons), or
     * {@code AUTO}: all pairs up to {@code comparisonsLimit} configurations, else versus the best.
     */
    @Parameter(property = "cohort.comparisons", defaultValue = "AUTO")
    String comparisons = "AUTO";

    /** The most configurations {@code cohort.comparisons=AUTO} compares pair by pair. */
    @Parameter(property = "cohort.comparisonsLimit", defaultValue = "50")
    int comparisonsLimit = AnalysisOptions.DEFAULT_ALL_PAIRS_LIMIT;

    /**
     * What the analysis does with stale trials, those of configurations or seeds that an experiment's
     * latest declaration no longer has (an earlier sweep or seeds): {@code EXCLUDE} leaves them out of
     * every statistic, {@code INCLUDE} keeps them; either way they are counted and listed.
     */
    @Parameter(property = "cohort.stale", defaultValue = "EXCLUDE")
    String stale = "EXCLUDE";

    /**
     * The swept parameter whose values are tasks, for results of experiments that declare no {@code @Task}
     * (for example results written by another tool): their configurations are compared within each task
     * and aggregated across tasks, normalised min-max per task. A declared {@code @Task} wins; an
     * experiment without the parameter is analysed without tasks. Both are named in warnings.
     */
    @Parameter(property = "cohort.task")
    String task;

    /** Skips the report. */
    @Parameter(property = "cohort.skip", defaultValue = "false")
    boolean skip;

    /** Makes the pipeline for the analysis options; replaced in tests. */
    Function<AnalysisOptions, ReportPipeline> pipeline = ReportPipeline::new;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Cohort report skipped (cohort.skip).");
            return;
        }
        AnalysisOptions options = options();
        Path resultsDirectory = resultsDirectory();
        Path reportsDirectory = resolve(reports, STANDALONE_REPORTS);
        List<ExperimentManifest> declared = declaredInTestClasses();
        ReportOutcome outcome;
        try {
            outcome = pipeline.apply(options).run(resultsDirectory, reportsDirectory, declared);
        } catch (MissingResultsException e) {
            missingResults(e.directory());
            warnAboutUnrunExperiments(declared, resultsDirectory);
            return;
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the Cohort report from " + resultsDirectory + " to " + reportsDirectory + ": "
                            + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Cannot analyze the Cohort results in " + resultsDirectory + ": " + e, e);
        }
        for (ReadProblem problem : outcome.problems()) {
            getLog().warn("Skipped unreadable result at " + problem.file() + ", line " + problem.line() + ": "
                    + problem.message());
        }
        if (outcome.trials() == 0) {
            getLog().warn("No trials found in " + resultsDirectory + "; the report is empty.");
        }
        getLog().info("Read " + outcome.trials() + " trial" + (outcome.trials() == 1 ? "" : "s") + " of "
                + outcome.experiments() + " experiment" + (outcome.experiments() == 1 ? "" : "s") + " from "
                + resultsDirectory);
        outcome.headlines().forEach(getLog()::info);
        outcome.notes().forEach(getLog()::warn);
        warnAboutUnrunExperiments(declared, resultsDirectory);
        getLog().info("Cohort report: " + outcome.index());
        reportWritten(outcome);
    }

    /** In a project, one warning per compiled test class whose experiments wrote no results. */
    private void warnAboutUnrunExperiments(List<ExperimentManifest> declared, Path resultsDirectory)
            throws MojoExecutionException {
        if (projectFile == null) {
            return;
        }
        UnrunExperiments unrun = UnrunExperiments.find(declared, resultsDirectory);
        Optional<String> narrowedBy = testSelection().narrowedBy();
        if (narrowedBy.isPresent() && !unrun.isEmpty()) {
            getLog().info("Experiments of " + String.join(", ", unrun.byClass().keySet()) + " did not run ("
                    + narrowedBy.get() + ").");
        } else {
            unrun.warnings(resultsDirectory).forEach(getLog()::warn);
        }
    }

    /** The analysis options the parameters ask for. */
    AnalysisOptions options() throws MojoFailureException {
        TestChoice choice;
        try {
            choice = TestChoice.parse(test);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid value '" + test + "' of the Cohort report parameter 'test'"
                    + " (property cohort.test); allowed: " + TestChoice.allowed() + ".");
        }
        ComparisonFamily family;
        try {
            family = ComparisonFamily.parse(comparisons);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid value '" + comparisons + "' of the Cohort report parameter"
                    + " 'comparisons' (property cohort.comparisons); allowed: " + ComparisonFamily.allowed() + ".");
        }
        if (comparisonsLimit < 2) {
            throw new MojoFailureException("Invalid value " + comparisonsLimit + " of the Cohort report parameter"
                    + " 'comparisonsLimit' (property cohort.comparisonsLimit); it must be at least 2.");
        }
        StalePolicy stalePolicy;
        try {
            stalePolicy = StalePolicy.parse(stale);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid value '" + stale + "' of the Cohort report parameter 'stale'"
                    + " (property cohort.stale); allowed: " + StalePolicy.allowed() + ".");
        }
        AnalysisOptions options = AnalysisOptions.defaults()
                .withTestChoice(choice)
                .withComparisons(family, comparisonsLimit)
                .withStale(stalePolicy);
        return task == null || task.isBlank()
                ? options
                : options.withTask(TaskDeclaration.minMax(task.strip()), options.taskResamples());
    }

    /**
     * Without a project or with a directory the user chose, a missing results directory is an error. In
     * a project whose run wrote nothing to the default directory (no experiment ran), it is a warning.
     */
    private void missingResults(Path directory) throws MojoFailureException {
        boolean inProject = projectFile != null;
        boolean defaultDirectory =
                buildDirectory != null && directory.equals(resolve(new File(buildDirectory, "cohort/results"), ""));
        if (inProject && defaultDirectory) {
            getLog().warn("No Cohort results in " + directory
                    + ": no experiment wrote results in this build, so there is no report.");
            return;
        }
        throw new MojoFailureException("Cohort results directory " + directory
                + " does not exist. Run the experiments first, or point -Dcohort.results at the directory"
                + " holding the *.jsonl result files.");
    }

    /**
     * The configured directory as an absolute path; {@code fallback}, relative to the current directory,
     * when it is unset or its default could not be evaluated (no project).
     */
    static Path resolve(File configured, String fallback) {
        if (configured == null || configured.getPath().contains("${")) {
            return Path.of(fallback).toAbsolutePath().normalize();
        }
        return configured.toPath().toAbsolutePath().normalize();
    }
}

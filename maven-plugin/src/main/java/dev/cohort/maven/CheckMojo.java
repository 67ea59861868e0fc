package dev.cohort.maven;

import dev.cohort.query.ExpectationCheck;
import dev.cohort.query.ExpectationCheck.Outcome;
import dev.cohort.query.Results;
import dev.cohort.results.ReadProblem;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when an expected result does not hold: for every expectation, the best configuration
 * matching {@code better} must be better than the best matching {@code than} on the metric, in the
 * metric's declared direction, with the comparison's Holm-adjusted p-value below alpha. For example:
 *
 * <pre>
 * Expectation failed: StepSizeExperiments#tracking final_error: best of algorithm=IDBD (algorithm=IDBD,
 * stepSize=0.01, mean 1.938) is not significantly lower than best of algorithm=LMS (algorithm=LMS,
 * stepSize=0.03, mean 3.601): Welch's t, Holm p = 0.31 &gt;= alpha 0.05
 * </pre>
 *
 * <p>Expectations come from two places: the {@code @Expect} annotations of the experiments, which the
 * engine records with each experiment's declaration in {@code experiments/*.json} under the results
 * directory (so the goal needs the results directory alone, also without a project), and the {@code
 * <expectations>} of this goal's configuration. An expectation that cannot be checked (no such
 * experiment, metric or configuration, or a metric without a goal) fails the build too, naming it.
 *
 * <p>Bound to {@code verify}, after the report is written in {@code post-integration-test}. Without a
 * project: {@code mvn dev.cohort:cohort-maven-plugin:check -Dcohort.results=DIR}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /**
     * The results directory: the trials ({@code *.jsonl} at any depth) and the experiments' recorded
     * declarations ({@code experiments/*.json}). Without a project, {@code target/cohort/results} of the
     * current directory.
     */
    @Parameter(property = "cohort.results", defaultValue = "${project.build.directory}/cohort/results")
    File results;

    /**
     * Expectations in addition to the experiments' {@code @Expect} annotations, each with {@code
     * <experiment>} (id or {@code SimpleClass#method}), {@code <metric>}, {@code <better>}, {@code <than>}
     * (partial parameter values such as {@code algorithm=IDBD}) and optionally {@code <alpha>} (default
     * 0.05).
     */
    @Parameter
    List<Expectation> expectations = new ArrayList<>();

    /** Whether the experiments' {@code @Expect} annotations are checked; {@code false} checks only the configured ones. */
    @Parameter(property = "cohort.check.annotated", defaultValue = "true")
    boolean annotated = true;

    /** Skips the check (also skipped by {@code cohort.skip}). */
    @Parameter(property = "cohort.check.skip", defaultValue = "false")
    boolean skipCheck;

    /** Skips every Cohort goal bound in the build. */
    @Parameter(property = "cohort.skip", defaultValue = "false")
    boolean skip;

    /** The project's build directory; tells the default results directory from one set by the user. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /** The project's POM, or {@code null} when the goal runs without a project. */
    @Parameter(defaultValue = "${project.file}", readonly = true)
    File projectFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipCheck) {
            getLog().info("Cohort check skipped.");
            return;
        }
        List<dev.cohort.results.Expectation> configured = new ArrayList<>();
        for (Expectation expectation : expectations) {
            try {
                configured.add(expectation.toExpectation());
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage(), e);
            }
        }
        Path directory = ReportMojo.resolve(results, ReportMojo.STANDALONE_RESULTS);
        if (!Files.isDirectory(directory)) {
            boolean defaultDirectory = projectFile != null
                    && buildDirectory != null
                    && directory.equals(ReportMojo.resolve(new File(buildDirectory, "cohort/results"), ""));
            if (defaultDirectory && configured.isEmpty()) {
                getLog().warn("No Cohort results in " + directory + ": no experiment ran, nothing to check.");
                return;
            }
            throw new MojoFailureException("Cohort results directory " + directory
                    + " does not exist, so no expectation can be checked. Run the experiments first, or point"
                    + " -Dcohort.results at the directory holding the results.");
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
        List<dev.cohort.results.Expectation> all = new ArrayList<>();
        if (annotated) {
            all.addAll(ExpectationCheck.declared(loaded));
        }
        all.addAll(configured);
        if (all.isEmpty()) {
            getLog().info("No Cohort expectations declared (@Expect or <expectations>) for " + directory);
            return;
        }
        List<String> failures = new ArrayList<>();
        for (dev.cohort.results.Expectation expectation : all) {
            Outcome outcome = ExpectationCheck.check(loaded, expectation);
            if (outcome.holds()) {
                getLog().info(outcome.message());
            } else {
                getLog().error(outcome.message());
                failures.add(outcome.message());
            }
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException(failures.size() + " of " + all.size() + " Cohort expectation"
                    + (all.size() == 1 ? "" : "s") + " did not hold:\n" + String.join("\n", failures));
        }
        getLog().info(
                        all.size() == 1
                                ? "The Cohort expectation holds."
                                : "All " + all.size() + " Cohort expectations hold.");
    }
}

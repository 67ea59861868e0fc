package dev.cohort.maven;

import dev.cohort.query.ExpectationCheck;
import dev.cohort.query.ExpectationCheck.Outcome;
import dev.cohort.query.Results;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.store.ManifestStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

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
 * <p>Expectations come from two places: the {@code @Expect} annotations of the experiments and the
 * {@code <expectations>} of this goal's configuration. In a project, the annotations are read from the
 * compiled test classes, so an {@code @Expect} added since the last run counts; the declarations the
 * engine records with the results ({@code experiments/*.json}) stand for experiments the classes no
 * longer declare, and without a project for all (the goal then needs the results directory alone). An
 * expectation that cannot be checked fails the build too, naming it: no such experiment, metric or
 * configuration, a metric without a goal, an experiment without results (in a project: with the
 * Surefire {@code <include>} that would run its class), or a declaration that cannot be read (a class
 * that cannot be loaded, an invalid {@code @Experiment}, a corrupt {@code experiments/*.json}).
 *
 * <p>It ends with the build's summary ({@link BuildSummary}): trials done, failed and missing, the
 * report's path and headlines when {@code cohort:report} ran in this build, and the verdicts; printed
 * even with {@code mvn -q} ({@link EssentialOutput}), before a failed expectation fails the build.
 *
 * <p>Bound to {@code verify}, after the report is written in {@code post-integration-test}. Without a
 * project: {@code mvn dev.cohort:cohort-maven-plugin:check -Dcohort.results=DIR}. With {@code
 * -DskipTests}, {@code -Dmaven.test.skip}, {@code -DskipITs}, {@code -Dtest=...} or {@code -Dit.test=...},
 * experiments without results were left out on purpose and are not failures.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresProject = false,
        requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public class CheckMojo extends BuildStepMojo {

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
        Path directory = resultsDirectory();
        CompiledDeclarations compiled = compiledDeclarations();
        List<String> failures = new ArrayList<>();
        for (CompiledDeclarations.Unreadable unreadable : compiled.unreadable()) {
            if (annotated && unreadable.declaresExpectations()) {
                failures.add("Expectations not checked: " + unreadable.describe());
                getLog().error(failures.get(failures.size() - 1));
            } else {
                getLog().warn(unreadable.describe());
            }
        }
        Results loaded;
        if (Files.isDirectory(directory)) {
            loaded = load(directory, compiled, failures);
        } else if (projectFile != null && ResultsDirectory.isDefault(directory, buildDirectory)) {
            loaded = Results.of(List.of(), compiled.experiments());
        } else {
            throw new MojoFailureException("Cohort results directory " + directory
                    + " does not exist, so no expectation can be checked. Run the experiments first, or point"
                    + " -Dcohort.results at the directory holding the results.");
        }
        List<dev.cohort.results.Expectation> all = new ArrayList<>();
        if (annotated) {
            all.addAll(ExpectationCheck.declared(loaded));
        }
        all.addAll(configured);
        if (all.isEmpty() && failures.isEmpty()) {
            if (!Files.isDirectory(directory)) {
                getLog().warn("No Cohort results in " + directory + ": no experiment ran, nothing to check.");
            } else {
                getLog().info("No Cohort expectations declared (@Expect or <expectations>) for " + directory);
                summarize(loaded, List.of());
            }
            return;
        }
        List<String> verdicts = new ArrayList<>(failures);
        UnrunExperiments unrun = UnrunExperiments.find(compiled.experiments(), directory);
        Optional<String> narrowedBy = testSelection().narrowedBy();
        int considered = failures.size();
        for (dev.cohort.results.Expectation expectation : all) {
            Optional<String> id = experimentId(loaded, expectation);
            if (id.isPresent() && unrun.contains(id.get())) {
                String what = "Expectation not checked: " + Results.shortName(id.get()) + " " + expectation.describe();
                if (narrowedBy.isPresent()) {
                    getLog().warn(what + ": the experiment did not run (" + narrowedBy.get() + ")");
                    verdicts.add(what + ": the experiment did not run (" + narrowedBy.get() + ")");
                } else {
                    considered++;
                    failures.add(what + ": " + unrun.reason(id.get()));
                    getLog().error(failures.get(failures.size() - 1));
                    verdicts.add(failures.get(failures.size() - 1));
                }
                continue;
            }
            considered++;
            Outcome outcome = ExpectationCheck.check(loaded, expectation);
            if (outcome.holds()) {
                getLog().info(outcome.message());
            } else {
                getLog().error(outcome.message());
                failures.add(outcome.message());
            }
            verdicts.add(outcome.message());
        }
        if (!failures.isEmpty()) {
            summarize(loaded, verdicts);
            throw new MojoFailureException(failures.size() + " of " + considered + " Cohort expectation"
                    + (considered == 1 ? "" : "s") + " did not hold:\n" + String.join("\n", failures));
        }
        if (considered == 0) {
            getLog().warn("No Cohort expectation was checked: the experiments that declare them did not run ("
                    + narrowedBy.orElse("tests skipped") + ").");
        } else {
            getLog().info(
                            considered == 1
                                    ? "The Cohort expectation holds."
                                    : "All " + considered + " Cohort expectations hold.");
        }
        summarize(loaded, verdicts);
    }

    /**
     * The results with the compiled declarations in place of the recorded ones of the same experiments. A
     * recorded declaration that cannot be read fails the check, unless a compiled one replaces it.
     */
    private Results load(Path directory, CompiledDeclarations compiled, List<String> failures)
            throws MojoExecutionException {
        Results loaded;
        ManifestStore.Manifests recorded;
        try {
            loaded = Results.load(directory).withDeclarations(compiled.experiments());
            recorded = ManifestStore.read(directory);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Cannot read the Cohort results in " + directory + ": " + e, e);
        }
        Set<Path> replaced = new HashSet<>();
        compiled.experiments().forEach(e -> replaced.add(ManifestStore.file(directory, e.experiment())));
        Set<Path> unreadableManifests = new HashSet<>();
        for (ReadProblem problem : recorded.problems()) {
            unreadableManifests.add(problem.file());
            String message =
                    "Cannot read the recorded Cohort declaration " + problem.file() + " (" + problem.message() + ")";
            if (replaced.contains(problem.file())) {
                getLog().warn(message + "; the compiled test classes declare its experiment anew.");
            } else if (annotated) {
                failures.add("Expectations not checked: " + message
                        + ", so the expectations it records cannot be checked; re-run its experiment (the engine"
                        + " rewrites the file) or delete the file.");
                getLog().error(failures.get(failures.size() - 1));
            } else {
                getLog().warn(message + "; only the configured expectations are checked.");
            }
        }
        for (ReadProblem problem : loaded.problems()) {
            if (!unreadableManifests.contains(problem.file())) {
                getLog().warn("Skipped unreadable result at " + problem.file() + ", line " + problem.line() + ": "
                        + problem.message());
            }
        }
        return loaded;
    }

    /** Ends the build with its summary ({@link BuildSummary}), shown even with {@code mvn -q}. */
    private void summarize(Results loaded, List<String> verdicts) {
        EssentialOutput.print(
                getLog(), BuildSummary.lines(loaded, buildStarted(), reportOfThisBuild(), verdicts), System.out);
    }

    private static Optional<String> experimentId(Results results, dev.cohort.results.Expectation expectation) {
        try {
            return Optional.of(results.resolveExperiment(expectation.experiment()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

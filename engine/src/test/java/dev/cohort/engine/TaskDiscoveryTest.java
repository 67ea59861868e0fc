package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.cohort.Across;
import dev.cohort.Normalization;
import dev.cohort.TaskReference;
import dev.cohort.engine.fixtures.InvalidTaskExperiments;
import dev.cohort.engine.fixtures.TaskExperiments;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TaskDeclaration;
import dev.cohort.results.store.ManifestStore;
import dev.cohort.runtime.InvalidExperimentException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code @Task} read at discovery into each experiment's manifest; bad declarations as discovery issues. */
class TaskDiscoveryTest {

    private static final String INVALID = "InvalidTaskExperiments#";

    @TempDir
    Path results;

    @Test
    void everyRunRecordsTheTaskDeclarationInItsManifest() throws Exception {
        EngineExecutionResults execution = EngineRuns.execute(results, selectClass(TaskExperiments.class));

        execution
                .testEvents()
                .assertStatistics(
                        stats -> stats.succeeded(4 * 2 + 4 + 4 + 4 + 4 + 2).failed(0));
        var manifests = ManifestStore.read(results);
        assertThat(manifests.problems()).isEmpty();
        Map<String, ExperimentManifest> byMethod = manifests.manifests().stream()
                .collect(Collectors.toMap(ExperimentManifest::method, Function.identity()));
        assertThat(byMethod.get("minMax").task()).isEqualTo(TaskDeclaration.minMax("game"));
        assertThat(byMethod.get("onlyTask").task()).isEqualTo(TaskDeclaration.minMax("game"));
        assertThat(byMethod.get("unnormalised").task())
                .isEqualTo(new TaskDeclaration("size", Normalization.NONE, Map.of()));
        assertThat(byMethod.get("byMethod").task())
                .isEqualTo(new TaskDeclaration(
                        "game",
                        Normalization.REFERENCE,
                        ordered("PONG", new TaskReference(-20.7, 9.3), "BREAKOUT", new TaskReference(1.7, 30.5))));
        assertThat(byMethod.get("byFile").task().references())
                .containsExactly(
                        Map.entry("Pong", new TaskReference(-20.7, 9.3)),
                        Map.entry("Breakout", new TaskReference(1.7, 30.5)));
        assertThat(byMethod.get("fromSource").task())
                .isEqualTo(new TaskDeclaration(
                        "function",
                        Normalization.REFERENCE,
                        ordered("sphere", new TaskReference(1, 0), "abs", new TaskReference(2, 0))));
        assertThat(byMethod.get("minMax").expectations())
                .containsExactly(new Expectation(
                        TaskExperiments.class.getName() + "#minMax",
                        "return",
                        "algorithm=Rainbow",
                        "algorithm=DQN",
                        0.05,
                        Across.WINS,
                        2));
    }

    @Test
    void declarationsThatRunButAreLikelyNotMeantAreWarnings() {
        List<DiscoveryIssue> issues = EngineRuns.engine(results)
                .selectors(selectClass(TaskExperiments.class))
                .discover()
                .getDiscoveryIssues();

        assertThat(issues)
                .extracting(DiscoveryIssue::message)
                .containsExactlyInAnyOrder(
                        "TaskExperiments#byFile parameter 'game': @Task(references = \"/tasks/atari.csv\"): reference"
                                + " scores of 1 task the sweep does not have (Seaquest) are not used",
                        "TaskExperiments#byMethod parameter 'game': @Task(references = \"humanAndRandom\"):"
                                + " reference scores of 1 task the sweep does not have (SEAQUEST) are not used",
                        "TaskExperiments#onlyTask parameter 'game': every task runs one configuration, so nothing"
                                + " is compared within or across tasks (the report gives that configuration's"
                                + " aggregate scores only); sweep the algorithms or settings to compare next to"
                                + " the task");
        assertThat(issues).allSatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.source()).containsInstanceOf(MethodSource.class);
        });
    }

    @Test
    void badTaskDeclarationsAreIssuesNamingClassMethodParameterAndTask() {
        List<DiscoveryIssue> issues = EngineRuns.engine(results)
                .selectors(selectClass(InvalidTaskExperiments.class))
                .discover()
                .getDiscoveryIssues();

        String expect = "@Expect(metric = \"return\", better = \"algorithm=Rainbow\", than = \"algorithm=DQN\")";
        assertThat(issues)
                .extracting(DiscoveryIssue::message)
                .containsExactlyInAnyOrder(
                        INVALID + "twoTasks: @Task on parameters ['game', 'mode']; at most one parameter of an"
                                + " experiment is a task",
                        INVALID + "notSwept parameter 'game': @Task on a parameter that is not swept; list the tasks"
                                + " with @Sweep({...}) or @SweepSource(\"method\")",
                        INVALID + "referenceWithoutReferences parameter 'game': @Task(normalization = REFERENCE)"
                                + " names no reference scores; add references = \"method\" (a static method"
                                + " returning Map<String, TaskReference>) or references = \"file.csv\" (a"
                                + " classpath resource task,low,high)",
                        INVALID + "referencesWithNone parameter 'game': @Task(normalization = NONE, references ="
                                + " \"scores\") declares reference scores but asks for no normalization; drop one"
                                + " of the two",
                        INVALID + "missingReference parameter 'game': @Task(references = \"onlyPong\"): no reference"
                                + " scores for tasks Breakout, Seaquest (references are keyed by the task's value"
                                + " as in the sweep; given for Pong)",
                        INVALID + "noSuchMethod parameter 'game': @Task(references = \"nowhere\"):"
                                + " InvalidTaskExperiments has no method nowhere; declare static Map<String,"
                                + " TaskReference> nowhere() without parameters",
                        INVALID + "notStatic parameter 'game': @Task(references = \"instanceScores\"):"
                                + " instanceScores() is not static; declare static Map<String, TaskReference>"
                                + " instanceScores(), read once at discovery",
                        INVALID + "withParameters parameter 'game': @Task(references = \"scaledScores\"):"
                                + " InvalidTaskExperiments's method scaledScores has parameters [double]; declare"
                                + " static Map<String, TaskReference> scaledScores() without parameters",
                        INVALID + "throwing parameter 'game': @Task(references = \"brokenScores\"): brokenScores"
                                + " threw java.lang.IllegalStateException: the score table is not loaded",
                        INVALID + "wrongType parameter 'game': @Task(references = \"plainScores\"): plainScores()"
                                + " returns java.util.Map<java.lang.String, java.lang.Double>; declare static"
                                + " Map<String, TaskReference> plainScores()",
                        INVALID + "equalScores parameter 'game': @Task(references = \"tasks/equal.csv\"):"
                                + " tasks/equal.csv, line 3: task Breakout: reference scores low and high are"
                                + " equal (5.0), so they cannot normalise a score",
                        INVALID + "wordForScore parameter 'game': @Task(references = \"tasks/word.csv\"):"
                                + " tasks/word.csv, line 3: task Breakout: high \"human\" is not a number",
                        INVALID + "missingFile parameter 'game': @Task(references = \"tasks/absent.csv\"): there is"
                                + " no resource tasks/absent.csv on the test classpath; put the file under"
                                + " src/test/resources/tasks/absent.csv (the path is from the classpath root)",
                        INVALID + "incompleteTasks parameter 'game': task Pong lacks 1 configuration the other tasks"
                                + " run (algorithm=Rainbow); tasks are compared on the same configurations, so run"
                                + " every configuration of the other parameters on every task (no @Sample, @Valid"
                                + " or @Zip across the task)",
                        INVALID + "drawnTasks parameter 'drift': @Task on a range the design draws from"
                                + " continuously; list the tasks, or give the range steps and run the grid",
                        INVALID + "negativeMinTasks: " + expect + ": minTasks = -1 is negative; give the tasks to"
                                + " win, or 0 for more than half of them",
                        INVALID + "winsWithoutTask: " + expect + ": across = WINS judges the expectation across"
                                + " tasks, but the experiment has no @Task parameter; mark the swept parameter"
                                + " whose values are tasks with @Task, or drop across and minTasks",
                        INVALID + "iqmWithoutTask: " + expect + ": across = IQM judges the expectation across tasks,"
                                + " but the experiment has no @Task parameter; mark the swept parameter whose"
                                + " values are tasks with @Task, or drop across and minTasks",
                        INVALID + "moreTasksThanSwept: " + expect + ": minTasks = 3 but the sweep has 2 tasks of"
                                + " game",
                        INVALID + "selectsATask: @Expect(metric = \"return\", better = \"algorithm=Rainbow,"
                                + " game=Pong\", than = \"algorithm=DQN\"): \"algorithm=Rainbow, game=Pong\""
                                + " selects by the task parameter game, but the expectation compares"
                                + " configurations across all tasks; select by the other parameters only");
        assertThat(issues).allSatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(ExperimentSelectorResolver.INVALID_DECLARATION);
            assertThat(issue.source()).containsInstanceOf(MethodSource.class);
        });
    }

    @Test
    void badTaskDeclarationsFailAsTestsWhileTheValidExperimentRuns() {
        EngineExecutionResults execution = EngineRuns.execute(results, selectClass(InvalidTaskExperiments.class));

        execution.testEvents().assertStatistics(stats -> stats.succeeded(4).failed(20));
        execution
                .testEvents()
                .assertThatEvents()
                .haveAtLeastOne(event(
                        test("missingReference"),
                        finishedWithFailure(
                                instanceOf(InvalidExperimentException.class),
                                message(m -> m.contains("no reference scores for tasks Breakout, Seaquest")))));
        assertThat(EngineRuns.trials(results)).hasSize(4);
    }

    private static Map<String, TaskReference> ordered(String a, TaskReference ra, String b, TaskReference rb) {
        Map<String, TaskReference> references = new LinkedHashMap<>();
        references.put(a, ra);
        references.put(b, rb);
        return references;
    }
}

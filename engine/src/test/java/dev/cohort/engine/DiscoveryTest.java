package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.cohort.engine.fixtures.InvalidExperiments;
import dev.cohort.engine.fixtures.PlainExperiments;
import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.runtime.InvalidExperimentException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class DiscoveryTest {

    @TempDir
    Path results;

    @Test
    void treeHasReadableNamesStableIdsAndASourceEverywhere() {
        TestDescriptor engine = EngineRuns.engine(results)
                .selectors(selectClass(SweepExperiments.class))
                .discover()
                .getEngineDescriptor();

        TestDescriptor type = engine.getChildren().iterator().next();
        TestDescriptor experiment = type.getChildren().iterator().next();
        TestDescriptor configuration = experiment.getChildren().iterator().next();
        TestDescriptor trial = configuration.getChildren().iterator().next();
        assertThat(type.getDisplayName()).isEqualTo("SweepExperiments");
        assertThat(experiment.getDisplayName()).isEqualTo("tracking");
        assertThat(experiment.getChildren())
                .extracting(TestDescriptor::getDisplayName)
                .containsExactly(
                        "alpha=0.01, algorithm=LMS",
                        "alpha=0.01, algorithm=IDBD",
                        "alpha=0.01, algorithm=AUTOSTEP",
                        "alpha=0.1, algorithm=LMS",
                        "alpha=0.1, algorithm=IDBD",
                        "alpha=0.1, algorithm=AUTOSTEP");
        assertThat(trial.getDisplayName()).matches("seed #0 \\(\\d+\\)");
        assertThat(trial.getUniqueId().toString())
                .matches("\\[engine:cohort]/\\[class:dev.cohort.engine.fixtures.SweepExperiments]"
                        + "/\\[experiment:tracking\\(double,dev.cohort.engine.fixtures.SweepExperiments\\$Algorithm,"
                        + "dev.cohort.Trial\\)]/\\[config:alpha=0.01, algorithm=LMS]/\\[seed:\\d+]");
        assertThat(type.getSource()).containsInstanceOf(ClassSource.class);
        assertThat(descendants(engine).filter(d -> d != engine && d != type))
                .hasSize(1 + 6 + 24)
                .allSatisfy(d -> assertThat(d.getSource()).containsInstanceOf(MethodSource.class));
    }

    @Test
    void aTrialSelectedByItsIdIsDiscoveredAloneAndWithItsConfigurationOnlyOnce() {
        TestDescriptor whole = EngineRuns.engine(results)
                .selectors(selectClass(SweepExperiments.class))
                .discover()
                .getEngineDescriptor();
        TestDescriptor configuration = descendants(whole)
                .filter(ConfigurationDescriptor.class::isInstance)
                .findFirst()
                .orElseThrow();
        List<UniqueId> trials = configuration.getChildren().stream()
                .map(TestDescriptor::getUniqueId)
                .toList();
        UniqueId third = trials.get(2);

        assertThat(trialIds(selectUniqueId(third))).containsExactly(third);
        assertThat(trialIds(selectUniqueId(configuration.getUniqueId()), selectUniqueId(third)))
                .as("the configuration, then one of its trials")
                .containsExactlyElementsOf(trials);
        assertThat(trialIds(selectUniqueId(third), selectUniqueId(configuration.getUniqueId())))
                .as("a trial, then its configuration: the trial first, each once")
                .containsExactly(third, trials.get(0), trials.get(1), trials.get(3));
    }

    private List<UniqueId> trialIds(DiscoverySelector... selectors) {
        TestDescriptor engine =
                EngineRuns.engine(results).selectors(selectors).discover().getEngineDescriptor();
        return descendants(engine)
                .filter(TrialDescriptor.class::isInstance)
                .map(TestDescriptor::getUniqueId)
                .toList();
    }

    @Test
    void experimentWithoutSweepHasOneConfigurationAndOneSeed() {
        TestDescriptor engine = EngineRuns.engine(results)
                .selectors(selectMethod(PlainExperiments.class, "plain", "dev.cohort.Trial"))
                .discover()
                .getEngineDescriptor();

        TestDescriptor experiment =
                engine.getChildren().iterator().next().getChildren().iterator().next();
        assertThat(experiment.getDisplayName()).isEqualTo("baseline");
        assertThat(experiment.getChildren()).singleElement().satisfies(c -> {
            assertThat(c.getDisplayName()).isEqualTo("(no parameters)");
            assertThat(c.getUniqueId().getLastSegment().getValue()).isEqualTo("(no parameters)");
            assertThat(c.getChildren()).hasSize(1);
        });
    }

    @Test
    void invalidDeclarationsAreIssuesNamingClassMethodAndParameter() {
        EngineDiscoveryResults discovery = EngineRuns.engine(results)
                .selectors(selectClass(InvalidExperiments.class))
                .discover();

        List<DiscoveryIssue> issues = discovery.getDiscoveryIssues();
        assertThat(issues)
                .extracting(DiscoveryIssue::message)
                .containsExactlyInAnyOrder(
                        "InvalidExperiments#badValue parameter 'alpha': sweep value \"abc\" is not a double",
                        "InvalidExperiments#emptySweep parameter 'depth': @Sweep lists no values",
                        "InvalidExperiments#zeroSeeds: @Seeds(0) must name a positive number of seeds",
                        "InvalidExperiments#unsupportedType parameter 'names': type java.util.List is not"
                                + " supported by @Sweep (int, long, double, float, boolean, String, enums and"
                                + " their boxed forms); for other objects use @SweepSource(\"method\")",
                        "InvalidExperiments#unequalZip: @Zip(\"batch\", \"rate\") pairs values by position, but"
                                + " batch has 2, rate has 3 values; give every zipped parameter the same number"
                                + " of values",
                        "InvalidExperiments#oneStep parameter 'rate': @Sweep(from = 0.0, to = 1.0, steps = 1): a"
                                + " range needs steps >= 2",
                        "InvalidExperiments#sampleTooLarge: @Sample(n = 3) asks for more configurations than the"
                                + " grid holds (2); lower n or run the full grid",
                        "InvalidExperiments#notSwept parameter 'depth': of type int is neither @Sweep nor"
                                + " Trial; annotate it with @Sweep({...})",
                        "InvalidExperiments#sharedOne: experiment id \"shared\" is also the id of"
                                + " InvalidExperiments#sharedTwo; give each experiment its own"
                                + " @Experiment(name = ...)",
                        "InvalidExperiments#sharedTwo: experiment id \"shared\" is also the id of"
                                + " InvalidExperiments#sharedOne; give each experiment its own"
                                + " @Experiment(name = ...)");
        assertThat(issues).allSatisfy(issue -> {
            assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
            assertThat(issue.source()).containsInstanceOf(MethodSource.class);
        });
    }

    @Test
    void invalidExperimentsFailAsTestsWhileValidOnesRun() {
        EngineExecutionResults execution = EngineRuns.execute(results, selectClass(InvalidExperiments.class));

        execution.testEvents().assertStatistics(stats -> stats.succeeded(4).failed(10));
        execution
                .testEvents()
                .assertThatEvents()
                .haveAtLeastOne(event(
                        test("badValue"),
                        finishedWithFailure(
                                instanceOf(InvalidExperimentException.class),
                                message(m -> m.contains("sweep value \"abc\" is not a double")))));
        assertThat(EngineRuns.trials(results)).hasSize(4);
    }

    @Test
    void packageSelectorScansAndHonoursTheClassNameFilter() {
        TestDescriptor all = EngineRuns.engine(results)
                .selectors(selectPackage("dev.cohort.engine.fixtures"))
                .discover()
                .getEngineDescriptor();
        TestDescriptor filtered = EngineRuns.engine(results)
                .selectors(selectPackage("dev.cohort.engine.fixtures"))
                .filters(ClassNameFilter.includeClassNamePatterns(".*\\.Sweep.*"))
                .discover()
                .getEngineDescriptor();

        assertThat(all.getChildren())
                .extracting(TestDescriptor::getDisplayName)
                .contains("SweepExperiments", "PlainExperiments", "InvalidExperiments", "FailingExperiments");
        assertThat(filtered.getChildren())
                .extracting(TestDescriptor::getDisplayName)
                .containsExactly("SweepExperiments");
    }

    @Test
    void classpathRootSelectorScansTheRoot() throws URISyntaxException {
        Path root = Path.of(SweepExperiments.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());

        TestDescriptor engine = EngineRuns.engine(results)
                .selectors(selectClasspathRoots(Set.of(root)))
                .filters(ClassNameFilter.includeClassNamePatterns(".*\\.(Sweep|Plain)Experiments"))
                .discover()
                .getEngineDescriptor();

        assertThat(engine.getChildren())
                .extracting(TestDescriptor::getDisplayName)
                .containsExactlyInAnyOrder("SweepExperiments", "PlainExperiments");
    }

    @Test
    void classWithoutExperimentsIsNotDiscovered() {
        TestDescriptor engine = EngineRuns.engine(results)
                .selectors(selectClass(DiscoveryTest.class))
                .discover()
                .getEngineDescriptor();

        assertThat(engine.getChildren()).isEmpty();
    }

    private static Stream<TestDescriptor> descendants(TestDescriptor root) {
        return Stream.concat(Stream.of(root), root.getChildren().stream().flatMap(DiscoveryTest::descendants));
    }
}

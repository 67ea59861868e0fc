package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Expect;
import dev.cohort.Experiment;
import dev.cohort.Goal;
import dev.cohort.Metric;
import dev.cohort.Seeds;
import dev.cohort.Sweep;
import dev.cohort.Trial;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExperimentReaderTest {

    enum Algorithm {
        LMS,
        IDBD
    }

    @Seeds(3)
    static class Valid {
        @Experiment(description = "Which step size tracks best?")
        @Metric(name = "final_error", goal = Goal.MINIMIZE)
        void tracking(
                @Sweep({"0.01", "0.1"}) double alpha,
                @Sweep({"LMS", "IDBD"}) Algorithm algorithm,
                Trial trial,
                @Sweep({"1", "2"}) Integer depth) {}

        @Experiment(name = "plain")
        @Seeds(values = {7, 11})
        void plain(Trial trial) {}

        @Experiment
        void allTypes(
                @Sweep("3") int i,
                @Sweep("4") long l,
                @Sweep("0.5") float f,
                @Sweep({"true", "FALSE"}) boolean b,
                @Sweep(" x ") String s,
                @Sweep("5") Long boxedLong) {}

        void notAnExperiment() {}
    }

    static class Invalid {
        @Experiment
        void badDouble(@Sweep({"0.1", "abc"}) double alpha) {}

        @Experiment
        void emptySweep(@Sweep({}) int depth) {}

        @Experiment
        @Seeds(0)
        void zeroSeeds(Trial trial) {}

        @Experiment
        @Seeds(-2)
        void negativeSeeds(Trial trial) {}

        @Experiment
        void unsupported(@Sweep("x") List<String> names) {}

        @Experiment
        void unannotated(int depth, Trial trial) {}

        @Experiment
        void badEnum(@Sweep("SGD") Algorithm algorithm) {}

        @Experiment
        void repeated(@Sweep({"0.1", "0.10"}) double alpha) {}
    }

    @Test
    void readsIdDescriptionParametersSeedsAndGoals() {
        ExperimentDefinition definition = read(Valid.class, "tracking");

        assertThat(definition.id()).isEqualTo(Valid.class.getName() + "#tracking");
        assertThat(definition.description()).isEqualTo("Which step size tracks best?");
        assertThat(definition.parameters())
                .extracting(SweptParameter::name)
                .containsExactly("alpha", "algorithm", "depth");
        assertThat(definition.trialParameterIndex()).isEqualTo(2);
        assertThat(definition.seedCount()).isEqualTo(3);
        assertThat(definition.goals()).containsExactly(Map.entry("final_error", Goal.MINIMIZE));
    }

    @Test
    void configurationsAreTheCartesianProductInDeclarationOrder() {
        List<Configuration> configurations = read(Valid.class, "tracking").configurations();

        assertThat(configurations)
                .extracting(Configuration::id)
                .containsExactly(
                        "alpha=0.01, algorithm=LMS, depth=1",
                        "alpha=0.01, algorithm=LMS, depth=2",
                        "alpha=0.01, algorithm=IDBD, depth=1",
                        "alpha=0.01, algorithm=IDBD, depth=2",
                        "alpha=0.1, algorithm=LMS, depth=1",
                        "alpha=0.1, algorithm=LMS, depth=2",
                        "alpha=0.1, algorithm=IDBD, depth=1",
                        "alpha=0.1, algorithm=IDBD, depth=2");
        assertThat(configurations.get(2).values())
                .containsExactly(
                        Map.entry("alpha", 0.01), Map.entry("algorithm", Algorithm.IDBD), Map.entry("depth", 1));
    }

    @Test
    void argumentsPutTheTrialInItsPlace() {
        ExperimentDefinition definition = read(Valid.class, "tracking");
        Object trial = new Object();

        assertThat(definition.arguments(definition.configurations().get(0), trial))
                .containsExactly(0.01, Algorithm.LMS, trial, 1);
    }

    @Test
    void namedExperimentWithNamedSeedsAndNoSweep() {
        ExperimentDefinition definition = read(Valid.class, "plain");

        assertThat(definition.id()).isEqualTo("plain");
        assertThat(definition.seed(0)).isEqualTo(7);
        assertThat(definition.seed(1)).isEqualTo(11);
        assertThat(definition.seedIndex(11)).contains(1);
        assertThat(definition.configurations()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEmpty();
            assertThat(c.displayName()).isEqualTo("(no parameters)");
        });
    }

    @Test
    void convertsEverySupportedType() {
        ExperimentDefinition definition = read(Valid.class, "allTypes");

        assertThat(definition.configurations().get(1).values())
                .containsExactly(
                        Map.entry("i", 3),
                        Map.entry("l", 4L),
                        Map.entry("f", 0.5f),
                        Map.entry("b", false),
                        Map.entry("s", " x "),
                        Map.entry("boxedLong", 5L));
        assertThat(definition.seedCount()).isEqualTo(3);
    }

    @Test
    void findsExperimentMethodsBySignature() {
        assertThat(ExperimentReader.experimentMethods(Valid.class))
                .extracting(Method::getName)
                .containsExactly("allTypes", "plain", "tracking");
        assertThat(ExperimentReader.findExperiment(Valid.class, "plain(dev.cohort.Trial)"))
                .isPresent();
        assertThat(ExperimentReader.isExperimentClass(Valid.class)).isTrue();
        assertThat(ExperimentReader.isExperimentClass(String.class)).isFalse();
    }

    @Test
    void invalidDeclarationsNameClassMethodParameterAndValue() {
        assertInvalid("badDouble", "Invalid#badDouble parameter 'alpha': sweep value \"abc\" is not a double");
        assertInvalid("emptySweep", "Invalid#emptySweep parameter 'depth': @Sweep lists no values");
        assertInvalid("zeroSeeds", "Invalid#zeroSeeds: @Seeds(0) must name a positive number of seeds");
        assertInvalid("negativeSeeds", "Invalid#negativeSeeds: @Seeds(-2)");
        assertInvalid("unsupported", "Invalid#unsupported parameter 'names': type java.util.List");
        assertInvalid("unannotated", "Invalid#unannotated parameter 'depth': of type int is neither @Sweep nor Trial");
        assertInvalid(
                "badEnum", "Invalid#badEnum parameter 'algorithm': sweep value \"SGD\" is not a constant of Algorithm");
        assertInvalid("repeated", "Invalid#repeated parameter 'alpha': sweep value \"0.10\" repeats \"0.1\"");
    }

    private static void assertInvalid(String method, String message) {
        assertThatThrownBy(() -> read(Invalid.class, method))
                .isInstanceOf(InvalidExperimentException.class)
                .hasMessageStartingWith(message);
    }

    private static ExperimentDefinition read(Class<?> type, String name) {
        Method method = ExperimentReader.experimentMethods(type).stream()
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
        return ExperimentReader.read(type, method);
    }

    static class Expecting {
        @Experiment
        @Metric(name = "final_error", goal = Goal.MINIMIZE)
        @Expect(metric = "final_error", better = "algorithm=IDBD", than = "algorithm=LMS, alpha=0.01", alpha = 0.01)
        void valid(@Sweep({"0.01", "0.1"}) double alpha, @Sweep({"LMS", "IDBD"}) Algorithm algorithm) {}

        @Experiment
        @Expect(metric = "score", better = "algorithm=IDBD", than = "algorithm=LMS")
        void noGoal(@Sweep({"LMS", "IDBD"}) Algorithm algorithm) {}

        @Experiment
        @Metric(name = "final_error", goal = Goal.MINIMIZE)
        @Expect(metric = "final_error", better = "algo=IDBD", than = "algorithm=LMS")
        void unknownParameter(@Sweep({"LMS", "IDBD"}) Algorithm algorithm) {}

        @Experiment
        @Metric(name = "final_error", goal = Goal.MINIMIZE)
        @Expect(metric = "final_error", better = "algorithm=SGD", than = "algorithm=LMS")
        void unknownValue(@Sweep({"LMS", "IDBD"}) Algorithm algorithm) {}
    }

    @Test
    void readsExpectations() throws Exception {
        ExperimentDefinition definition = ExperimentReader.read(
                Expecting.class, Expecting.class.getDeclaredMethod("valid", double.class, Algorithm.class));

        assertThat(definition.expectations()).singleElement().satisfies(e -> {
            assertThat(e.experiment()).isEqualTo(Expecting.class.getName() + "#valid");
            assertThat(e.than()).isEqualTo("algorithm=LMS, alpha=0.01");
            assertThat(e.alpha()).isEqualTo(0.01);
        });
        assertThat(definition.manifest(java.time.Instant.EPOCH).expectedTrials())
                .isEqualTo(4);
    }

    @Test
    void rejectsExpectationsThatCannotBeChecked() {
        assertThatThrownBy(() -> ExperimentReader.read(
                        Expecting.class, Expecting.class.getDeclaredMethod("noGoal", Algorithm.class)))
                .isInstanceOf(InvalidExperimentException.class)
                .hasMessageContaining("Expecting#noGoal")
                .hasMessageContaining("metric \"score\" has no direction");
        assertThatThrownBy(() -> ExperimentReader.read(
                        Expecting.class, Expecting.class.getDeclaredMethod("unknownParameter", Algorithm.class)))
                .hasMessageContaining("names parameter algo, which is not swept");
        assertThatThrownBy(() -> ExperimentReader.read(
                        Expecting.class, Expecting.class.getDeclaredMethod("unknownValue", Algorithm.class)))
                .hasMessageContaining("\"algorithm=SGD\" matches no configuration: algorithm takes [LMS, IDBD]");
    }

    /** A project's own annotation that stands for a whole study declaration. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Experiment(description = "Do larger sizes score higher?")
    @Seeds(5)
    @Metric(name = "score", goal = Goal.MAXIMIZE)
    @Expect(metric = "score", better = "size=2", than = "size=1")
    @interface SizeStudy {}

    /** A project's own annotation for a sweep it uses in many experiments. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @Sweep({"1", "2"})
    @interface Sizes {}

    /** A project's own annotation for its seeds, on a class. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Seeds(4)
    @interface FourSeeds {}

    static class Composed {
        @SizeStudy
        void study(@Sizes int size, Trial trial) {}
    }

    @FourSeeds
    static class ComposedOnTheClass {
        @Experiment
        void run(@Sizes int size, Trial trial) {}
    }

    static class Base {
        @SizeStudy
        void inherited(@Sizes int size, Trial trial) {}
    }

    static class Derived extends Base {}

    @Test
    void findsTheDeclarationInAProjectsOwnComposedAnnotations() {
        assertThat(ExperimentReader.isExperimentClass(Composed.class)).isTrue();
        ExperimentDefinition definition = read(Composed.class, "study");

        assertThat(definition.description()).isEqualTo("Do larger sizes score higher?");
        assertThat(definition.seedCount()).isEqualTo(5);
        assertThat(definition.goals()).containsExactly(Map.entry("score", Goal.MAXIMIZE));
        assertThat(definition.expectations()).singleElement().satisfies(e -> {
            assertThat(e.better()).isEqualTo("size=2");
            assertThat(e.than()).isEqualTo("size=1");
        });
        assertThat(definition.configurations()).extracting(Configuration::id).containsExactly("size=1", "size=2");
    }

    @Test
    void findsComposedSeedsOnTheClass() {
        assertThat(read(ComposedOnTheClass.class, "run").seedCount()).isEqualTo(4);
    }

    @Test
    void findsExperimentsOfSuperclassesThroughComposedAnnotations() {
        assertThat(ExperimentReader.experimentMethods(Derived.class))
                .extracting(Method::getName)
                .containsExactly("inherited");
        assertThat(ExperimentReader.read(
                                Derived.class,
                                ExperimentReader.experimentMethods(Derived.class)
                                        .get(0))
                        .id())
                .isEqualTo(Derived.class.getName() + "#inherited");
    }

    static class Confirming {
        @Experiment
        @Seeds(3)
        @Metric(name = "error", goal = Goal.MINIMIZE)
        @dev.cohort.Confirm(seeds = 4, per = "algorithm")
        void good(@Sweep({"a", "b"}) String algorithm, @Sweep({"1", "2"}) int step, Trial trial) {}

        @Experiment
        @Metric(name = "error", goal = Goal.MINIMIZE)
        @dev.cohort.Confirm(per = "algo")
        void unknownPer(@Sweep({"a", "b"}) String algorithm, Trial trial) {}

        @Experiment
        @Metric(name = "error", goal = Goal.MINIMIZE)
        @dev.cohort.Confirm(metric = "score")
        void metricWithoutGoal(@Sweep({"a", "b"}) String algorithm, Trial trial) {}

        @Experiment
        @Metric(name = "error", goal = Goal.MINIMIZE)
        @dev.cohort.Confirm(seeds = 1)
        void oneSeed(@Sweep({"a", "b"}) String algorithm, Trial trial) {}
    }

    @Test
    void readsConfirmWithFreshSeedsDerivedFromTheExperimentId() throws Exception {
        ExperimentDefinition definition = ExperimentReader.read(
                Confirming.class, Confirming.class.getDeclaredMethod("good", String.class, int.class, Trial.class));

        var confirmation = definition.confirmation().orElseThrow();
        assertThat(confirmation.per()).containsExactly("algorithm");
        assertThat(confirmation.metric()).isEqualTo("error");
        assertThat(confirmation.goal()).isEqualTo(Goal.MINIMIZE);
        assertThat(confirmation.seeds())
                .hasSize(4)
                .doesNotContainAnyElementsOf(
                        definition.manifest(java.time.Instant.EPOCH).seeds());
        ExperimentDefinition stage = definition.confirmationStage();
        assertThat(stage.stage()).isEqualTo(dev.cohort.results.TrialStage.CONFIRMATION);
        assertThat(stage.seedCount()).isEqualTo(4);
        assertThat(stage.seed(0)).isEqualTo(confirmation.seed(0));
        assertThat(definition.manifest(java.time.Instant.EPOCH).confirmation()).isEqualTo(confirmation);
    }

    @Test
    void invalidConfirmDeclarationsNameClassMethodAndProblem() {
        assertThatThrownBy(() -> ExperimentReader.read(
                        Confirming.class, Confirming.class.getDeclaredMethod("unknownPer", String.class, Trial.class)))
                .isInstanceOf(InvalidExperimentException.class)
                .hasMessageContaining("Confirming#unknownPer @Confirm")
                .hasMessageContaining("\"algo\", which is not a swept parameter");
        assertThatThrownBy(() -> ExperimentReader.read(
                        Confirming.class,
                        Confirming.class.getDeclaredMethod("metricWithoutGoal", String.class, Trial.class)))
                .isInstanceOf(InvalidExperimentException.class)
                .hasMessageContaining("Confirming#metricWithoutGoal @Confirm")
                .hasMessageContaining("metric \"score\" has no declared goal");
        assertThatThrownBy(() -> ExperimentReader.read(
                        Confirming.class, Confirming.class.getDeclaredMethod("oneSeed", String.class, Trial.class)))
                .isInstanceOf(InvalidExperimentException.class)
                .hasMessageContaining("Confirming#oneSeed @Confirm: seeds = 1");
    }
}

package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Experiment;
import dev.cohort.LatinHypercube;
import dev.cohort.Named;
import dev.cohort.Sample;
import dev.cohort.Scale;
import dev.cohort.Sweep;
import dev.cohort.SweepSource;
import dev.cohort.Trial;
import dev.cohort.Valid;
import dev.cohort.Zip;
import dev.cohort.results.DesignRecord;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DesignTest {

    record Shape(int width, int depth) {}

    static class Designs {
        @Experiment
        void logRange(@Sweep(from = 1e-4, to = 1e-1, steps = 7, scale = Scale.LOG) double rate) {}

        @Experiment
        void intRange(@Sweep(from = 1, to = 5, steps = 5) int layers, @Sweep(from = 0, to = 1, steps = 3) float p) {}

        @Experiment
        @Zip({"batch", "rate"})
        void zipped(
                @Sweep({"32", "64", "128"}) int batch,
                @Sweep({"relu", "tanh"}) String activation,
                @Sweep({"0.001", "0.002", "0.004"}) double rate) {}

        @Experiment
        @Valid("noDropoutOnOneLayer")
        void filtered(@Sweep({"1", "2", "4"}) int layers, @Sweep({"0", "0.5"}) double dropout) {}

        static boolean noDropoutOnOneLayer(Map<String, Object> config) {
            return (int) config.get("layers") > 1 || (double) config.get("dropout") == 0;
        }

        @Experiment
        @Sample(n = 5, seed = 3)
        void sampled(
                @Sweep(from = 1e-4, to = 1e-1, steps = 7, scale = Scale.LOG) double rate,
                @Sweep({"LMS", "IDBD"}) String algorithm) {}

        @Experiment
        @Sample(n = 6, seed = 3, continuous = true)
        void continuousSample(
                @Sweep(from = 1e-4, to = 1e-1, scale = Scale.LOG) double rate, @Sweep({"a", "b"}) String kind) {}

        @Experiment
        @LatinHypercube(n = 8, seed = 5)
        void hypercube(
                @Sweep(from = 1e-4, to = 1e-1, scale = Scale.LOG) double rate,
                @Sweep(from = 0, to = 1) double momentum,
                @Sweep(from = 1, to = 100) int width) {}

        @Experiment
        void sourced(@SweepSource("shapes") Shape shape, @SweepSource("names") String name, Trial trial) {}

        static List<Named<Shape>> shapes() {
            return List.of(Named.of("2x64", new Shape(64, 2)), Named.of("4x32", new Shape(32, 4)));
        }

        Stream<String> names() {
            return Stream.of("iris", "wine");
        }
    }

    static class Broken {
        @Experiment
        @Zip({"a", "b"})
        void unequalZip(@Sweep({"1", "2", "3"}) int a, @Sweep({"1", "2"}) int b) {}

        @Experiment
        void oneStep(@Sweep(from = 0, to = 1, steps = 1) double x) {}

        @Experiment
        void noSteps(@Sweep(from = 0, to = 1) double x) {}

        @Experiment
        @Sample(n = 7)
        void sampleTooLarge(@Sweep({"1", "2"}) int a, @Sweep({"x", "y", "z"}) String b) {}

        @Experiment
        void logFromZero(@Sweep(from = 0, to = 1, steps = 3, scale = Scale.LOG) double x) {}

        @Experiment
        void rangeOnString(@Sweep(from = 0, to = 1, steps = 3) String x) {}

        @Experiment
        void roundedRepeats(@Sweep(from = 1, to = 3, steps = 5) int x) {}

        @Experiment
        @Zip({"a", "c"})
        void zipUnknown(@Sweep({"1", "2"}) int a, @Sweep({"1", "2"}) int b) {}

        @Experiment
        @Valid("missing")
        void validMissing(@Sweep({"1", "2"}) int a) {}

        @Experiment
        void sourceMissing(@SweepSource("nothing") String a) {}

        @Experiment
        void sourceDuplicateNames(@SweepSource("twice") String a) {}

        static List<String> twice() {
            return List.of("a", "a");
        }

        @Experiment
        void sourceWrongType(@SweepSource("twice") Integer a) {}
    }

    private static ExperimentDefinition read(Class<?> type, String name) {
        Method method = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
        return ExperimentReader.read(type, method);
    }

    private static List<String> ids(ExperimentDefinition definition) {
        return definition.configurations().stream().map(Configuration::id).toList();
    }

    @Test
    void aLogRangeIsEvenlySpacedInTheExponentAndReadsCleanly() {
        assertThat(ids(read(Designs.class, "logRange")))
                .containsExactly(
                        "rate=1.0E-4",
                        "rate=3.16227766017E-4",
                        "rate=0.001",
                        "rate=0.00316227766017",
                        "rate=0.01",
                        "rate=0.0316227766017",
                        "rate=0.1");
    }

    @Test
    void integerAndLinearRangesTakeTheParametersType() {
        ExperimentDefinition definition = read(Designs.class, "intRange");
        assertThat(definition.parameters().get(0).values()).containsExactly(1, 2, 3, 4, 5);
        assertThat(definition.parameters().get(1).values()).containsExactly(0f, 0.5f, 1f);
        assertThat(definition.configurations()).hasSize(15);
    }

    @Test
    void zippedParametersArePairedByPositionAndCrossedWithTheRest() {
        ExperimentDefinition definition = read(Designs.class, "zipped");
        assertThat(ids(definition))
                .containsExactly(
                        "batch=32, activation=relu, rate=0.001",
                        "batch=32, activation=tanh, rate=0.001",
                        "batch=64, activation=relu, rate=0.002",
                        "batch=64, activation=tanh, rate=0.002",
                        "batch=128, activation=relu, rate=0.004",
                        "batch=128, activation=tanh, rate=0.004");
        assertThat(definition.designDescription()).isEqualTo("full grid 3 x 2, batch with rate zipped");
    }

    @Test
    void aValidityRuleLeavesConfigurationsOut() {
        ExperimentDefinition definition = read(Designs.class, "filtered");
        assertThat(ids(definition))
                .containsExactly(
                        "layers=1, dropout=0.0",
                        "layers=2, dropout=0.0",
                        "layers=2, dropout=0.5",
                        "layers=4, dropout=0.0",
                        "layers=4, dropout=0.5");
        assertThat(definition.designDescription())
                .isEqualTo("full grid 3 x 2, 5 of 6 kept by noDropoutOnOneLayer(config)");
    }

    @Test
    void aSampleFromTheGridIsSeededDistinctAndInGridOrder() {
        ExperimentDefinition first = read(Designs.class, "sampled");
        ExperimentDefinition again = read(Designs.class, "sampled");
        assertThat(ids(first)).hasSize(5).doesNotHaveDuplicates().isEqualTo(ids(again));
        List<String> grid = read(Designs.class, "logRange").configurations().stream()
                .flatMap(c -> Stream.of(c.id() + ", algorithm=LMS", c.id() + ", algorithm=IDBD"))
                .toList();
        assertThat(grid).containsSubsequence(ids(first));
        assertThat(first.designDescription())
                .isEqualTo("random sample of 5 of the 14 configurations of the grid (full grid 7 x 2), seed 3");
    }

    @Test
    void aContinuousSampleDrawsLogUniformlyWithinTheRange() {
        ExperimentDefinition definition = read(Designs.class, "continuousSample");
        assertThat(definition.configurations()).hasSize(6);
        for (Configuration c : definition.configurations()) {
            assertThat((double) c.values().get("rate")).isBetween(1e-4, 1e-1);
            assertThat(c.values().get("kind")).isIn("a", "b");
        }
        assertThat(ids(definition)).isEqualTo(ids(read(Designs.class, "continuousSample")));
    }

    @Test
    void aLatinHypercubeUsesEveryStratumOfEveryParameterOnce() {
        ExperimentDefinition definition = read(Designs.class, "hypercube");
        assertThat(definition.configurations()).hasSize(8);
        Set<Integer> rateStrata = new HashSet<>();
        Set<Integer> momentumStrata = new HashSet<>();
        for (Configuration c : definition.configurations()) {
            double rate = (double) c.values().get("rate");
            double u = Math.log(rate / 1e-4) / Math.log(1e-1 / 1e-4);
            rateStrata.add((int) Math.floor(u * 8));
            momentumStrata.add((int) Math.floor((double) c.values().get("momentum") * 8));
            assertThat((int) c.values().get("width")).isBetween(1, 100);
        }
        assertThat(rateStrata).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(momentumStrata).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(ids(definition)).isEqualTo(ids(read(Designs.class, "hypercube")));
    }

    @Test
    void theManifestRecordsTheDesignAndTheDrawnValues() {
        ExperimentDefinition definition = read(Designs.class, "hypercube");
        DesignRecord design = definition.manifest(Instant.EPOCH).design();
        assertThat(design.type()).isEqualTo("LATIN_HYPERCUBE");
        assertThat(design.n()).isEqualTo(8);
        assertThat(design.seed()).isEqualTo(5L);
        assertThat(design.ranges().get("rate")).isEqualTo(new DesignRecord.Range(1e-4, 1e-1, null, "LOG"));
        assertThat(design.description())
                .startsWith("Latin hypercube sample of 8 configurations (McKay, Beckman and Conover 1979)");
        assertThat(definition.manifest(Instant.EPOCH).parameters().get("rate")).hasSize(8);
    }

    @Test
    void sourcesNameTheirValuesAndHandThePayloadsToTheMethod() {
        ExperimentDefinition definition = read(Designs.class, "sourced");
        assertThat(ids(definition))
                .containsExactly(
                        "shape=2x64, name=iris",
                        "shape=2x64, name=wine",
                        "shape=4x32, name=iris",
                        "shape=4x32, name=wine");
        Object[] arguments = definition.arguments(definition.configurations().get(3), "trial");
        assertThat(arguments).containsExactly(new Shape(32, 4), "wine", "trial");
        assertThat(definition.manifest(Instant.EPOCH).design().sources())
                .containsExactly(Map.entry("shape", "shapes"), Map.entry("name", "names"));
    }

    @Test
    void designsThatCannotBeBuiltAreReportedWithTheirSource() {
        assertThatThrownBy(() -> read(Broken.class, "unequalZip"))
                .hasMessage("Broken#unequalZip: @Zip(\"a\", \"b\") pairs values by position, but a has 3, b has 2"
                        + " values; give every zipped parameter the same number of values");
        assertThatThrownBy(() -> read(Broken.class, "oneStep"))
                .hasMessageStartingWith("Broken#oneStep parameter 'x': @Sweep(from = 0.0, to = 1.0, steps = 1)")
                .hasMessageEndingWith("a range needs steps >= 2");
        assertThatThrownBy(() -> read(Broken.class, "noSteps"))
                .hasMessageStartingWith(
                        "Broken#noSteps parameter 'x': the range from 0 to 1 needs steps >= 2 for a grid");
        assertThatThrownBy(() -> read(Broken.class, "sampleTooLarge"))
                .hasMessage("Broken#sampleTooLarge: @Sample(n = 7) asks for more configurations than the grid holds"
                        + " (6); lower n or run the full grid");
        assertThatThrownBy(() -> read(Broken.class, "logFromZero"))
                .hasMessageContaining("log scale needs from and to above 0");
        assertThatThrownBy(() -> read(Broken.class, "rangeOnString"))
                .hasMessageContaining("parameter 'x'")
                .hasMessageContaining("a range needs a numeric parameter");
        assertThatThrownBy(() -> read(Broken.class, "roundedRepeats"))
                .hasMessageContaining("rounding to whole numbers makes points repeat [1, 2, 2, 3, 3]");
        assertThatThrownBy(() -> read(Broken.class, "zipUnknown"))
                .hasMessageContaining("names c, which is not a swept parameter (swept: [a, b])");
        assertThatThrownBy(() -> read(Broken.class, "validMissing"))
                .hasMessage("Broken#validMissing: @Valid(\"missing\"): Broken has no method missing;"
                        + " declare boolean missing(Map<String, Object> config)");
        assertThatThrownBy(() -> read(Broken.class, "sourceMissing"))
                .hasMessageStartingWith("Broken#sourceMissing parameter 'a': @SweepSource(\"nothing\"): Broken has no"
                        + " method nothing");
        assertThatThrownBy(() -> read(Broken.class, "sourceDuplicateNames"))
                .hasMessageContaining("two values are named \"a\"");
        assertThatThrownBy(() -> read(Broken.class, "sourceWrongType"))
                .hasMessageContaining("value a is a java.lang.String, not a java.lang.Integer");
    }

    @Test
    void aRangeMapsPositionsOntoItsScale() {
        SweepRange log = new SweepRange(1e-4, 1e-1, 0, Scale.LOG, double.class);
        assertThat(log.at(0)).isEqualTo(1e-4);
        assertThat(log.at(1)).isEqualTo(0.1);
        assertThat(log.at(1.0 / 3)).isEqualTo(0.001);
        SweepRange ints = new SweepRange(1, 100, 0, Scale.LINEAR, int.class);
        assertThat(ints.at(0.5)).isEqualTo(51);
    }
}

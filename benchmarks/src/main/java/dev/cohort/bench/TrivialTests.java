package dev.cohort.bench;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JUnit Jupiter's peer of {@link TrivialExperiments}: 20,000 invocations of one parameterized test. */
public class TrivialTests {

    static Stream<Arguments> cases() {
        return TrivialWork.cases(20, 1000);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void trivial(int config, long seed) {
        TrivialWork.RECORDED.put(config * 1_000_000L + seed, TrivialWork.value(config, seed));
    }
}

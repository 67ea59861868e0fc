package dev.cohort.bench;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The warm-up of {@link TrivialTests}: 2,000 invocations. */
public class TrivialTestsWarmUp {

    static Stream<Arguments> cases() {
        return TrivialWork.cases(20, 100);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void trivial(int config, long seed) {
        TrivialWork.RECORDED.put(config * 1_000_000L + seed, TrivialWork.value(config, seed));
    }
}

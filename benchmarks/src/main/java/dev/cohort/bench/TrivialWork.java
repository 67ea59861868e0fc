package dev.cohort.bench;

import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The work of one trivial trial, the same for Cohort and for JUnit Jupiter: a value computed from the
 * configuration and the seed, kept as the result. Jupiter has no results store, so its invocations keep
 * the value in a map (Cohort's trials also write it to the results file).
 */
final class TrivialWork {

    /** What Jupiter's invocations record, by configuration and seed. */
    static final ConcurrentHashMap<Long, Double> RECORDED = new ConcurrentHashMap<>();

    private TrivialWork() {}

    static double value(int config, long seed) {
        return (double) (seed ^ config) / (config + 1);
    }

    /** The arguments of {@code configs} x {@code seeds} invocations. */
    static Stream<Arguments> cases(int configs, int seeds) {
        return IntStream.range(0, configs)
                .boxed()
                .flatMap(c -> LongStream.range(0, seeds).mapToObj(s -> Arguments.of(c, 1000L + s)));
    }
}

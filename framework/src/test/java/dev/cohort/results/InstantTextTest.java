package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Stored and journaled starts keep the text {@link Instant#toString()} gives, to the character. */
class InstantTextTest {

    static Stream<Instant> instants() {
        return Stream.of(
                Instant.EPOCH,
                Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-12-31T23:59:59.999999999Z"),
                Instant.parse("2024-02-29T12:34:56.100Z"),
                Instant.parse("2026-12-02T04:30:49.602870Z"),
                Instant.parse("2026-12-02T04:30:49.000000001Z"),
                Instant.parse("2026-12-02T04:30:49.000001Z"),
                Instant.parse("2000-03-01T00:00:00.010Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("1969-12-31T23:59:59.5Z"),
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.MIN,
                Instant.MAX);
    }

    @ParameterizedTest
    @MethodSource("instants")
    void writesWhatInstantToStringWrites(Instant instant) {
        assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
    }

    @Test
    void writesWhatInstantToStringWritesForRandomInstantsOfEveryPrecision() {
        SplittableRandom random = new SplittableRandom(20_251_202L);
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(0, last + 1);
            int nano = random.nextInt(1_000_000_000);
            int precision = random.nextInt(4);
            nano = precision == 0
                    ? 0
                    : precision == 1 ? nano / 1_000_000 * 1_000_000 : precision == 2 ? nano / 1_000 * 1_000 : nano;
            Instant instant = Instant.ofEpochSecond(seconds, nano);
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
        }
        Instant now = Instant.now();
        assertThat(InstantText.of(now)).isEqualTo(now.toString());
    }
}

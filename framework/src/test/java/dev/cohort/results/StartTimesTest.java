package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StartTimesTest {

    @Test
    void anInstantsOwnTextIsANumberThatGivesTheSameTextBack() {
        SplittableRandom random = new SplittableRandom(7);
        long last = Instant.parse("2261-12-31T23:59:59.999999999Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(0, last + 1);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1, 1000) * 1_000_000;
                case 2 -> random.nextInt(1, 1_000_000) * 1000;
                default -> random.nextInt(1, 1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            String text = instant.toString();

            long number = StartTimes.epochNanos(text);

            assertThat(number).as(text).isNotEqualTo(StartTimes.NONE);
            assertThat(StartTimes.text(number)).isEqualTo(text);
            assertThat(StartTimes.instant(number)).isEqualTo(instant);
        }
    }

    @Test
    void anyOtherTextStaysText() {
        for (String text : new String[] {
            null,
            "",
            "yesterday",
            "2025-01-01T00:00:00.000Z", // Instant.parse reads it; Instant.toString writes no fraction
            "2025-01-01T00:00:00.120000Z",
            "2025-01-01T00:00:00.1Z",
            "2025-01-01T00:00:00.1234Z",
            "2025-02-30T00:00:00Z",
            "2025-13-01T00:00:00Z",
            "2025-01-01T24:00:00Z",
            "2025-01-01T00:60:00Z",
            "2025-01-01T00:00:60Z",
            "2025-01-01 00:00:00Z",
            "2025-01-01T00:00:00+01:00",
            "2025-01-01T00:00:00",
            "2025-01-01T0a:00:00Z",
            "2025-01-01T-1:00:00Z",
            "1969-12-31T23:59:59Z",
            "2262-04-12T00:00:00Z",
            "+10000-01-01T00:00:00Z"
        }) {
            assertThat(StartTimes.epochNanos(text)).as(text).isEqualTo(StartTimes.NONE);
        }
    }
}

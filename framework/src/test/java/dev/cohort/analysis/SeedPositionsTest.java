package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeedPositionsTest {

    @Test
    void keepsTheFirstPositionOfEverySeedAsAMapDoes() {
        SeedPositions index = new SeedPositions(2);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            // negative, zero, Long.MIN_VALUE and repeated seeds, past many growths of the table
            long seed = i % 5 == 0 ? Long.MIN_VALUE + random.nextInt(50) : random.nextInt(4_000) - 2_000L;
            Integer before = expected.putIfAbsent(seed, i);
            assertThat(index.putIfAbsent(seed, i)).isEqualTo(before == null ? -1 : before);
        }
        expected.forEach((seed, position) -> assertThat(index.get(seed)).isEqualTo(position));
        assertThat(index.get(123_456_789L)).isEqualTo(-1);
    }
}

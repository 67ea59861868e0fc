package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SeedSequenceTest {

    @Test
    void seedsAreDistinctNonNegativeBelowTheBoundAndPrefixStable() {
        long[] hundred = SeedSequence.first(100);

        assertThat(Arrays.stream(hundred).distinct().count()).isEqualTo(100);
        assertThat(Arrays.stream(hundred).allMatch(s -> s >= 0 && s < SeedSequence.BOUND))
                .isTrue();
        assertThat(SeedSequence.first(5)).containsExactly(Arrays.copyOf(hundred, 5));
    }

    @Test
    void sequenceIsFixed() {
        assertThat(SeedSequence.first(3)).containsExactly(SeedSequence.first(3));
        assertThat(SeedSequence.first(0)).isEmpty();
    }
}

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

    /** The seeds every stored result was run with: changing them would orphan every results directory. */
    @Test
    void sequenceIsFixed() {
        assertThat(SeedSequence.first(10))
                .containsExactly(739312, 176630, 669021, 858558, 37361, 383467, 772690, 53930, 606798, 423989);
        assertThat(SeedSequence.first(0)).isEmpty();
    }

    @Test
    void theConfirmationSeedsOfTheExamplesExperimentArePinned() {
        assertThat(SeedSequence.confirmation(
                        "dev.cohort.example.StepSizeExperiments#tracking", 5, SeedSequence.first(30)))
                .containsExactly(794406, 514797, 492366, 602241, 52094);
    }

    @Test
    void confirmationSeedsArePinnedByTheExperimentIdAndSkipTheTuningSeeds() {
        assertThat(SeedSequence.confirmation("x", 3, new long[0])).containsExactly(455423, 95057, 106527);
        assertThat(SeedSequence.confirmation("x", 3, new long[] {455423})).containsExactly(95057, 106527, 451041);
        assertThat(SeedSequence.confirmation("y", 3, new long[0])).doesNotContain(455423, 95057, 106527);

        long[] tuning = SeedSequence.first(1000);
        long[] confirmation = SeedSequence.confirmation("dev.cohort.example.StepSizeExperiments#tracking", 500, tuning);
        assertThat(Arrays.stream(confirmation).distinct().count()).isEqualTo(500);
        assertThat(confirmation).doesNotContain(tuning);
    }
}

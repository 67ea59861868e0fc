package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which of two results of one trial a reader keeps. */
class LatestResultTest {

    private static TrialResult startedAt(String startedAt, TrialStatus status) {
        return new TrialResult(
                "x.E#run", Map.of("a", 1), 7, 0, status, Map.of("m", 1.0), 1, null, Map.of(), null, startedAt, 0, null);
    }

    @Test
    void theResultThatStartedLaterWinsWhereverItIsRead() {
        TrialResult early = startedAt("2025-01-01T10:00:00Z", TrialStatus.FAILED);
        TrialResult late = startedAt("2025-01-01T11:00:00Z", TrialStatus.SUCCESSFUL);

        assertThat(LatestResult.supersedes(late, early)).isTrue();
        assertThat(LatestResult.supersedes(early, late)).isFalse();
    }

    @Test
    void withoutTwoReadableStartTimesTheOneReadLaterWins() {
        TrialResult unknown = startedAt(null, TrialStatus.SUCCESSFUL);
        TrialResult garbled = startedAt("yesterday", TrialStatus.SUCCESSFUL);
        TrialResult known = startedAt("2025-01-01T10:00:00Z", TrialStatus.FAILED);

        assertThat(LatestResult.supersedes(unknown, known)).isTrue();
        assertThat(LatestResult.supersedes(known, unknown)).isTrue();
        assertThat(LatestResult.supersedes(garbled, known)).isTrue();
        assertThat(LatestResult.supersedes(known, known)).isTrue();
    }
}

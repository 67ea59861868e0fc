package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressAnnouncementTest {

    @Test
    void anAnnouncementCarriesNoCarriageReturnOrEscapeSequenceFromTheResults() {
        String line = Progress.announcement("ignored results/x.jsonl line 3: org.acme.E\u001b[2K\r[cohort] done#run");

        assertThat(line)
                .isEqualTo("[cohort] ignored results/x.jsonl line 3: org.acme.E[cohort] done#run")
                .doesNotContain("\r", "\u001b");
    }
}

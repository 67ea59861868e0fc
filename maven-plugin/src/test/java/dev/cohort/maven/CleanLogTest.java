package dev.cohort.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals' log lines carry no carriage return or escape sequence from names in the results. */
class CleanLogTest {

    private static final String HOSTILE = "org.acme.Evil\u001b[2K\r[INFO] BUILD SUCCESS\u001b]0;title\u0007#run";

    @TempDir
    Path results;

    @Test
    void cleansEveryLevelAndKeepsTheRest() {
        RecordingLog recording = new RecordingLog();
        CleanLog log = new CleanLog(recording);

        log.info("a\rb\u001b[31mc");
        log.warn("w\u0000");
        log.error("e\u202e", new IllegalStateException("x"));
        log.debug((CharSequence) null);

        assertThat(recording.messages)
                .containsExactly("INFO abc", "WARN w?", "ERROR e? java.lang.IllegalStateException: x", "DEBUG ");
        assertThat(CleanLog.of(log)).isSameAs(log);
    }

    @Test
    void statusLinesShowHostileExperimentAndConfigurationNamesCleaned() throws Exception {
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("run.jsonl"))) {
            for (int s = 0; s < 3; s++) {
                writer.append(new TrialResult(
                        HOSTILE,
                        Map.of("car", "fast\r\u001b[1A"),
                        s,
                        s,
                        TrialStatus.SUCCESSFUL,
                        Map.of("time", 1.0 + s),
                        1,
                        null,
                        Map.of("time", Goal.MINIMIZE),
                        null,
                        null,
                        0,
                        null));
            }
        }
        RecordingLog recording = new RecordingLog();
        StatusMojo mojo = new StatusMojo();
        mojo.setLog(recording);
        mojo.results = results.toFile();
        mojo.listed = 1;

        mojo.execute();

        assertThat(recording.messages).isNotEmpty().noneMatch(m -> m.contains("\r") || m.contains("\u001b"));
        assertThat(String.join("\n", recording.messages)).contains("Evil[INFO] BUILD SUCCESS#run");
    }
}

package dev.cohort.results.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Goal;
import dev.cohort.results.RunInfo;
import dev.cohort.results.TrialError;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrialLineParserTest {

    private static final String LINE = "{\"experiment\":\"org.acme.Sweep#train\",\"config\":{\"lr\":0.001,\"width\":16,"
            + "\"opt\":\"adam\",\"big\":12345678901,\"on\":true},\"seed\":637706,\"seedIndex\":3,\"status\":\"SUCCESSFUL\","
            + "\"metrics\":{\"loss\":0.9406379421238287,\"steps\":12},\"durationMs\":100.5,"
            + "\"goals\":{\"loss\":\"MINIMIZE\"},\"curves\":\"curves/a.jsonl\",\"startedAt\":\"2025-01-01T00:00:00Z\","
            + "\"configIndex\":7,\"run\":{\"id\":\"r1\",\"commit\":\"abc\",\"jvm\":\"17\",\"os\":\"linux\",\"host\":\"h\","
            + "\"startedAt\":\"t\",\"shard\":null},\"stage\":\"confirmation\",\"extra\":[1,{\"x\":2}]}";

    @Test
    void readsTheWrittenLineOfEveryFieldDirectly() throws IOException {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("alpha", 0.25);
        config.put("algorithm", "IDBD");
        TrialResult written = new TrialResult(
                "x.Y#z",
                config,
                -42L,
                2,
                TrialStatus.SUCCESSFUL,
                Map.of("error", 1.5e-300),
                3.25,
                null,
                Map.of("error", Goal.MINIMIZE),
                "curves/x.jsonl",
                "2025-01-01T00:00:00Z",
                11,
                new RunInfo("id", "c0ffee", "17", "Linux", "host", "2025", "2/4"),
                TrialStage.CONFIRMATION);
        Optional<TrialResult> read = new TrialLineParser().fast(TrialJson.toLine(written));
        assertThat(read).contains(written);
    }

    @Test
    void readsWhatTheBindingReadsAndSharesTheMapsOfConsecutiveLines() throws IOException {
        TrialLineParser parser = new TrialLineParser();
        TrialResult first = parser.fast(LINE).orElseThrow();
        TrialResult second = parser.fast(LINE.replace("637706", "5")).orElseThrow();
        assertThat(first).isEqualTo(TrialJson.fromLine(LINE));
        assertThat(first.config().get("big")).isEqualTo(12345678901L);
        assertThat(first.config().get("width")).isEqualTo(16);
        assertThat(second.seed()).isEqualTo(5);
        assertThat(second.config()).isSameAs(first.config());
        assertThat(second.goals()).isSameAs(first.goals());
        assertThat(second.run()).isSameAs(first.run());
    }

    @Test
    void aTrialWithoutGoalsAfterOneWithGoalsHasNone() throws IOException {
        TrialLineParser parser = new TrialLineParser();
        parser.fast(LINE).orElseThrow();
        String noGoals = LINE.replace("\"goals\":{\"loss\":\"MINIMIZE\"},", "");
        assertThat(parser.fast(noGoals).orElseThrow().goals()).isEmpty();
        assertThat(parser.fast(noGoals).orElseThrow()).isEqualTo(TrialJson.fromLine(noGoals));
    }

    /** Lines the fast path leaves to the binding, which reads them or names what is wrong as before. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"experiment\":\"e\",\"config\":{\"a\":1},\"seed\":1,\"status\":\"SUCCESSFUL\",\"metrics\":{\"m\":\"NaN\"}}",
                "{\"experiment\":\"e\",\"config\":{\"a\":[1,2]},\"seed\":1,\"status\":\"FAILED\"}",
                "{\"experiment\":\"e\",\"config\":{\"a\":1,\"a\":2},\"seed\":1,\"status\":\"FAILED\"}",
                "{\"experiment\":\"e\",\"config\":{\"a\":1},\"seed\":1,\"seed\":2,\"status\":\"FAILED\"}",
                "{\"experiment\":\"e\",\"config\":{\"a\":null},\"seed\":1,\"status\":\"FAILED\"}",
                "{\"experiment\":\"e\",\"config\":{},\"seed\":1,\"status\":\"FAILED\",\"durationMs\":\"12\"}",
                "{\"experiment\":\"e\",\"config\":{},\"seed\":1,\"status\":\"FAILED\",\"error\":{\"type\":\"X\",\"message\":\"m\"}}",
                "{\"experiment\":\"e\",\"config\":{},\"seed\":1,\"status\":\"FAILED\",\"run\":{\"id\":\"r\",\"future\":\"x\"}}",
                "{\"experiment\":\"e\",\"config\":{},\"seed\":1,\"status\":\"FAILED\",\"configIndex\":null,\"curves\":null}",
                "{\"experiment\":\"e\",\"config\":{\"n\":123456789012345678901234567890},\"seed\":1,\"status\":\"FAILED\"}",
            })
    void everyOtherReadableLineReadsAsTheBindingReadsIt(String line) throws IOException {
        assertThat(new TrialLineParser().parse(line)).isEqualTo(TrialJson.fromLine(line));
    }

    @Test
    void anErrorObjectIsReadByTheBinding() throws IOException {
        String line = "{\"experiment\":\"e\",\"config\":{},\"seed\":1,\"status\":\"FAILED\","
                + "\"error\":{\"type\":\"X\",\"message\":\"m\",\"stackTrace\":\"s\"}}";
        assertThat(new TrialLineParser().parse(line).error()).isEqualTo(new TrialError("X", "m", "s"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"experiment\":\"e\",\"config\":{\"a\":1},\"status\":\"FAILED\"}",
                "{\"experiment\":\"e\",\"config\":{\"a\":1},\"seed\":1.5,\"status\":\"FAILED\"}",
                "{\"experiment\":\"e\",\"config\":{\"a\":1},\"seed\":1,\"status\":\"SUCCESSFUL\"}",
                "{\"experiment\":\"e\",\"config\":{\"a\":1},\"seed\":1,\"status\":\"FAILED\"",
                "[1, 2]",
                "{\"experiment\":\"e\",\"config\":{\"a\":1},\"seed\":1,\"status\":\"DONE\"}",
            })
    void aLineTheBindingRejectsIsRejectedWithTheBindingsMessage(String line) {
        String expected = messageOf(line);
        assertThatThrownBy(() -> new TrialLineParser().parse(line))
                .isInstanceOf(IOException.class)
                .hasMessage(expected);
    }

    private static String messageOf(String line) {
        try {
            TrialJson.fromLine(line);
        } catch (IOException e) {
            return e.getMessage();
        }
        throw new AssertionError("the binding read " + line);
    }
}

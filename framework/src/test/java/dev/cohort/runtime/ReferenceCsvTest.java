package dev.cohort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.TaskReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    private static Map<String, TaskReference> read(String text) throws IOException {
        return ReferenceCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "refs.csv");
    }

    @Test
    void readsRowsInFileOrderWithQuotedFieldsBlankLinesAndAByteOrderMark() throws IOException {
        Map<String, TaskReference> references = read("\uFEFFtask, low ,high\r\n"
                + "Pong,-20.7,9.3\n"
                + "\n"
                + "\"f1, shifted \"\"x\"\"\", 1e3 ,.5\n"
                + "Breakout,+1.7,30\n");

        assertThat(references)
                .containsExactly(
                        Map.entry("Pong", new TaskReference(-20.7, 9.3)),
                        Map.entry("f1, shifted \"x\"", new TaskReference(1000, 0.5)),
                        Map.entry("Breakout", new TaskReference(1.7, 30)));
    }

    @Test
    void namesTheFileAndLineOfEveryProblem() {
        assertThatThrownBy(() -> read(""))
                .hasMessage("refs.csv is empty; it needs the header task,low,high and a" + " row per task");
        assertThatThrownBy(() -> read("game,random,human\nPong,1,2\n"))
                .hasMessage("refs.csv, line 1: the header is \"game,random,human\"; it must be task,low,high");
        assertThatThrownBy(() -> read("task,low,high\n"))
                .hasMessage("refs.csv lists no task under its header task,low,high");
        assertThatThrownBy(() -> read("task,low,high\nPong,1,2,3\n"))
                .hasMessage("refs.csv, line 2: has 4 fields; a row is task,low,high, got \"Pong,1,2,3\"");
        assertThatThrownBy(() -> read("task,low,high\nPong,1\n"))
                .hasMessage("refs.csv, line 2: has 2 fields; a row is task,low,high, got \"Pong,1\"");
        assertThatThrownBy(() -> read("task,low,high\n,1,2\n")).hasMessage("refs.csv, line 2: the task is empty");
        assertThatThrownBy(() -> read("task,low,high\nPong,NaN,2\n"))
                .hasMessage("refs.csv, line 2: task Pong: low \"NaN\" is not a number");
        assertThatThrownBy(() -> read("task,low,high\nPong,1d,2\n"))
                .hasMessage("refs.csv, line 2: task Pong: low \"1d\" is not a number");
        assertThatThrownBy(() -> read("task,low,high\nPong,1,Infinity\n"))
                .hasMessage("refs.csv, line 2: task Pong: high \"Infinity\" is not a number");
        assertThatThrownBy(() -> read("task,low,high\nPong,1e999,2\n"))
                .hasMessage("refs.csv, line 2: task Pong: reference scores must be finite numbers, got low Infinity"
                        + " and high 2.0");
        assertThatThrownBy(() -> read("task,low,high\nPong,2,2.0\n"))
                .hasMessage("refs.csv, line 2: task Pong: reference scores low and high are equal (2.0), so they"
                        + " cannot normalise a score");
        assertThatThrownBy(() -> read("task,low,high\nPong,1,2\n\nPong,3,4\n"))
                .hasMessage("refs.csv, line 4: task Pong is listed again (first on line 2); list each task once");
        assertThatThrownBy(() -> read("task,low,high\n\"Pong,1,2\n"))
                .hasMessage("refs.csv, line 2: a quote is not closed");
        assertThatThrownBy(() -> read("task,low,high\n\"Pong\"x,1,2\n"))
                .hasMessage("refs.csv, line 2: text after the closing quote of \"Pong\"");
    }
}

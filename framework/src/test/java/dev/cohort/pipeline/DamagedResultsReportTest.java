package dev.cohort.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cohort.results.ReadProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-damaged results directory through the whole pipeline (issue 14): a Latin-1 byte, a byte-order
 * mark, a gzip file named {@code *.jsonl.gz} and one named {@code *.jsonl}, and lines without config, seed
 * or metrics. The report reads every good line and names every bad one; no phantom configuration (not
 * {@code {}}, not one whose name holds a replaced byte) enters the analysis.
 */
class DamagedResultsReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static String line(int lr, long seed, String algorithm) {
        return "{\"experiment\":\"org.acme.Damaged#run\",\"config\":{\"lr\":" + lr + ",\"algorithm\":\"" + algorithm
                + "\"},\"seed\":" + seed + ",\"seedIndex\":" + seed
                + ",\"status\":\"SUCCESSFUL\",\"metrics\":{\"score\":" + (lr * 10 + seed) + ".0},\"durationMs\":1.0}\n";
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void reportsEveryGoodLineAndNamesEveryBadOne() throws IOException {
        Path results = temp.resolve("results");
        Files.createDirectories(results.resolve("fork"));
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        bom.writeBytes((line(1, 1, "A") + line(2, 1, "A")).getBytes(StandardCharsets.UTF_8));
        bom.writeBytes(line(1, 2, "A").replace("\"A\"", "\"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1));
        Files.write(results.resolve("run-a.jsonl"), bom.toByteArray());
        Files.write(results.resolve("fork/run-b.jsonl.gz"), gzip(line(1, 3, "A") + line(2, 3, "A")));
        Files.write(results.resolve("run-c.jsonl"), gzip(line(1, 4, "A") + line(2, 4, "A")));
        String good = line(2, 2, "A");
        Files.writeString(
                results.resolve("run-d.jsonl"),
                good
                        + good.replace("\"config\":{\"lr\":2,\"algorithm\":\"A\"},", "")
                        + good.replace("\"seed\":2,", "")
                        + good.replace(",\"metrics\":{\"score\":22.0}", ""));
        Path reports = temp.resolve("reports");

        ReportOutcome outcome = new ReportPipeline().run(results, reports);

        assertThat(outcome.trials()).isEqualTo(7);
        assertThat(outcome.problems())
                .extracting(p -> results.relativize(p.file()) + ":" + p.line())
                .containsExactly("run-a.jsonl:3", "run-d.jsonl:2", "run-d.jsonl:3", "run-d.jsonl:4");
        assertThat(outcome.problems())
                .extracting(ReadProblem::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("not valid UTF-8").contains("in 'config', line ignored"),
                        m -> assertThat(m).contains("'config'"),
                        m -> assertThat(m).contains("'seed'"),
                        m -> assertThat(m).contains("'metrics'"));
        JsonNode groups =
                JSON.readTree(reports.resolve("summary.json").toFile()).at("/experiments/0/metrics/0/groups");
        assertThat(groups.findValues("config"))
                .extracting(JsonNode::toString)
                .containsExactlyInAnyOrder("{\"lr\":1,\"algorithm\":\"A\"}", "{\"lr\":2,\"algorithm\":\"A\"}");
        assertThat(groups.findValues("n")).extracting(JsonNode::asInt).containsExactlyInAnyOrder(3, 4);
        String page = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("run-a.jsonl:3", "run-d.jsonl:2", "run-d.jsonl:3", "run-d.jsonl:4");
    }
}

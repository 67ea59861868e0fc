package dev.cohort.results.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LenientReadingTest {

    @TempDir
    Path dir;

    private static String line(String algorithm, long seed) {
        return "{\"experiment\":\"x#y\",\"config\":{\"algorithm\":\"" + algorithm + "\"},\"seed\":" + seed
                + ",\"seedIndex\":0,\"status\":\"SUCCESSFUL\",\"metrics\":{\"score\":1.0},\"durationMs\":1.0}\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void aLatin1ByteIsReplacedTheLineReportedAndTheRestKept() throws IOException {
        Path file = dir.resolve("run.jsonl");
        String failed = "{\"experiment\":\"x#y\",\"config\":{\"algorithm\":\"A\"},\"seed\":2,\"seedIndex\":0,"
                + "\"status\":\"FAILED\",\"error\":{\"type\":\"E\",\"message\":\"caf\u00e9\"},\"durationMs\":1.0}\n";
        Files.write(
                file,
                concat(
                        utf8(line("A", 1)),
                        failed.getBytes(StandardCharsets.ISO_8859_1),
                        line("caf\u00e9", 3).getBytes(StandardCharsets.ISO_8859_1),
                        utf8(line("B", 4))));

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.trials()).extracting(TrialResult::seed).containsExactly(1L, 2L, 4L);
        assertThat(loaded.trials().get(1).error().message()).isEqualTo("caf\uFFFD");
        assertThat(loaded.problems()).extracting(ReadProblem::file).containsOnly(file);
        assertThat(loaded.problems()).extracting(ReadProblem::line).containsExactly(2, 3);
        assertThat(loaded.problems())
                .extracting(ReadProblem::message)
                .containsExactly(
                        JsonLinesResultReader.INVALID_BYTES + ", line kept",
                        JsonLinesResultReader.INVALID_BYTES
                                + " in 'config', line ignored (it would be read as another configuration)");
    }

    @Test
    void aLineCutInsideAMultiByteCharacterIsReportedAsTornAndEarlierLinesKept() throws IOException {
        Path file = dir.resolve("run.jsonl");
        byte[] second = utf8(line("\u00fcber", 2));
        int firstByteOfU = utf8("{\"experiment\":\"x#y\",\"config\":{\"algorithm\":\"").length;
        byte[] cut = Arrays.copyOf(second, firstByteOfU + 1); // a full disk cut inside the two bytes of ü
        Files.write(file, concat(utf8(line("A", 1)), cut));

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.trials()).extracting(TrialResult::seed).containsExactly(1L);
        assertThat(loaded.problems()).extracting(ReadProblem::line).containsExactly(2, 2);
        assertThat(loaded.problems())
                .extracting(ReadProblem::message)
                .containsExactly(
                        JsonLinesResultReader.INVALID_BYTES,
                        loaded.problems().get(1).message());
        assertThat(loaded.problems().get(1).message()).startsWith(JsonLinesResultReader.TORN_LINE);
    }

    @Test
    void linesLongerThanTheReadBufferAndMultiByteCharactersAcrossItsEdgeAreReadWhole() throws IOException {
        String longName = "\u00fc".repeat(100_000); // 200,000 bytes, several read buffers
        StringBuilder text = new StringBuilder(line(longName, 1));
        for (int seed = 2; seed <= 5_000; seed++) {
            text.append(line("\u20ac" + seed, seed)); // 3-byte characters land on every buffer edge
        }
        Files.writeString(dir.resolve("run.jsonl"), text);
        Files.write(dir.resolve("run.jsonl.gz"), gzip(utf8(text.toString().replace("x#y", "x#z"))));

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.trials()).hasSize(10_000);
        assertThat(loaded.trials().get(0).config()).containsEntry("algorithm", longName);
        assertThat(loaded.trials().get(4_999).config()).containsEntry("algorithm", "\u20ac5000");
        assertThat(loaded.trials().get(5_000).config()).containsEntry("algorithm", longName);
    }

    @Test
    void aByteOrderMarkDoesNotCostTheFirstTrial() throws IOException {
        Files.write(
                dir.resolve("run.jsonl"),
                concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8(line("A", 1))));

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.trials()).extracting(TrialResult::seed).containsExactly(1L);
    }

    @Test
    void windowsLineBreaksAreRead() throws IOException {
        Files.writeString(dir.resolve("run.jsonl"), line("A", 1).replace("\n", "\r\n") + line("B", 2));

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.trials()).extracting(TrialResult::seed).containsExactly(1L, 2L);
    }

    @Test
    void gzipFilesAreReadWhetherNamedJsonlGzOrJsonl() throws IOException {
        Files.write(dir.resolve("a.jsonl.gz"), gzip(utf8(line("A", 1) + line("A", 2))));
        Files.write(dir.resolve("b.jsonl"), gzip(utf8(line("B", 3))));

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.trials()).extracting(TrialResult::seed).containsExactly(1L, 2L, 3L);
        assertThat(JsonLinesResultReader.files(dir))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("a.jsonl.gz", "b.jsonl");
    }

    @Test
    void aGzipFileCutShortKeepsItsWholeLinesAndSaysTheRestIsLost() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int seed = 0; seed < 200; seed++) {
            text.append(line("A" + seed * 7919, seed));
        }
        byte[] whole = gzip(utf8(text.toString()));
        Path file = dir.resolve("run.jsonl.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length * 2 / 3));

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.trials()).isNotEmpty().hasSizeLessThan(200);
        assertThat(loaded.trials()).extracting(TrialResult::seed).startsWith(0L, 1L, 2L);
        assertThat(loaded.problems()).last().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.message()).startsWith(JsonLinesResultReader.DAMAGED_GZIP);
        });
    }

    @Test
    void linesMissingARequiredFieldAreSkippedNamingTheField() throws IOException {
        Path file = dir.resolve("run.jsonl");
        String good = line("A", 1);
        Files.writeString(
                file,
                good
                        + good.replace("\"config\":{\"algorithm\":\"A\"},", "")
                        + good.replace("\"seed\":1,", "")
                        + good.replace(",\"metrics\":{\"score\":1.0}", "")
                        + good.replace("\"experiment\":\"x#y\",", "")
                        + good.replace(",\"status\":\"SUCCESSFUL\"", "")
                        + good.replace("\"seed\":1", "\"seed\":\"one\"")
                        + good.replace("\"status\":\"SUCCESSFUL\",\"metrics\":{\"score\":1.0}", "\"status\":\"FAILED\"")
                        + "[1,2]\n");

        LoadedResults loaded = JsonLinesResultReader.read(dir);

        assertThat(loaded.trials())
                .extracting(TrialResult::status)
                .extracting(Enum::name)
                .containsExactly("SUCCESSFUL", "FAILED");
        assertThat(loaded.problems()).extracting(ReadProblem::file).containsOnly(file);
        assertThat(loaded.problems()).extracting(ReadProblem::line).containsExactly(2, 3, 4, 5, 6, 7, 9);
        assertThat(loaded.problems())
                .extracting(ReadProblem::message)
                .satisfiesExactly(
                        m -> assertThat(m).contains("missing required field 'config'"),
                        m -> assertThat(m).contains("missing required field 'seed'"),
                        m -> assertThat(m)
                                .contains("missing required field 'metrics'")
                                .contains("SUCCESSFUL"),
                        m -> assertThat(m).contains("missing required field 'experiment'"),
                        m -> assertThat(m).contains("missing required field 'status'"),
                        m -> assertThat(m).contains("field 'seed' must be an integer but is string"),
                        m -> assertThat(m).contains("not a JSON object but array"));
    }
}

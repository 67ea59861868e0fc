package dev.cohort.results.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curve files with hostile names and damaged bytes: written safely, read leniently. */
class CurveFileTest {

    @TempDir
    Path dir;

    private static List<String> points(Path file, List<String> skipped) throws IOException {
        List<String> points = new ArrayList<>();
        CurveFileReader.read(
                file,
                (metric, step, value) -> points.add(metric + "|" + step + "|" + value),
                (line, reason) -> skipped.add(line + ": " + reason));
        return points;
    }

    @Test
    void namesWithLoneSurrogatesAndControlCharactersAreWrittenAsReplacementsAndReadBack() throws IOException {
        Path file = dir.resolve("c.csv");
        try (CurveFileWriter writer = CurveFileWriter.create(file)) {
            writer.write("lone\uD800high", 0, 1.0);
            writer.write("lone\uDC00low", 0, 2.0);
            writer.write("nul\u0000bell\u0007del\u007f", 0, 3.0);
            writer.write("tab\tline\nbreak\rreturn", 0, 4.0);
            writer.write("emoji \uD83D\uDE00, \"quoted\"", 0, 5.0);
        }
        List<String> skipped = new ArrayList<>();

        assertThat(points(file, skipped))
                .containsExactly(
                        "lone\uFFFDhigh|0|1.0",
                        "lone\uFFFDlow|0|2.0",
                        "nul\uFFFDbell\uFFFDdel\uFFFD|0|3.0",
                        "tab line break return|0|4.0",
                        "emoji \uD83D\uDE00, \"quoted\"|0|5.0");
        assertThat(skipped).isEmpty();
        assertThat(CurveFileWriter.storedName("lone\uD800high")).isEqualTo("lone\uFFFDhigh");
        assertThat(CurveFileWriter.storedName("plain")).isSameAs("plain");
    }

    @Test
    void aBomIsSkippedAndALineWithInvalidBytesOrMalformedIsReportedAndSkippedTheRestKept() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        bytes.writeBytes("metric,step,value\r\nloss,0,1.0\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'l', 'o', (byte) 0xe9, 's', ',', '1', ',', '2', '.', '0', '\n'});
        bytes.writeBytes("loss,2,\nloss,3,4.0\nloss,4,5".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("hand-made.csv"), bytes.toByteArray());
        List<String> skipped = new ArrayList<>();

        assertThat(points(file, skipped)).containsExactly("loss|0|1.0", "loss|3|4.0", "loss|4|5.0");
        assertThat(skipped)
                .containsExactly(
                        "3: bytes that are not valid UTF-8, replaced with U+FFFD, curve point skipped",
                        "4: malformed curve point skipped");
    }

    @Test
    void valuesReadAsDoubleParseDoubleReadsThemAndTheMetricOfTheLineBeforeIsNotCarriedOver() throws IOException {
        List<String> values = List.of(
                "1.5",
                "-0.0",
                "4.9E-324",
                "2.2250738585072012e-308",
                "1.7976931348623157E308",
                "1e400",
                "0.1000000000000000055511151231257827",
                "9007199254740993",
                "NaN",
                "-Infinity",
                "+3",
                " 2.5 ",
                "1d",
                "0x1p3",
                "",
                "1.2.3",
                "e5",
                "Infinityx");
        StringBuilder file = new StringBuilder("metric,step,value\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String metric = i % 3 == 2 ? "\"loss,x\"" : "loss";
            file.append(metric)
                    .append(',')
                    .append(i)
                    .append(',')
                    .append(values.get(i))
                    .append('\n');
            try {
                expected.add((i % 3 == 2 ? "loss,x" : "loss") + "|" + i + "|" + Double.parseDouble(values.get(i)));
            } catch (NumberFormatException e) {
                // skipped as malformed
            }
        }
        file.append("lossy,99,1.0\nloss,-7,2.0\nloss,+8,3.0\nloss,9223372036854775808,4.0\n");
        expected.addAll(List.of("lossy|99|1.0", "loss|-7|2.0", "loss|8|3.0"));
        List<String> skipped = new ArrayList<>();

        assertThat(points(Files.writeString(dir.resolve("edges.csv"), file), skipped))
                .containsExactlyElementsOf(expected);
        assertThat(skipped).hasSize(values.size() + 4 - expected.size());
    }

    @Test
    void aCompressedFileAndLinesAcrossChunksReadAsThePlainBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        bytes.writeBytes("metric,step,value\r\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20_000; i++) {
            String metric = i % 1_000 == 7 ? "\u00e9t\u00e9" : i % 3 == 0 ? "loss" : "\"acc,top1\"";
            bytes.writeBytes((metric + "," + i + "," + (i * 0.1) + (i % 2 == 0 ? "\n" : "\r\n"))
                    .getBytes(StandardCharsets.UTF_8));
            if (i == 12_345) {
                bytes.writeBytes(("loss,1," + "9".repeat(200_000) + "\n").getBytes(StandardCharsets.UTF_8));
                bytes.writeBytes(new byte[] {'l', (byte) 0xff, ',', '1', ',', '2', '\n', '\n', ',', '\n'});
            }
        }
        bytes.writeBytes("loss,20000,1.0".getBytes(StandardCharsets.UTF_8));
        Path plain = Files.write(dir.resolve("plain.csv"), bytes.toByteArray());
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(bytes.toByteArray());
        }
        Path compressed = Files.write(dir.resolve("compressed.csv"), zipped.toByteArray());
        List<String> plainSkipped = new ArrayList<>();
        List<String> compressedSkipped = new ArrayList<>();

        List<String> points = points(plain, plainSkipped);

        assertThat(points).hasSize(20_002).contains("\u00e9t\u00e9|7|0.7000000000000001", "acc,top1|20|2.0");
        assertThat(points.get(12_346)).isEqualTo("loss|1|Infinity");
        assertThat(plainSkipped)
                .containsExactly(
                        "12349: bytes that are not valid UTF-8, replaced with U+FFFD, curve point skipped",
                        "12351: malformed curve point skipped");
        assertThat(points(compressed, compressedSkipped)).containsExactlyElementsOf(points);
        assertThat(compressedSkipped).containsExactlyElementsOf(plainSkipped);
    }

    @Test
    void aFileWithoutHeaderKeepsItsFirstPoint() throws IOException {
        Path file = Files.writeString(dir.resolve("no-header.csv"), "loss,0,1.5\n");

        assertThat(points(file, new ArrayList<>())).containsExactly("loss|0|1.5");
    }
}

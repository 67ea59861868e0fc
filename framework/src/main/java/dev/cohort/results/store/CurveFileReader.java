package dev.cohort.results.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams the points of a curve file written by {@link CurveFileWriter}, without holding the file in
 * memory. Decoding is lenient, as for results files ({@link ResultLines}): a byte-order mark is skipped
 * and bytes that are not valid UTF-8 are replaced; such a line is reported and skipped (its metric name
 * would name another curve), as is a malformed or truncated line (a killed run). The rest of the file is
 * kept: reading never fails on content. A plain file is split and parsed as bytes ({@link
 * CurvePointParser}), a compressed one decoded line by line by {@link ResultLines}; both give the same
 * points and the same skipped lines.
 */
public final class CurveFileReader {

    /** The reason given for a line that is not a curve point. */
    public static final String MALFORMED = "malformed curve point skipped";

    /** The reason given for a line holding bytes that are not valid UTF-8. */
    public static final String INVALID_BYTES = JsonLinesResultReader.INVALID_BYTES + ", curve point skipped";

    /** Receives the points of a curve file, in file order. */
    @FunctionalInterface
    public interface PointConsumer {
        /** Receives one point. */
        void accept(String metric, long step, double value);
    }

    /** Receives the lines of a curve file that were skipped. */
    @FunctionalInterface
    public interface SkippedLine {
        /**
         * Receives one skipped line.
         *
         * @param line the line number, from 1
         * @param reason why it was skipped: {@link #MALFORMED}, {@link #INVALID_BYTES} or damaged gzip data
         */
        void accept(int line, String reason);
    }

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int CHUNK = 1 << 16;

    private CurveFileReader() {}

    /**
     * Passes every point of {@code file} to {@code consumer}.
     *
     * @return the number of lines skipped
     * @throws IOException when the file cannot be read
     */
    public static int read(Path file, PointConsumer consumer) throws IOException {
        return read(file, consumer, (line, reason) -> {});
    }

    /**
     * Passes every point of {@code file} to {@code consumer} and every line skipped to {@code skipped}.
     * Reads line by line: memory does not grow with the file.
     *
     * @return the number of lines skipped
     * @throws IOException when the file cannot be read
     */
    public static int read(Path file, PointConsumer consumer, SkippedLine skipped) throws IOException {
        CurvePointParser parser = new CurvePointParser(consumer);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            if (!(head.length == 2 && (head[0] & 0xff) == GZIP_MAGIC_1 && (head[1] & 0xff) == GZIP_MAGIC_2)) {
                return new PlainLines(head, in, parser, skipped).read();
            }
        }
        return readDecoded(file, parser, skipped);
    }

    /** Reads a compressed file line by line, decoded by {@link ResultLines}. */
    private static int readDecoded(Path file, CurvePointParser parser, SkippedLine skipped) throws IOException {
        int count = 0;
        try (ResultLines lines = ResultLines.open(file)) {
            int last = 0;
            for (ResultLines.Line line = lines.next(); line != null; line = lines.next()) {
                last = line.number();
                if (line.text().isEmpty() || (last == 1 && line.text().equals(CurveFileWriter.HEADER))) {
                    continue;
                }
                String reason = line.replaced() ? INVALID_BYTES : parser.parse(line.text()) ? null : MALFORMED;
                if (reason != null) {
                    skipped.accept(last, reason);
                    count++;
                }
            }
            if (lines.damage() != null) {
                skipped.accept(last + 1, JsonLinesResultReader.DAMAGED_GZIP + ": " + lines.damage());
                count++;
            }
        }
        return count;
    }

    /**
     * The lines of a plain file, split and parsed as bytes, as {@link ResultLines} splits and decodes
     * them: a line ends at a line feed (a carriage return before it dropped), a last line without one
     * counts, the first line's byte-order mark is skipped, and a line with bytes beyond ASCII is decoded
     * as UTF-8, or skipped when they are not valid UTF-8. Memory holds a chunk and the longest line, not
     * the file.
     */
    private static final class PlainLines {

        private static final byte[] HEADER = CurveFileWriter.HEADER.getBytes(StandardCharsets.US_ASCII);

        private final InputStream in;
        private final CurvePointParser parser;
        private final SkippedLine skipped;
        private final CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] buffer = new byte[CHUNK];
        private int start;
        private int end;
        private boolean ended;
        private int number;
        private int count;

        PlainLines(byte[] head, InputStream in, CurvePointParser parser, SkippedLine skipped) {
            this.in = in;
            this.parser = parser;
            this.skipped = skipped;
            System.arraycopy(head, 0, buffer, 0, head.length);
            end = head.length;
        }

        int read() throws IOException {
            int scanned = start;
            while (true) {
                int lineFeed = scanned;
                while (lineFeed < end && buffer[lineFeed] != '\n') {
                    lineFeed++;
                }
                if (lineFeed < end) {
                    line(start, lineFeed);
                    start = lineFeed + 1;
                    scanned = start;
                } else if (ended) {
                    if (end > start) {
                        line(start, end);
                    }
                    return count;
                } else {
                    scanned = end - start;
                    refill();
                }
            }
        }

        /** Moves the unfinished line to the front, growing the buffer if it fills it, and reads on. */
        private void refill() throws IOException {
            int kept = end - start;
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, kept);
            } else if (kept == buffer.length) {
                buffer = Arrays.copyOf(buffer, 2 * buffer.length);
            }
            start = 0;
            end = kept;
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                ended = true;
            } else {
                end += read;
            }
        }

        private void line(int from, int to) {
            number++;
            if (to > from && buffer[to - 1] == '\r') {
                to--;
            }
            if (number == 1 && ResultLines.startsWithBom(buffer, from, to)) {
                from += ResultLines.BOM_LENGTH;
            }
            if (to == from || (number == 1 && Arrays.equals(buffer, from, to, HEADER, 0, HEADER.length))) {
                return;
            }
            String reason;
            if (ascii(from, to)) {
                reason = parser.parse(buffer, from, to) ? null : MALFORMED;
            } else {
                reason = parseDecoded(from, to);
            }
            if (reason != null) {
                skipped.accept(number, reason);
                count++;
            }
        }

        private boolean ascii(int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] < 0) {
                    return false;
                }
            }
            return true;
        }

        /** A line with bytes beyond ASCII: decoded strictly, skipped when they are not UTF-8. */
        private String parseDecoded(int from, int to) {
            String text;
            try {
                text = strict.reset()
                        .decode(ByteBuffer.wrap(buffer, from, to - from))
                        .toString();
            } catch (CharacterCodingException e) {
                return INVALID_BYTES;
            }
            return parser.parse(text) ? null : MALFORMED;
        }
    }
}

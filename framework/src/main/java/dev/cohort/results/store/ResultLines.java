package dev.cohort.results.store;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The lines of one results file, decoded leniently: plain or gzip-compressed (by the {@code .gz} name or
 * by the gzip magic bytes, so a compressed file named {@code *.jsonl} reads too), a leading UTF-8
 * byte-order mark skipped, and bytes that are not valid UTF-8 replaced with U+FFFD, the line then
 * flagged as {@link Line#replaced()} so the reader can report it. Not thread-safe.
 */
final class ResultLines implements AutoCloseable {

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;
    private static final int CHUNK = 1 << 16;

    /**
     * One line.
     *
     * @param text the decoded line, without its line break (nor a carriage return before it)
     * @param number the line number, from 1
     * @param replaced whether invalid bytes were replaced with U+FFFD
     * @param terminated whether the line ended with a line break (false only for a last line)
     */
    record Line(String text, int number, boolean replaced, boolean terminated) {}

    /** The length of UTF-8's byte-order mark. */
    static final int BOM_LENGTH = 3;

    private final InputStream in;
    private final LineDecoder decoder = new LineDecoder();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
    private final byte[] chunk = new byte[CHUNK];
    private int pos;
    private int limit;
    private boolean ended;
    private int number;
    private String damage;

    private ResultLines(InputStream in) {
        this.in = in;
    }

    /** Opens {@code file}, decompressing it when it is gzip. */
    static ResultLines open(Path file) throws IOException {
        return new ResultLines(input(file));
    }

    /** The bytes of {@code file}, decompressed when it is gzip (by its magic bytes, whatever its name). */
    static InputStream input(Path file) throws IOException {
        PushbackInputStream raw = new PushbackInputStream(Files.newInputStream(file), 2);
        try {
            byte[] head = raw.readNBytes(2);
            raw.unread(head);
            boolean gzip = head.length == 2 && (head[0] & 0xff) == GZIP_MAGIC_1 && (head[1] & 0xff) == GZIP_MAGIC_2;
            return gzip ? new GZIPInputStream(raw, CHUNK) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** The next line, or {@code null} at the end of the file. */
    Line next() throws IOException {
        buffer.reset();
        boolean terminated = false;
        byte[] bytes = null;
        int from = 0;
        int to = 0;
        while (!terminated && fill()) {
            int end = pos;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            terminated = end < limit;
            if (terminated && buffer.size() == 0) {
                // the common case: the whole line lies in the chunk and is decoded from there, not copied
                bytes = chunk;
                from = pos;
                to = end;
            } else {
                buffer.write(chunk, pos, end - pos);
            }
            pos = terminated ? end + 1 : end;
        }
        if (bytes == null) {
            if (!terminated && buffer.size() == 0) {
                return null;
            }
            bytes = buffer.toByteArray();
            to = bytes.length;
        }
        number++;
        if (to > from && bytes[to - 1] == '\r') {
            to--;
        }
        if (number == 1 && startsWithBom(bytes, from, to)) {
            from += BOM_LENGTH;
        }
        if (isAscii(bytes, from, to)) {
            return new Line(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1), number, false, terminated);
        }
        LineDecoder.Decoded decoded = decoder.decode(bytes, from, to);
        return new Line(decoded.text(), number, decoded.replaced(), terminated);
    }

    private static boolean isAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether bytes are waiting in the chunk, reading the next chunk when it is used up. */
    private boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (ended) {
            return false;
        }
        try {
            int read = in.read(chunk);
            pos = 0;
            limit = Math.max(read, 0);
            ended = read < 0;
        } catch (EOFException | ZipException e) {
            damage = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            pos = 0;
            limit = 0;
            ended = true;
        }
        return limit > 0;
    }

    /** How many lines {@link #next()} returned so far. */
    int lines() {
        return number;
    }

    /**
     * Why the compressed data ended before its end (a gzip file cut short or corrupt), or {@code null};
     * known once {@link #next()} returned {@code null} or an unterminated line.
     */
    String damage() {
        return damage;
    }

    /** Whether {@code bytes[from, to)} starts with UTF-8's byte-order mark. */
    static boolean startsWithBom(byte[] bytes, int from, int to) {
        return to - from >= BOM_LENGTH
                && (bytes[from] & 0xff) == 0xef
                && (bytes[from + 1] & 0xff) == 0xbb
                && (bytes[from + 2] & 0xff) == 0xbf;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

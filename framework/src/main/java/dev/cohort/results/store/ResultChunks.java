package dev.cohort.results.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.zip.ZipException;

/**
 * The bytes of one results file in chunks of whole lines, so that each chunk can be parsed on its own
 * thread: plain or gzip-compressed (as {@link ResultLines#input}), a leading UTF-8 byte-order mark
 * skipped. A chunk ends at a line break, except the last, which ends the file. The bytes are not
 * decoded here. Not thread-safe.
 */
final class ResultChunks implements AutoCloseable {

    /**
     * Bytes per chunk: many lines, so handing one to a thread costs nothing, and under half a heap
     * region of the smallest heaps, so a chunk is an ordinary allocation.
     */
    static final int SIZE = 1 << 18;

    /**
     * Whole lines of the file.
     *
     * @param bytes the chunk's own array (written again only once it is given back to its {@link Buffers})
     * @param from where the lines start in {@code bytes}
     * @param to where they end
     * @param last whether the file ends with this chunk
     * @param damage on the last chunk, why the compressed data ended early, or {@code null}
     */
    record Chunk(byte[] bytes, int from, int to, boolean last, String damage) {}

    /**
     * Arrays of chunks whose lines have been taken, for the next chunks: a chunk of fresh memory is
     * zeroed and faulted in, a reused one is not. Only arrays of {@link #SIZE} are kept. Not thread-safe.
     */
    static final class Buffers {
        private static final int KEPT = 16;
        private final Deque<byte[]> spare = new ArrayDeque<>();

        /** An array of at least {@code length} bytes, a spare one when it fits. */
        byte[] take(int length) {
            return length == SIZE && !spare.isEmpty() ? spare.pop() : new byte[length];
        }

        /** Gives back {@code bytes}, which nothing reads any more. */
        void give(byte[] bytes) {
            if (bytes.length == SIZE && spare.size() < KEPT) {
                spare.push(bytes);
            }
        }
    }

    private final InputStream in;
    private final Buffers buffers;
    private byte[] carried = new byte[0];
    private int carriedLength;
    private boolean first = true;
    private boolean ended;
    private boolean done;
    private String damage;

    private ResultChunks(InputStream in, Buffers buffers) {
        this.in = in;
        this.buffers = buffers;
    }

    /** Opens {@code file}, decompressing it when it is gzip; its chunks' arrays come from {@code buffers}. */
    static ResultChunks open(Path file, Buffers buffers) throws IOException {
        return new ResultChunks(ResultLines.input(file), buffers);
    }

    /** The next chunk, or {@code null} after the last. */
    Chunk next() throws IOException {
        if (done) {
            return null;
        }
        byte[] bytes = buffers.take(Math.max(SIZE, 2 * carriedLength));
        System.arraycopy(carried, 0, bytes, 0, carriedLength);
        int length = carriedLength;
        int searched = length;
        while (true) {
            length = fill(bytes, length);
            int lineEnd = lastLineBreak(bytes, searched, length);
            if (ended || lineEnd >= 0) {
                int to = ended ? length : lineEnd + 1;
                carriedLength = length - to;
                carried = carriedLength == 0 ? carried : Arrays.copyOfRange(bytes, to, length);
                done = ended && carriedLength == 0;
                int from = first && ResultLines.startsWithBom(bytes, 0, to) ? ResultLines.BOM_LENGTH : 0;
                first = false;
                return new Chunk(bytes, from, to, done, done ? damage : null);
            }
            // one line longer than the chunk: read on into a larger one
            searched = length;
            bytes = Arrays.copyOf(bytes, 2 * bytes.length);
        }
    }

    /** Reads into {@code bytes} from {@code length} until it is full or the data end; the new length. */
    private int fill(byte[] bytes, int length) throws IOException {
        while (!ended && length < bytes.length) {
            try {
                int read = in.read(bytes, length, bytes.length - length);
                if (read < 0) {
                    ended = true;
                } else {
                    length += read;
                }
            } catch (EOFException | ZipException e) {
                damage = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                ended = true;
            }
        }
        return length;
    }

    private static int lastLineBreak(byte[] bytes, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package dev.cohort.results.store;

import com.fasterxml.jackson.core.JsonParser;
import dev.cohort.results.Interner;
import dev.cohort.results.TrialResult;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lines of results files parsed into trials on every core, handed back in file and line order.
 * The calling thread reads each file in chunks of whole lines ({@link ResultChunks}: decompression,
 * byte-order mark); the chunks are split into lines, decoded leniently (invalid bytes replaced and the
 * line flagged) and parsed ({@link TrialLineParser}) on a pool of one thread per core, a few chunks
 * ahead of the caller, so memory holds a few chunks, not the files, and one large file is parsed on
 * every core. The parsers share one {@link Interner}, so the trials of a configuration share its maps.
 */
final class ParsedLines implements AutoCloseable {

    /**
     * One non-blank line with what it holds: the trial, or why it is none.
     *
     * @param number the line's number in its chunk, from 1 (see {@link Batch#number})
     * @param trial the trial it holds, or {@code null}
     * @param failure why it holds none, or {@code null}
     * @param replaced whether bytes that are not UTF-8 were replaced with U+FFFD
     * @param terminated whether the line ended with a line break (false only for a file's last line)
     */
    record Parsed(int number, TrialResult trial, IOException failure, boolean replaced, boolean terminated) {}

    /**
     * Consecutive lines of one file.
     *
     * @param file the file
     * @param before how many lines of the file precede the batch
     * @param lines its non-blank lines, parsed, in order
     * @param lastLine the number of the file's last line, when the batch ends the file, else of the
     *     batch's last line
     * @param damage why the file's compressed data ended early, on the batch that ends the file; else
     *     {@code null}
     */
    record Batch(Path file, int before, List<Parsed> lines, int lastLine, String damage) {

        /** The number of a line of the batch in its file, from 1. */
        int number(Parsed line) {
            return before + line.number();
        }
    }

    /**
     * The lines of one chunk, parsed.
     *
     * @param parsed the non-blank lines
     * @param count how many lines the chunk holds, blank ones too
     */
    private record ChunkLines(List<Parsed> parsed, int count) {}

    /** A chunk handed to the pool, with what its batch needs to know of its file. */
    private record Pending(Path file, byte[] bytes, boolean last, String damage, Future<ChunkLines> lines) {}

    private final Iterator<Path> files;
    private final ExecutorService pool;
    private final int ahead;
    private final Deque<Pending> inFlight = new ArrayDeque<>();
    private final ThreadLocal<LineReader> readers;
    private final ResultChunks.Buffers buffers = new ResultChunks.Buffers();
    /** The array of the chunk whose batch {@link #next} returned last, given back at the next call. */
    private byte[] handedOut;

    private Path file;
    private ResultChunks open;
    private int before;

    ParsedLines(List<Path> files, Interner interner) {
        this.files = files.iterator();
        int threads = Runtime.getRuntime().availableProcessors();
        this.pool = threads > 1 && !files.isEmpty() ? Executors.newFixedThreadPool(threads, new Daemons()) : null;
        this.ahead = 2 * threads;
        this.readers = ThreadLocal.withInitial(() -> new LineReader(new TrialLineParser(interner)));
    }

    /**
     * The next batch, or {@code null} after the last file. The chunk of the batch before is reused from
     * here on, so the messages of its lines' failures (which can quote it) are to be read before.
     *
     * @throws IOException naming the file when it cannot be read
     */
    Batch next() throws IOException {
        if (handedOut != null) {
            buffers.give(handedOut);
            handedOut = null;
        }
        while (inFlight.size() < ahead) {
            ResultChunks.Chunk chunk = read();
            if (chunk == null) {
                break;
            }
            Future<ChunkLines> lines =
                    pool == null ? CompletableFuture.completedFuture(parse(chunk)) : pool.submit(() -> parse(chunk));
            inFlight.add(new Pending(file, chunk.bytes(), chunk.last(), chunk.damage(), lines));
        }
        Pending head = inFlight.poll();
        if (head == null) {
            return null;
        }
        ChunkLines lines = lines(head);
        // the parsed lines hold none of the chunk's bytes: once the caller has taken them, they can go
        handedOut = head.bytes();
        int first = before;
        before = head.last() ? 0 : first + lines.count();
        List<Parsed> parsed = lines.parsed();
        int lastLine = head.last() || parsed.isEmpty()
                ? first + lines.count()
                : first + parsed.get(parsed.size() - 1).number();
        return new Batch(head.file(), first, parsed, lastLine, head.damage());
    }

    private ChunkLines lines(Pending pending) throws IOException {
        try {
            return pending.lines().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + pending.file());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("parsing result lines of " + pending.file() + " failed", e.getCause());
        }
    }

    /** The next chunk of the current file (opening the next when it is done), or {@code null} after the last file. */
    private ResultChunks.Chunk read() throws IOException {
        while (open == null) {
            if (!files.hasNext()) {
                return null;
            }
            file = files.next();
            try {
                open = ResultChunks.open(file, buffers);
            } catch (IOException e) {
                throw cannotRead(e);
            }
        }
        try {
            ResultChunks.Chunk chunk = open.next();
            if (chunk.last()) {
                open.close();
                open = null;
            }
            return chunk;
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private IOException cannotRead(IOException e) {
        return new IOException("Cannot read the results file " + file + ": " + e.getMessage(), e);
    }

    private ChunkLines parse(ResultChunks.Chunk chunk) {
        return readers.get().read(chunk);
    }

    /** Splits a chunk into lines, decodes and parses them: one per thread. */
    private static final class LineReader {
        private final TrialLineParser parser;
        private static final VarHandle WORDS =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long ONES = 0x0101010101010101L;
        private static final long NEWLINES = ONES * '\n';
        private static final long HIGH_BITS = ONES << 7;

        private final LineDecoder decoder = new LineDecoder();
        private boolean ascii;
        private JsonParser lines;
        private int origin;

        LineReader(TrialLineParser parser) {
            this.parser = parser;
        }

        ChunkLines read(ResultChunks.Chunk chunk) {
            byte[] bytes = chunk.bytes();
            int end = chunk.to();
            List<Parsed> parsed = new ArrayList<>(1 + (end - chunk.from()) / 128);
            int number = 0;
            int pos = chunk.from();
            while (pos < end) {
                int stop = lineEnd(bytes, pos, end);
                boolean terminated = stop < end;
                number++;
                int to = stop > pos && bytes[stop - 1] == '\r' ? stop - 1 : stop;
                Parsed line = ascii
                        ? ascii(bytes, pos, to, end, number, terminated)
                        : decoded(bytes, pos, to, number, terminated);
                if (line != null) {
                    parsed.add(line);
                }
                pos = terminated ? stop + 1 : stop;
            }
            closeLines();
            return new ChunkLines(parsed, number);
        }

        /**
         * Where the line starting at {@code from} ends: at its line break, or at {@code end}; sets {@link
         * #ascii} to whether its bytes are all ASCII. Reads eight bytes at a time.
         */
        private int lineEnd(byte[] bytes, int from, int end) {
            long high = 0;
            int i = from;
            for (; i + Long.BYTES <= end; i += Long.BYTES) {
                long word = (long) WORDS.get(bytes, i);
                long x = word ^ NEWLINES;
                long breaks = (x - ONES) & ~x & HIGH_BITS;
                if (breaks != 0) {
                    int at = Long.numberOfTrailingZeros(breaks) >>> 3;
                    ascii = ((high | word & ((1L << (at * Byte.SIZE)) - 1)) & HIGH_BITS) == 0;
                    return i + at;
                }
                high |= word;
            }
            ascii = (high & HIGH_BITS) == 0;
            for (; i < end && bytes[i] != '\n'; i++) {
                ascii &= bytes[i] >= 0;
            }
            return i;
        }

        /**
         * An ASCII line, parsed from its bytes; {@code null} when blank. The common line is read by the
         * parser of the lines before it ({@link #lines}); any other is read alone, and the next line
         * starts a new parser.
         */
        private Parsed ascii(byte[] bytes, int from, int to, int end, int number, boolean terminated) {
            if (isBlank(bytes, from, to)) {
                return null;
            }
            try {
                if (lines == null) {
                    lines = parser.lines(bytes, from, end);
                    origin = from;
                }
                TrialResult trial = parser.next(lines, bytes, origin, from, to);
                if (trial != null) {
                    return new Parsed(number, trial, null, false, terminated);
                }
            } catch (IOException e) {
                // the line is read alone below, which names what is wrong with it
            }
            closeLines();
            return parse(bytes, from, to, number, false, terminated);
        }

        private void closeLines() {
            if (lines != null) {
                try {
                    lines.close();
                } catch (IOException e) {
                    // a parser of bytes in memory has nothing to release
                }
                lines = null;
            }
        }

        /** A line with bytes beyond ASCII, decoded leniently, then parsed; {@code null} when blank. */
        private Parsed decoded(byte[] bytes, int from, int to, int number, boolean terminated) {
            closeLines();
            LineDecoder.Decoded decoded = decoder.decode(bytes, from, to);
            if (decoded.text().isBlank()) {
                return null;
            }
            if (!decoded.replaced()) {
                return parse(bytes, from, to, number, false, terminated);
            }
            byte[] replaced = decoded.text().getBytes(StandardCharsets.UTF_8);
            return parse(replaced, 0, replaced.length, number, true, terminated);
        }

        private Parsed parse(byte[] bytes, int from, int to, int number, boolean replaced, boolean terminated) {
            try {
                return new Parsed(number, parser.parse(bytes, from, to), null, replaced, terminated);
            } catch (IOException e) {
                return new Parsed(number, null, e, replaced, terminated);
            }
        }

        /** Whether every byte is white space, as {@link String#isBlank()} tells of the decoded line. */
        private static boolean isBlank(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(bytes[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        readers.remove();
        if (pool != null) {
            pool.shutdownNow();
        }
        if (open != null) {
            open.close();
        }
    }

    /** The pool's threads: daemons, so an abandoned read cannot keep the JVM alive. */
    private static final class Daemons implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "cohort-results-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}

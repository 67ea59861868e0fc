package dev.cohort.results.store;

import dev.cohort.results.TrialResult;
import java.io.IOException;
import java.io.InterruptedIOException;
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
 * One thread reads the files' lines ({@link ResultLines}: decompression, byte-order mark, invalid bytes)
 * in batches; the batches are parsed ({@link TrialLineParser}) on a pool of one thread per core, a few
 * batches ahead of the caller, so memory holds a few batches, not the files. Batches span files, so a
 * directory of many small files (shards) is parsed in parallel too.
 */
final class ParsedLines implements AutoCloseable {

    /** Lines per batch: large enough that handing a batch over costs nothing, small enough to keep few. */
    static final int BATCH = 2048;

    /**
     * One non-blank line with what it holds: the trial, or why it is none.
     *
     * @param line the line
     * @param trial the trial it holds, or {@code null}
     * @param failure why it holds none, or {@code null}
     */
    record Parsed(ResultLines.Line line, TrialResult trial, IOException failure) {}

    /**
     * Consecutive lines of one file.
     *
     * @param file the file
     * @param lines its non-blank lines, parsed, in order
     * @param lastLine the number of the file's last line, when the batch ends the file, else of its last
     *     line in the batch
     * @param damage why the file's compressed data ended early, on the batch that ends the file; else
     *     {@code null}
     */
    record Batch(Path file, List<Parsed> lines, int lastLine, String damage) {}

    private final Iterator<Path> files;
    private final ExecutorService pool;
    private final int ahead;
    private final Deque<Future<Batch>> inFlight = new ArrayDeque<>();
    private Path file;
    private ResultLines open;
    private String endDamage;
    private int endLine;

    ParsedLines(List<Path> files) {
        this.files = files.iterator();
        int threads = Runtime.getRuntime().availableProcessors();
        this.pool = threads > 1 && !files.isEmpty() ? Executors.newFixedThreadPool(threads, new Daemons()) : null;
        this.ahead = 2 * threads;
    }

    /**
     * The next batch, or {@code null} after the last file.
     *
     * @throws IOException naming the file when it cannot be read
     */
    Batch next() throws IOException {
        while (inFlight.size() < ahead) {
            List<ResultLines.Line> lines = new ArrayList<>(BATCH);
            Path from = read(lines);
            if (from == null) {
                break;
            }
            boolean ended = open == null;
            int last = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number();
            String damage = ended ? endDamage : null;
            int lastLine = ended ? endLine : last;
            if (pool == null) {
                inFlight.add(CompletableFuture.completedFuture(parse(from, lines, lastLine, damage)));
            } else {
                inFlight.add(pool.submit(() -> parse(from, lines, lastLine, damage)));
            }
        }
        Future<Batch> head = inFlight.poll();
        if (head == null) {
            return null;
        }
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + file);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException("parsing result lines of " + file + " failed", e.getCause());
        }
    }

    /**
     * Reads up to {@link #BATCH} lines of the current file (opening the next when it is done) into
     * {@code lines}; returns their file, or {@code null} after the last file. Blank lines are left out.
     */
    private Path read(List<ResultLines.Line> lines) throws IOException {
        while (open == null) {
            if (!files.hasNext()) {
                return null;
            }
            file = files.next();
            try {
                open = ResultLines.open(file);
            } catch (IOException e) {
                throw cannotRead(e);
            }
        }
        Path from = file;
        try {
            while (lines.size() < BATCH) {
                ResultLines.Line line = open.next();
                if (line == null) {
                    endDamage = open.damage();
                    endLine = open.lines();
                    open.close();
                    open = null;
                    break;
                }
                if (!line.text().isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw cannotRead(e);
        }
        return from;
    }

    private IOException cannotRead(IOException e) {
        return new IOException("Cannot read the results file " + file + ": " + e.getMessage(), e);
    }

    private static Batch parse(Path file, List<ResultLines.Line> lines, int lastLine, String damage) {
        TrialLineParser parser = new TrialLineParser();
        List<Parsed> parsed = new ArrayList<>(lines.size());
        for (ResultLines.Line line : lines) {
            try {
                parsed.add(new Parsed(line, parser.parse(line.text()), null));
            } catch (IOException e) {
                parsed.add(new Parsed(line, null, e));
            }
        }
        return new Batch(file, parsed, lastLine, damage);
    }

    @Override
    public void close() throws IOException {
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

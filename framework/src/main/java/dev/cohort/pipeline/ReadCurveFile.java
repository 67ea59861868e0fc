package dev.cohort.pipeline;

import dev.cohort.results.store.CurveFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The points of one curve file, read into primitive columns so that files can be parsed on every core
 * while their points are aggregated, in order, on one thread ({@link #inOrder}). Holds one file's points:
 * a few files are read ahead, never the study.
 */
final class ReadCurveFile {

    private final Path file;
    private String[] metrics = new String[1024];
    private long[] steps = new long[1024];
    private double[] values = new double[1024];
    private int size;
    private int skipped;
    private int firstSkippedLine;
    private String firstSkippedReason;

    private ReadCurveFile(Path file) {
        this.file = file;
    }

    /** Reads {@code file}. */
    static ReadCurveFile read(Path file) throws IOException {
        ReadCurveFile read = new ReadCurveFile(file);
        read.skipped = CurveFileReader.read(file, read::add, (line, reason) -> {
            if (read.firstSkippedReason == null) {
                read.firstSkippedLine = line;
                read.firstSkippedReason = reason;
            }
        });
        return read;
    }

    /**
     * Reads the files ({@code null} entries stay {@code null}) on one thread per core, a few ahead, and
     * hands each to {@code consumer} in the files' order. The threads live as long as the call (the common
     * pool has one thread on two cores, and without it every file would get a thread of its own).
     *
     * @throws IOException the first file that cannot be read, naming it
     */
    static void inOrder(List<Path> files, FileConsumer consumer) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService readers = Executors.newFixedThreadPool(cores, runnable -> {
            Thread thread = new Thread(runnable, "cohort-curve-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            inOrder(files, consumer, readers, 2 * cores);
        } finally {
            readers.shutdownNow();
        }
    }

    private static void inOrder(List<Path> files, FileConsumer consumer, ExecutorService readers, int ahead)
            throws IOException {
        Deque<CompletableFuture<ReadCurveFile>> inFlight = new ArrayDeque<>();
        int next = 0;
        for (int i = 0; i < files.size(); i++) {
            while (next < files.size() && inFlight.size() < ahead) {
                Path file = files.get(next++);
                inFlight.add(file == null ? CompletableFuture.completedFuture(null) : readAsync(file, readers));
            }
            ReadCurveFile read;
            try {
                read = inFlight.poll().join();
            } catch (CompletionException e) {
                inFlight.forEach(f -> f.cancel(false));
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
            consumer.accept(i, read);
        }
    }

    private static CompletableFuture<ReadCurveFile> readAsync(Path file, ExecutorService readers) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return read(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                readers);
    }

    /** Takes the read file at {@code index} of the list ({@code null} where the list holds none). */
    @FunctionalInterface
    interface FileConsumer {
        void accept(int index, ReadCurveFile read) throws IOException;
    }

    private void add(String metric, long step, double value) {
        if (size == steps.length) {
            metrics = Arrays.copyOf(metrics, 2 * size);
            steps = Arrays.copyOf(steps, 2 * size);
            values = Arrays.copyOf(values, 2 * size);
        }
        // consecutive points of one metric share its name
        metrics[size] = size > 0 && metric.equals(metrics[size - 1]) ? metrics[size - 1] : metric;
        steps[size] = step;
        values[size] = value;
        size++;
    }

    /** Passes the points, in the file's order. */
    void replay(CurveFileReader.PointConsumer consumer) {
        for (int i = 0; i < size; i++) {
            consumer.accept(metrics[i], steps[i], values[i]);
        }
    }

    Path file() {
        return file;
    }

    /** The number of lines skipped. */
    int skipped() {
        return skipped;
    }

    /** The first skipped line's number, when {@link #skipped()} is positive. */
    int firstSkippedLine() {
        return firstSkippedLine;
    }

    /** Why the first skipped line was skipped, when {@link #skipped()} is positive. */
    String firstSkippedReason() {
        return firstSkippedReason;
    }
}

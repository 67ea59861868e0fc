package dev.cohort.results.store;

import dev.cohort.results.TrialResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends trials to a JSON-lines results file, one line per trial, written when the trial ends.
 *
 * <p>Thread-safe: parallel trials append whole lines that never interleave. The file is opened in
 * append mode, so results already in it are never overwritten.
 */
public final class JsonLinesResultWriter implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;

    private JsonLinesResultWriter(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens {@code file} for appending, creating it and its directories when missing. */
    public static JsonLinesResultWriter open(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new JsonLinesResultWriter(file, channel);
    }

    /** The file this writer appends to. */
    public Path file() {
        return file;
    }

    /** Appends one trial as one line and flushes it to the operating system. */
    public void append(TrialResult trial) {
        ByteBuffer line = ByteBuffer.wrap((TrialJson.toLine(trial) + "\n").getBytes(StandardCharsets.UTF_8));
        synchronized (this) {
            try {
                while (line.hasRemaining()) {
                    channel.write(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot append a trial to " + file, e);
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}

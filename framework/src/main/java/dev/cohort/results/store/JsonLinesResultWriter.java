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
 * <p>Thread-safe: parallel trials append whole lines that never interleave. Each line, line break
 * included, is encoded first and handed to the operating system in one write on a channel opened in
 * append mode, so results already in the file are never overwritten and a process killed at any moment
 * (even {@code kill -9}) leaves every earlier line whole; at worst the last line is torn (power loss, a
 * full disk), which {@link JsonLinesResultReader} reports with its file and line and skips.
 *
 * <p>No file lock: each writer is meant to own its file (the engine creates a new one per run), so
 * several JVMs, also on several machines sharing a directory, never append to one file. That is what
 * makes concurrent runs safe on network and cluster file systems (NFS, Lustre), where appends from
 * several clients to one file may interleave and {@code FileChannel.lock} is advisory, often
 * unsupported, and would serialise every trial of every machine.
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

    /** Forces the lines to the storage device and closes the file. */
    @Override
    public synchronized void close() throws IOException {
        try {
            if (channel.isOpen()) {
                channel.force(false);
            }
        } finally {
            channel.close();
        }
    }
}

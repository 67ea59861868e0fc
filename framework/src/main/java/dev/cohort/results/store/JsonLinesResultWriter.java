package dev.cohort.results.store;

import dev.cohort.results.TrialResult;
import java.io.IOException;
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

    private static final byte[] LINE_BREAK = {'\n'};

    private final Path file;
    private final FileChannel channel;
    private boolean torn;

    JsonLinesResultWriter(Path file, FileChannel channel) {
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

    /**
     * Appends one trial as one line and flushes it to the operating system.
     *
     * <p>When the write fails (a full disk, an I/O error), the file is truncated back to its last whole
     * line, so the part written is not left for the next line to be appended to; should truncating fail
     * too, the next line starts on a line of its own, leaving one torn line the reader reports.
     *
     * @throws StoreException naming the file and the cause when the line cannot be written
     */
    public void append(TrialResult trial) {
        byte[] bytes = (TrialJson.toLine(trial) + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            long whole = -1;
            try {
                whole = channel.size();
                if (torn) {
                    write(ByteBuffer.wrap(LINE_BREAK));
                    torn = false;
                    whole = channel.size();
                }
                write(ByteBuffer.wrap(bytes));
            } catch (IOException e) {
                String undone = undo(whole, e);
                throw new StoreException("cannot store the result in", file, e, undone);
            }
        }
    }

    private void write(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Truncates the file back to {@code whole} bytes after a failed write; says what became of the line. */
    private String undo(long whole, IOException failure) {
        if (whole < 0) {
            torn = true;
            return "the file's size is unknown, the next line starts on a line of its own";
        }
        try {
            if (channel.size() > whole) {
                channel.truncate(whole);
            }
            return "the file is truncated back to its last whole line";
        } catch (IOException e) {
            failure.addSuppressed(e);
            torn = true;
            return "it could not be truncated back to its last whole line (" + e.getMessage()
                    + "), the next line starts on a line of its own";
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

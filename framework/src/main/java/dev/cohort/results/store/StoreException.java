package dev.cohort.results.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A write to the results directory that failed: its message names what could not be written, the file
 * and the cause, for example {@code cannot store the result in target/cohort/results/run-....jsonl: No
 * space left on device (the file is truncated back to its last whole line)}.
 */
public final class StoreException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    /** The file that could not be written (or the directory that could not be written into). */
    private final transient Path file;

    /**
     * A failed write.
     *
     * @param action what could not be done, up to the file, for example {@code cannot store the result in}
     * @param file the file or directory
     * @param cause the operating system's error
     * @param note what became of the file after the failure, or {@code null}
     */
    public StoreException(String action, Path file, IOException cause, String note) {
        super(action + " " + file + ": " + reason(cause) + (note == null ? "" : " (" + note + ")"), cause);
        this.file = file;
    }

    /** The file that could not be written, or the directory that could not be written into. */
    public Path file() {
        return file;
    }

    /**
     * The operating system's reason for {@code failure}, without the file name a {@link
     * FileSystemException} repeats: {@code No space left on device}, {@code Read-only file system}, {@code
     * permission denied}, {@code a file is in the way: <file>}.
     */
    public static String reason(IOException failure) {
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof FileAlreadyExistsException exists) {
            return "a file is in the way: " + exists.getFile();
        }
        if (failure instanceof FileSystemException fileSystem) {
            return fileSystem.getClass().getSimpleName() + " on " + fileSystem.getFile();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}

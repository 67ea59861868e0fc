package dev.cohort.pipeline;

import java.io.IOException;
import java.nio.file.Path;

/** The results directory does not exist: no experiment has written results there. */
public final class MissingResultsException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    /** The exception for a missing {@code directory}. */
    public MissingResultsException(Path directory) {
        super("Results directory " + directory + " does not exist or is not a directory");
        this.directory = directory;
    }

    /** The directory that was expected to hold results. */
    public Path directory() {
        return directory;
    }
}

package dev.cohort.results;

import java.nio.file.Path;

/**
 * A line of a results file that could not be read. Reported, never fatal.
 *
 * @param file the results file
 * @param line the line number, from 1
 * @param message what is wrong with the line
 */
public record ReadProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

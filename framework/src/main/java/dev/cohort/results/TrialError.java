package dev.cohort.results;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Why a trial failed: the exception's type, message and stack trace, kept as text so a results file
 * alone tells what went wrong.
 *
 * @param type the fully qualified class name of the exception
 * @param message the exception's message, or {@code null}
 * @param stackTrace the printed stack trace
 */
public record TrialError(String type, String message, String stackTrace) {

    /** The error describing {@code failure}. */
    public static TrialError of(Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return new TrialError(failure.getClass().getName(), failure.getMessage(), trace.toString());
    }
}

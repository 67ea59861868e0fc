package dev.cohort.runtime;

import dev.cohort.results.TrialError;

/**
 * An exception a trial threw in a worker JVM ({@code cohort.isolation=process}) whose type cannot be made
 * again here with the same message (it has no constructor taking the message, or builds its message
 * itself). It carries the original type's name and prints as that type would, with the original stack
 * trace, so the stored result and the JUnit failure name the exception the trial threw.
 */
public final class RemoteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;

    /**
     * The failure of type {@code type} with {@code message}; its stack trace is set by the caller.
     *
     * @param type the fully qualified name of the exception's class in the worker
     * @param message its message, or {@code null}
     * @param cause its cause, or {@code null}
     */
    public RemoteFailure(String type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    /** The fully qualified name of the exception's class in the worker. */
    public String type() {
        return type;
    }

    /** The error to store: the original type's name, the message and the trace as the worker printed it. */
    public TrialError error() {
        return new TrialError(type, getMessage(), TrialError.of(this).stackTrace());
    }

    /** As {@link Throwable#toString()} prints the original exception: its type's name, then the message. */
    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? type : type + ": " + message;
    }
}

package dev.cohort.runtime;

/**
 * An experiment declaration that cannot run: a sweep value that does not convert, an empty sweep, a
 * non-positive seed count, an unsupported parameter type, a parameter that is neither swept nor the
 * {@link dev.cohort.Trial}, a design that cannot be built (a zip of unequal lengths, a range with fewer
 * than two steps, a sample larger than the grid), or an experiment id used twice. The message names the class, method and
 * parameter, for example {@code StepSizeExperiments#tracking parameter 'alpha': sweep value "abc" is
 * not a double}.
 */
public final class InvalidExperimentException extends RuntimeException {

    /** A declaration error with the given message. */
    public InvalidExperimentException(String message) {
        super(message);
    }

    /** A declaration error with the given message, caused by {@code cause} (a helper method that threw). */
    public InvalidExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}

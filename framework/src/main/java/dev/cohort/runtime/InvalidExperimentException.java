package dev.cohort.runtime;

/**
 * An experiment declaration that cannot run: a sweep value that does not convert, an empty sweep, a
 * non-positive seed count, an unsupported parameter type, a parameter that is neither swept nor the
 * {@link dev.cohort.Trial}, or an experiment id used twice. The message names the class, method and
 * parameter, for example {@code StepSizeExperiments#tracking parameter 'alpha': sweep value "abc" is
 * not a double}.
 */
public final class InvalidExperimentException extends RuntimeException {

    /** A declaration error with the given message. */
    public InvalidExperimentException(String message) {
        super(message);
    }
}

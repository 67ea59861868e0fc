package dev.cohort.results;

import dev.cohort.Normalization;
import dev.cohort.TaskReference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An experiment's task parameter as declared with {@code @Task} and recorded in its manifest, or named by
 * {@code -Dcohort.task} for results without a declaration.
 *
 * @param parameter the task parameter's name
 * @param normalization how scores are normalised per task
 * @param references the reference scores by task (the task value as text, as in a configuration id),
 *     present exactly when {@code normalization} is {@link Normalization#REFERENCE}
 */
public record TaskDeclaration(String parameter, Normalization normalization, Map<String, TaskReference> references) {

    /** Copies the references, keeping their order; checks they are present exactly for REFERENCE. */
    public TaskDeclaration {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(normalization, "normalization");
        references = references == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(references));
        if ((normalization == Normalization.REFERENCE) == references.isEmpty()) {
            throw new IllegalArgumentException(
                    "reference scores are declared exactly when the normalization is REFERENCE, got " + normalization
                            + " with " + references.size() + " reference(s)");
        }
    }

    /** A task parameter normalised min-max, as {@code -Dcohort.task} names one. */
    public static TaskDeclaration minMax(String parameter) {
        return new TaskDeclaration(parameter, Normalization.MIN_MAX, Map.of());
    }
}

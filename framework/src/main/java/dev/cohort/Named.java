package dev.cohort;

import java.util.Objects;

/**
 * A value with the readable name it carries in configuration ids, results and reports; returned by
 * {@link SweepSource} methods for values whose {@code toString()} is not a good name.
 *
 * @param <T> the type of the value
 */
public interface Named<T> {

    /** The name, for example {@code iris} or {@code 2x64}. */
    String name();

    /** The value handed to the experiment. */
    T payload();

    /**
     * A named value.
     *
     * @throws IllegalArgumentException when {@code name} is blank
     */
    static <T> Named<T> of(String name, T payload) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("The name of a value must not be blank");
        }
        return new Named<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public T payload() {
                return payload;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}

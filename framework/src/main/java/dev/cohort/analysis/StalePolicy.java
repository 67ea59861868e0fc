package dev.cohort.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the analysis does with stale trials: results of configurations or seeds that the experiment's
 * latest declaration no longer has (SPEC section 5, "The declared study").
 */
public enum StalePolicy {
    /** Stale trials are left out of every statistic, counted and listed (the default). */
    EXCLUDE,
    /** Stale trials count as if they were declared; they are still counted and listed. */
    INCLUDE;

    /**
     * The policy named {@code text}, ignoring case and surrounding blanks, for example from {@code
     * -Dcohort.stale=include}.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code text} names none
     */
    public static StalePolicy parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (StalePolicy policy : values()) {
            if (policy.name().equals(name)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("Unknown stale policy '" + text + "'; allowed: " + allowed());
    }

    /** The allowed names, for example in an error message: {@code EXCLUDE, INCLUDE}. */
    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

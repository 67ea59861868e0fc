package dev.cohort.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the test that decides a pairwise comparison ({@link Comparison#test()}) is chosen. */
public enum TestChoice {
    /**
     * The rule of SPEC section 5: when Shapiro-Wilk gives p > alpha for both groups, a two-group
     * Brown-Forsythe test decides Student's t (p > alpha) or Welch's t; otherwise Mann-Whitney.
     */
    AUTO,
    /** Always Student's t (equal variances). */
    STUDENT_T,
    /** Always Welch's t. */
    WELCH_T,
    /** Always the Mann-Whitney rank-sum test. */
    MANN_WHITNEY;

    /**
     * The choice named {@code text}, ignoring case and surrounding blanks, for example from
     * {@code -Dcohort.test=welch_t}.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code text} names none
     */
    public static TestChoice parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (TestChoice choice : values()) {
            if (choice.name().equals(name)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("Unknown test choice '" + text + "'; allowed: " + allowed());
    }

    /** The allowed names, for example in an error message: {@code AUTO, STUDENT_T, WELCH_T, MANN_WHITNEY}. */
    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

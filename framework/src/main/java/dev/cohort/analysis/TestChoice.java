package dev.cohort.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the test that decides a pairwise comparison ({@link Comparison#test()}) is chosen: automatically
 * per pair, or one {@link TestKind} for every pair.
 */
public enum TestChoice {
    /**
     * The rule of SPEC section 5. When both configurations ran the same seeds, a paired test: {@link
     * TestKind#PAIRED_T} when Shapiro-Wilk on the paired differences gives p > alpha, else {@link
     * TestKind#WILCOXON} (also when normality cannot be tested). Otherwise, when Shapiro-Wilk gives p >
     * alpha for both groups, a two-group Brown-Forsythe test decides Student's t (p > alpha) or Welch's
     * t; else Mann-Whitney.
     */
    AUTO(null),
    /** Always Student's t (equal variances). */
    STUDENT_T(TestKind.STUDENT_T),
    /** Always Welch's t. */
    WELCH_T(TestKind.WELCH_T),
    /** Always the Mann-Whitney rank-sum test. */
    MANN_WHITNEY(TestKind.MANN_WHITNEY),
    /** Always the paired t-test; undefined for a pair that did not run the same seeds. */
    PAIRED_T(TestKind.PAIRED_T),
    /** Always the Wilcoxon signed-rank test; undefined for a pair that did not run the same seeds. */
    WILCOXON(TestKind.WILCOXON);

    private final TestKind kind;

    TestChoice(TestKind kind) {
        this.kind = kind;
    }

    /** The test every pair gets, or empty for {@link #AUTO}. */
    public Optional<TestKind> kind() {
        return Optional.ofNullable(kind);
    }

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

    /**
     * The allowed names, for example in an error message: {@code AUTO, STUDENT_T, WELCH_T, MANN_WHITNEY,
     * PAIRED_T, WILCOXON}.
     */
    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

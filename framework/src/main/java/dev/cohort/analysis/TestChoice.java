package dev.cohort.analysis;

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
    MANN_WHITNEY
}

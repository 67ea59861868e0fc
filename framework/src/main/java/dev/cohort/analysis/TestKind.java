package dev.cohort.analysis;

/**
 * The test that decides a pairwise comparison ({@link Comparison#test()}); {@code summary.json} and
 * {@code comparisons.csv} write its {@link #name()}.
 */
public enum TestKind {
    /** Student's two-sample t-test with pooled variance, R's {@code t.test(a, b, var.equal = TRUE)}. */
    STUDENT_T("Student's t", "t", false),
    /** Welch's two-sample t-test, R's {@code t.test(a, b)}. */
    WELCH_T("Welch's t", "t", false),
    /** The Mann-Whitney rank-sum test, R's {@code wilcox.test(a, b)}; its statistic is R's W. */
    MANN_WHITNEY("Mann-Whitney U", "U", false),
    /** The paired t-test over the seeds both configurations ran, R's {@code t.test(a, b, paired = TRUE)}. */
    PAIRED_T("paired t", "t", true),
    /**
     * The Wilcoxon signed-rank test over the seeds both configurations ran, R's {@code wilcox.test(a, b,
     * paired = TRUE)}; its statistic is R's V.
     */
    WILCOXON("Wilcoxon signed-rank", "V", true);

    private final String displayName;
    private final String statisticSymbol;
    private final boolean paired;

    TestKind(String displayName, String statisticSymbol, boolean paired) {
        this.displayName = displayName;
        this.statisticSymbol = statisticSymbol;
        this.paired = paired;
    }

    /** The name readers see, for example {@code Welch's t} or {@code Wilcoxon signed-rank}. */
    public String displayName() {
        return displayName;
    }

    /** The symbol of the test's statistic as R prints it: {@code t}, {@code U} (R's W) or {@code V}. */
    public String statisticSymbol() {
        return statisticSymbol;
    }

    /**
     * Whether the test compares the two configurations seed by seed (common random numbers), so it is
     * defined only when both ran the same seeds.
     */
    public boolean isPaired() {
        return paired;
    }
}

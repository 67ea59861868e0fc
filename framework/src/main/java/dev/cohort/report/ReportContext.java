package dev.cohort.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a report says about itself, next to the analysis it presents.
 *
 * @param title the report's title
 * @param generatedAt when the report was generated
 * @param resultsDirectory where the results were read from, as the reader should see it
 * @param problems the lines of the results that could not be read, each naming its file and line
 * @param alpha the significance level the report marks differences at (corrected p-values below it)
 */
public record ReportContext(
        String title, Instant generatedAt, String resultsDirectory, List<String> problems, double alpha) {

    /** The significance level used when none is given. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Checks the values and copies the problems. */
    public ReportContext {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(resultsDirectory, "resultsDirectory");
        problems = List.copyOf(problems);
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
    }

    /** A context with the default title and significance level. */
    public static ReportContext of(Instant generatedAt, String resultsDirectory, List<String> problems) {
        return new ReportContext("Cohort report", generatedAt, resultsDirectory, problems, DEFAULT_ALPHA);
    }
}

package dev.cohort.report;

import dev.cohort.analysis.AnalysisOptions;
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
 * @param analysis the options the analysis was made with (test choice, power, bootstrap), which captions
 *     name
 */
public record ReportContext(
        String title,
        Instant generatedAt,
        String resultsDirectory,
        List<String> problems,
        double alpha,
        AnalysisOptions analysis) {

    /** The significance level used when none is given. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Checks the values and copies the problems. */
    public ReportContext {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(resultsDirectory, "resultsDirectory");
        problems = List.copyOf(problems);
        Objects.requireNonNull(analysis, "analysis");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
    }

    /** A context for an analysis made with {@link AnalysisOptions#defaults()}. */
    public ReportContext(
            String title, Instant generatedAt, String resultsDirectory, List<String> problems, double alpha) {
        this(title, generatedAt, resultsDirectory, problems, alpha, AnalysisOptions.defaults());
    }

    /** A context with the default title and significance level, for an analysis with default options. */
    public static ReportContext of(Instant generatedAt, String resultsDirectory, List<String> problems) {
        return new ReportContext("Cohort report", generatedAt, resultsDirectory, problems, DEFAULT_ALPHA);
    }
}

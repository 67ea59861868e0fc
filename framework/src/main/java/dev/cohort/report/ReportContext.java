package dev.cohort.report;

import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.results.ExperimentManifest;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param designs how each experiment chose its configurations, one sentence by experiment id, as recorded
 *     with the results (experiments without a recorded design are absent)
 * @param declarations each experiment's latest recorded declaration (its description and {@code @Expect}s),
 *     by experiment id (experiments without a recorded declaration are absent)
 */
public record ReportContext(
        String title,
        Instant generatedAt,
        String resultsDirectory,
        List<String> problems,
        double alpha,
        AnalysisOptions analysis,
        Map<String, String> designs,
        Map<String, ExperimentManifest> declarations) {

    /** The significance level used when none is given. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** Checks the values and copies the problems. */
    public ReportContext {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(resultsDirectory, "resultsDirectory");
        problems = List.copyOf(problems);
        Objects.requireNonNull(analysis, "analysis");
        designs = designs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(designs));
        declarations = declarations == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(declarations));
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
    }

    /** A context without recorded declarations. */
    public ReportContext(
            String title,
            Instant generatedAt,
            String resultsDirectory,
            List<String> problems,
            double alpha,
            AnalysisOptions analysis,
            Map<String, String> designs) {
        this(title, generatedAt, resultsDirectory, problems, alpha, analysis, designs, Map.of());
    }

    /** The recorded declaration of the experiment {@code id}, if there is one. */
    public Optional<ExperimentManifest> declaration(String id) {
        return Optional.ofNullable(declarations.get(id));
    }

    /** The recorded design of the experiment {@code id}, if there is one. */
    public Optional<String> design(String id) {
        return Optional.ofNullable(designs.get(id));
    }

    /** A context with the default title and significance level, for an analysis with default options. */
    public static ReportContext of(Instant generatedAt, String resultsDirectory, List<String> problems) {
        return new ReportContext(
                "Cohort report",
                generatedAt,
                resultsDirectory,
                problems,
                DEFAULT_ALPHA,
                AnalysisOptions.defaults(),
                Map.of());
    }
}

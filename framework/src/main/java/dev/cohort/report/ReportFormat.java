package dev.cohort.report;

import dev.cohort.analysis.StudyAnalysis;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * One file of the report. A format reads the analysis model only, never result files, so every
 * format presents the same numbers.
 */
public interface ReportFormat {

    /** The name of the file this format writes, without any directory, for example {@code index.html}. */
    String fileName();

    /** Writes the report for {@code study} to {@code out}. Does not close {@code out}. */
    void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException;

    /**
     * Roughly how much work writing this format is beside the others (1 unless a format says otherwise),
     * so that {@link ReportWriter}, which writes formats at the same time, starts the costliest first.
     */
    default int relativeCost() {
        return 1;
    }

    /** The report for {@code study} as a string. */
    default String render(StudyAnalysis study, ReportContext context) {
        StringWriter out = new StringWriter();
        try {
            write(study, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }
}

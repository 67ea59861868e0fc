package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;

/**
 * Parts of {@code report.tex}. Add a part (a table, a pgfplots figure) by implementing one of these
 * and listing it in {@link LatexReportFormat}. A part appends complete LaTeX (escaped with
 * {@link Latex#escape}) to the document, and the reasons for its missing values as comment lines.
 */
final class LatexSection {

    private LatexSection() {}

    /** A part about a whole experiment, after its metrics' parts (for example learning-curve figures). */
    interface Experiment {
        void write(StringBuilder tex, ExperimentAnalysis experiment, ReportContext context);
    }

    /** A part about one metric of an experiment (summary table, comparisons table). */
    interface Metric {
        void write(StringBuilder tex, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context);
    }
}

package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;

/** Parts of the HTML report. Add a section (a plot, a table) by implementing one of these. */
final class HtmlSection {

    private HtmlSection() {}

    /** A part of the page about the whole study (header, read problems). */
    interface Page {
        void render(Html html, StudyAnalysis study, ReportContext context);
    }

    /** A part of an experiment's section (overview, failed trials). */
    interface Experiment {
        void render(Html html, ExperimentAnalysis experiment, ReportContext context);
    }

    /** A part of a metric's section (summary table, ANOVA, comparisons). */
    interface Metric {
        void render(Html html, ExperimentAnalysis experiment, MetricAnalysis metric, ReportContext context);
    }
}

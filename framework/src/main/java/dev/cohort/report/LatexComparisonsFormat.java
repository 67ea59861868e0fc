package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code comparisons.tex}, next to {@code report.tex}: every compared pair of every metric (a, b, test,
 * Holm-adjusted p, Hedges' g), written by the same code as the comparisons table of {@code report.tex}
 * ({@link LatexTables.Comparisons}), split into floats that each fit a page, so that
 * a paper's appendix can {@code \input} it with the same packages. For an experiment with {@code @Confirm},
 * the pairs of the confirmation stage come first.
 */
public final class LatexComparisonsFormat implements ReportFormat {

    /** The name of the file. */
    public static final String FILE_NAME = "comparisons.tex";

    private final LatexSection.Metric comparisons = new LatexTables.Comparisons(LatexTables.Scope.ALL);

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public void write(StudyAnalysis study, ReportContext context, Writer out) throws IOException {
        StringBuilder tex = new StringBuilder(8 * 1024);
        tex.append("% All pairwise comparisons of ")
                .append(Latex.comment(context.title()))
                .append("; report.tex shows the pairs against the best. Requires \\usepackage{booktabs}.\n");
        boolean first = true;
        for (ExperimentAnalysis experiment : study.experiments()) {
            if (!first) {
                tex.append("\n\\clearpage\n");
            }
            first = false;
            tex.append("\n% Experiment ").append(Latex.comment(experiment.id())).append('\n');
            if (experiment.hasConfirmation()) {
                ExperimentAnalysis stage = ConfirmationStage.view(experiment);
                for (MetricAnalysis metric : stage.metrics()) {
                    comparisons.write(tex, stage, metric, context);
                }
            }
            for (MetricAnalysis metric : experiment.metrics()) {
                if (metric.tasks() == null) {
                    comparisons.write(tex, experiment, metric, context);
                }
            }
        }
        out.write(tex.toString());
    }
}

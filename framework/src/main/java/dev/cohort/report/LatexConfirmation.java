package dev.cohort.report;

import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.results.ExperimentNames;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of {@code report.tex} for an experiment with {@code @Confirm}, written before its tuning
 * tables: a subsection on the confirmation with the table of the selected configurations (tuning mean,
 * confirmed mean with its 95% interval, shrinkage), then the confirmation's comparisons among the
 * selected, then the subsection that labels the tuning tables after it exploratory. Each part writes
 * nothing for an experiment without a confirmation stage.
 */
final class LatexConfirmation {

    private LatexConfirmation() {}

    /** The confirmation subsection and the table of the selected configurations. */
    static final class Table implements LatexSection.Experiment {
        @Override
        public void write(StringBuilder tex, ExperimentAnalysis experiment, ReportContext context) {
            if (!experiment.hasConfirmation()) {
                return;
            }
            ConfirmationAnalysis confirmation = experiment.confirmation();
            String metric = confirmation.declaration().metric();
            subsection(tex, ConfirmationStage.heading(confirmation), experiment);
            List<ConfirmedSelection> rows = ConfirmedSelection.of(confirmation);
            if (rows.isEmpty()) {
                tex.append(Latex.escape(ConfirmationStage.nothingToCompare(confirmation, metric)))
                        .append("\n");
                return;
            }
            boolean grouped = !confirmation.declaration().per().isEmpty();
            Map<String, String> notes = new TreeMap<>();
            tex.append("\\begin{table}[htbp]\n\\centering\n\\caption{Confirmation stage of experiment ")
                    .append(Latex.escape(experiment.id()))
                    .append(", metric ")
                    .append(Latex.escape(metric))
                    .append(". ")
                    .append(Latex.escape(ConfirmationStage.rule(confirmation)))
                    .append(" Tuning mean: over the tuning seeds; confirmed mean and its 95\\% confidence interval:")
                    .append(" over the confirmation seeds; shrinkage: confirmed minus tuning mean (in percent of")
                    .append(" the tuning mean's magnitude)");
            StudyNotes.confirmation(experiment)
                    .forEach(note -> tex.append("; ").append(Latex.escape(note.substring(0, note.length() - 1))));
            if (rows.size() < 2) {
                String reason = ConfirmationStage.nothingToCompare(confirmation, metric);
                tex.append(". ").append(Latex.escape(reason.substring(0, reason.length() - 1)));
            }
            tex.append(".}\n\\label{tab:cohort:")
                    .append(Latex.labelKey(experiment.id() + ":confirmation"))
                    .append("}\n");
            tex.append(LatexTables.FIT_OPEN)
                    .append("\\begin{tabular}{")
                    .append(grouped ? "ll" : "l")
                    .append("rrcrr}\n\\toprule\n");
            if (grouped) {
                tex.append("Group & ");
            }
            tex.append("Configuration & Tuning mean & Confirmed mean & 95\\% CI & Shrinkage & $n$ \\\\\n\\midrule\n");
            for (ConfirmedSelection row : rows) {
                IntervalDigits digits = IntervalDigits.of(row.ciLow(), row.ciHigh());
                if (grouped) {
                    tex.append(Latex.escape(Labels.config(row.selected().group())))
                            .append(" & ");
                }
                tex.append(Latex.escape(row.label()))
                        .append(" & ")
                        .append(cell(row.tuningMean(), "tuningMean", notes))
                        .append(" & ")
                        .append(cell(row.confirmedMean(), digits, "confirmedMean", notes))
                        .append(" & ");
                if (!row.ciLow().isDefined() && !row.ciHigh().isDefined()) {
                    LatexTables.note(notes, "ciLow", row.ciLow());
                    tex.append(LatexTables.MISSING);
                } else {
                    tex.append(LatexTables.math(
                            false,
                            "[" + LatexTables.stat(row.ciLow(), digits, "ciLow", notes) + ", "
                                    + LatexTables.stat(row.ciHigh(), digits, "ciHigh", notes) + "]"));
                }
                tex.append(" & ")
                        .append(shrinkage(row, notes))
                        .append(" & ")
                        .append(row.n())
                        .append(" \\\\\n");
            }
            tex.append("\\bottomrule\n\\end{tabular}")
                    .append(LatexTables.FIT_CLOSE)
                    .append("\\end{table}\n");
            LatexTables.notes(tex, notes);
        }

        /** A statistic in math mode, or {@code ---} with the reason noted. */
        private static String cell(Statistic<Double> statistic, String field, Map<String, String> notes) {
            return cell(statistic, IntervalDigits.NONE, field, notes);
        }

        private static String cell(
                Statistic<Double> statistic, IntervalDigits digits, String field, Map<String, String> notes) {
            if (!statistic.isDefined()) {
                LatexTables.note(notes, field, statistic);
                return LatexTables.MISSING;
            }
            return "$" + digits.latex(statistic.value()) + "$";
        }

        /** {@code $+0.12$ ($+6.4\%$)}, or {@code ---} with the reason noted. */
        private static String shrinkage(ConfirmedSelection row, Map<String, String> notes) {
            Statistic<Double> shrinkage = row.shrinkage();
            if (!shrinkage.isDefined()) {
                LatexTables.note(notes, "shrinkage", shrinkage);
                return LatexTables.MISSING;
            }
            String absolute = "$" + Numbers.latexSigned(shrinkage.value()) + "$";
            Statistic<Double> relative = row.relativeShrinkage();
            if (!relative.isDefined()) {
                LatexTables.note(notes, "relativeShrinkage", relative);
                return absolute;
            }
            return absolute + " ($" + Numbers.latexSigned(relative.value()) + "\\%$)";
        }
    }

    /**
     * The comparisons among the selected configurations on the confirmation trials, per metric (the
     * summary table first for a metric other than the selection metric, whose values the table of the
     * selected configurations holds).
     */
    static final class Comparisons implements LatexSection.Experiment {
        private final LatexSection.Metric summary = new LatexTables.Summary();
        private final LatexSection.Metric comparisons = new LatexTables.Comparisons();

        @Override
        public void write(StringBuilder tex, ExperimentAnalysis experiment, ReportContext context) {
            if (!experiment.hasConfirmation()) {
                return;
            }
            ExperimentAnalysis stage = ConfirmationStage.view(experiment);
            String selectionMetric = experiment.confirmation().declaration().metric();
            for (MetricAnalysis metric : stage.metrics()) {
                if (!metric.name().equals(selectionMetric)) {
                    summary.write(tex, stage, metric, context);
                }
                comparisons.write(tex, stage, metric, context);
            }
        }
    }

    /** The subsection that labels the tuning tables after it exploratory. */
    static final class TuningHeading implements LatexSection.Experiment {
        @Override
        public void write(StringBuilder tex, ExperimentAnalysis experiment, ReportContext context) {
            if (experiment.hasConfirmation()) {
                subsection(tex, ConfirmationStage.EXPLORATORY, experiment);
            }
        }
    }

    /** An unnumbered subsection: the heading, then the experiment's short name in parentheses. */
    private static void subsection(StringBuilder tex, String heading, ExperimentAnalysis experiment) {
        tex.append("\\subsection*{\\raggedright ")
                .append(Latex.escape(heading))
                .append(" (")
                .append(Latex.escape(ExperimentNames.shortName(experiment.id())))
                .append(")}\n");
    }
}

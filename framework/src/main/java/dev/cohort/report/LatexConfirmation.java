package dev.cohort.report;

import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.results.ExperimentNames;
import java.util.ArrayList;
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
            Map<String, String> notes = new TreeMap<>();
            tex.append(Latex.escape(ConfirmationStage.rule(confirmation)))
                    .append(" Tuning mean: over the tuning seeds; confirmed mean and its 95\\% confidence interval:")
                    .append(" over the confirmation seeds; shrinkage: confirmed minus tuning mean (in percent of")
                    .append(" the tuning mean's magnitude in the HTML report and summary.json)");
            StudyNotes.confirmation(experiment)
                    .forEach(note -> tex.append("; ").append(Latex.escape(note.substring(0, note.length() - 1))));
            if (rows.size() < 2) {
                String reason = ConfirmationStage.nothingToCompare(confirmation, metric);
                tex.append(". ").append(Latex.escape(reason.substring(0, reason.length() - 1)));
            }
            tex.append(".\n\n");
            String name = "Confirmation stage of " + LatexTables.name(experiment) + ", " + Latex.escape(metric);
            String caption = "\\caption{" + name
                    + ": the selected configurations on fresh seeds.}\n\\label{tab:cohort:"
                    + Latex.labelKey(experiment.id() + ":confirmation") + "}\n";
            int declaredSeeds = confirmation.declaration().seeds().size();
            boolean showN = rows.stream().anyMatch(row -> row.n() != declaredSeeds);
            List<String> header =
                    new ArrayList<>(List.of("Configuration", "Tuning", "Confirmed", "95\\% CI", "Shrinkage"));
            if (showN) {
                header.add("$n$");
            }
            LatexTabular table = new LatexTabular(1, showN ? "rrcrr" : "rrcr", header);
            for (ConfirmedSelection row : rows) {
                IntervalDigits digits = IntervalDigits.of(row.ciLow(), row.ciHigh());
                List<LatexTabular.Cell> cells = new ArrayList<>();
                cells.add(LatexTabular.Cell.of(Latex.escape(row.label())));
                cells.add(LatexTabular.Cell.of(cell(row.tuningMean(), "tuningMean", notes)));
                cells.add(LatexTabular.Cell.of(cell(row.confirmedMean(), digits, "confirmedMean", notes)));
                cells.add(LatexTables.interval(false, row.ciLow(), row.ciHigh(), digits, notes));
                cells.add(LatexTabular.Cell.of(shrinkage(row, notes)));
                if (showN) {
                    cells.add(LatexTabular.Cell.of(Integer.toString(row.n())));
                }
                table.cells(cells);
            }
            table.write(tex, caption, name);
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

        /** {@code $+0.12$}, confirmed minus tuning mean, or {@code ---} with the reason noted. */
        private static String shrinkage(ConfirmedSelection row, Map<String, String> notes) {
            Statistic<Double> shrinkage = row.shrinkage();
            if (!shrinkage.isDefined()) {
                LatexTables.note(notes, "shrinkage", shrinkage);
                return LatexTables.MISSING;
            }
            return "$" + Numbers.latexSigned(shrinkage.value()) + "$";
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

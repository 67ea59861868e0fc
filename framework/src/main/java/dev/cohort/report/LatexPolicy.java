package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.MetricAnalysis;

/**
 * One paragraph per experiment, at the text size, before its tables: what the captions leave out so that
 * they fit three lines. The design, the test policy, per metric the tests used and the family of the
 * Holm and Bonferroni corrections, alpha, the missing and stale trials, why the best is provisional and
 * why a tuning stage is exploratory.
 */
final class LatexPolicy implements LatexSection.Experiment {

    @Override
    public void write(StringBuilder tex, ExperimentAnalysis experiment, ReportContext context) {
        String alpha = Numbers.plain(context.alpha());
        tex.append("{\\raggedright\n\\paragraph{Statistics of ")
                .append(LatexTables.name(experiment))
                .append(".}\n");
        context.design(experiment.id())
                .ifPresent(design ->
                        tex.append("Design: ").append(Latex.escape(design)).append(".\n"));
        tex.append("Test per pair: ")
                .append(Latex.escape(Labels.policy(
                        context.analysis().testChoice(), context.analysis().alpha())))
                .append(".\n");
        for (MetricAnalysis metric : experiment.metrics()) {
            if (metric.comparisons().isEmpty()) {
                continue;
            }
            tex.append("For ")
                    .append(Latex.escape(metric.name()))
                    .append(", tests used: ")
                    .append(Latex.escape(LatexTables.tests(metric.comparisons())))
                    .append("; $p$ adjusted by Holm (and Bonferroni, in comparisons.csv) over ")
                    .append(Latex.escape(Labels.family(metric)))
                    .append(".\n");
        }
        tex.append("Significance level $\\alpha = ")
                .append(alpha)
                .append("$: a dagger marks a configuration whose Holm-adjusted $p$ against the best is below it.\n");
        StudyNotes.provisional(experiment)
                .ifPresent(why ->
                        tex.append("Best in bold (").append(Latex.escape(why)).append(").\n"));
        StudyNotes.missing(experiment)
                .ifPresent(note ->
                        tex.append("Incomplete: ").append(Latex.escape(note)).append('\n'));
        StudyNotes.stale(experiment, context.analysis().stale())
                .ifPresent(note -> tex.append(Latex.escape(note)).append('\n'));
        if (experiment.hasConfirmation()) {
            tex.append("The tuning stage is exploratory: its seeds selected the configurations confirmed on fresh")
                    .append(" seeds, so its differences are not tests of the winners.\n");
        }
        tex.append("\\par}\n\n");
    }
}

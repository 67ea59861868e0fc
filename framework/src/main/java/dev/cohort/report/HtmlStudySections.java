package dev.cohort.report;

import dev.cohort.analysis.Coverage;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StaleConfiguration;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ExperimentNames;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sections of the HTML report that say how much of each experiment's declaration the report stands
 * on (SPEC section 5, "The declared study"): the banners on missing trials and the list of stale trials.
 * Their words come from {@link StudyNotes}, as the LaTeX captions' and the build log's do.
 */
final class HtmlStudySections {

    /** The most seeds listed per stale configuration; the others are counted. */
    static final int LISTED_SEEDS = 20;

    private HtmlStudySections() {}

    /** At the top of the page: every experiment whose declared trials are not all there. */
    static final class MissingBanner implements HtmlSection.Page {
        @Override
        public void render(Html html, StudyAnalysis study, ReportContext context) {
            List<ExperimentAnalysis> experiments = study.experiments();
            boolean any = experiments.stream().anyMatch(e -> !notes(e).isEmpty());
            if (!any) {
                return;
            }
            html.raw("<div class=\"warnings missing-banner\">\n")
                    .element("strong", null, "The study is incomplete: declared trials have no results.")
                    .raw("\n<ul>\n");
            for (int i = 0; i < experiments.size(); i++) {
                List<String> notes = notes(experiments.get(i));
                if (!notes.isEmpty()) {
                    html.raw("<li><a href=\"#" + HtmlSections.experimentAnchor(i) + "\">")
                            .text(ExperimentNames.shortName(experiments.get(i).id()))
                            .raw("</a>: ")
                            .text(String.join(" ", notes))
                            .raw("</li>\n");
                }
            }
            html.raw("</ul>\n</div>\n");
        }

        /** The experiment's missing trials, of its tuning stage and of its confirmation stage. */
        private static List<String> notes(ExperimentAnalysis experiment) {
            return Stream.of(StudyNotes.missing(experiment), StudyNotes.confirmationMissing(experiment))
                    .flatMap(Optional::stream)
                    .toList();
        }
    }

    /** At the top of an experiment: its missing trials, and that "best" is provisional. */
    static final class ExperimentBanner implements HtmlSection.Experiment {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            Optional<String> missing = StudyNotes.missing(experiment);
            if (missing.isEmpty()) {
                return;
            }
            html.raw("<div class=\"warnings missing-banner\">\n").element("p", null, missing.get());
            StudyNotes.provisional(experiment)
                    .ifPresent(why -> html.element("p", null, "The best configuration is " + why + "."));
            html.raw("\n</div>\n");
        }
    }

    /** How much of a declared experiment has results: declared, successful, failed, missing and stale trials. */
    static final class CoverageLine implements HtmlSection.Experiment {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            Coverage c = experiment.coverage();
            if (!c.declared().isDefined()) {
                return;
            }
            html.open("p", "meta coverage")
                    .text("Declared trials: " + c.declared().value()
                            + " (configurations x seeds of the latest declaration);"
                            + " successful: " + c.successful() + ", failed or aborted: " + c.failed() + ", missing: "
                            + c.missing().value() + ", stale: " + c.stale() + ".")
                    .close("p");
        }
    }

    /** The stale trials of an experiment, grouped by configuration. */
    static final class StaleTrials implements HtmlSection.Experiment {
        @Override
        public void render(Html html, ExperimentAnalysis experiment, ReportContext context) {
            Optional<String> note =
                    StudyNotes.stale(experiment, context.analysis().stale());
            if (note.isEmpty()) {
                return;
            }
            int trials = experiment.stale().stream()
                    .mapToInt(StaleConfiguration::trials)
                    .sum();
            html.element("h3", null, "Stale trials (" + trials + ")").raw("\n");
            html.element("p", "stat", note.get()).raw("\n");
            html.raw("<details class=\"more stale\"><summary>stale trials by configuration</summary>\n")
                    .raw("<table class=\"stale\">\n")
                    .headerRow(List.of("Configuration", "Still declared", "Trials", "Seeds"))
                    .raw("<tbody>\n");
            for (StaleConfiguration stale : experiment.stale()) {
                html.raw("<tr>");
                html.element("td", null, Labels.config(stale.config()));
                html.element("td", null, stale.declared() ? "yes (these seeds are not)" : "no");
                html.element("td", "num", Integer.toString(stale.trials()));
                html.element("td", null, seeds(stale.seeds()));
                html.raw("</tr>\n");
            }
            html.raw("</tbody>\n</table>\n</details>\n");
        }

        private static String seeds(List<Long> seeds) {
            String listed =
                    seeds.stream().limit(LISTED_SEEDS).map(String::valueOf).collect(Collectors.joining(", "));
            return seeds.size() > LISTED_SEEDS ? listed + " and " + (seeds.size() - LISTED_SEEDS) + " more" : listed;
        }
    }
}

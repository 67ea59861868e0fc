package dev.cohort.report;

import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.Statistic;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.ExperimentNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an experiment found, in the words a reader takes away: its description ({@code
 * @Experiment(description)}), the answer in one or two sentences ({@link HeadlineAnswer}), each {@code
 * @Expect} with its verdict ({@link HeadlineExpectations}) and the warnings that qualify the answer. The
 * one source of the headline that the HTML page, {@code report.tex}, {@code summary.json} and the build log
 * show.
 *
 * @param description what the experiment asks, or empty when it declares no description
 * @param answer the answer, one or two sentences
 * @param expectations each declared expectation with its verdict, one sentence each
 * @param warnings what qualifies the answer: missing trials, failed normality, too few seeds for the
 *     observed effect, an incomplete confirmation
 */
public record Headline(String description, String answer, List<String> expectations, List<String> warnings) {

    /** Checks the parts and copies the lists. */
    public Headline {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(answer, "answer");
        expectations = List.copyOf(expectations);
        warnings = List.copyOf(warnings);
    }

    /** The headline of {@code experiment}, its description and expectations read from its recorded declaration. */
    public static Headline of(ExperimentAnalysis experiment, ReportContext context) {
        ExperimentManifest declaration = context.declaration(experiment.id()).orElse(null);
        String description = declaration == null || declaration.description() == null
                ? ""
                : declaration.description().strip();
        HeadlineAnswer answer = HeadlineAnswer.of(experiment, context.alpha());
        List<String> expectations =
                declaration == null ? List.of() : HeadlineExpectations.verdicts(experiment, declaration.expectations());
        return new Headline(description, answer.sentence(), expectations, warnings(experiment, answer, context));
    }

    /** Every experiment's headline for a build log: its short name, then {@link #text()}. */
    public static List<String> log(StudyAnalysis study, ReportContext context) {
        return study.experiments().stream()
                .map(e -> ExperimentNames.shortName(e.id()) + ": "
                        + of(e, context).text())
                .toList();
    }

    /** Every part in reading order, as one paragraph. */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (!description.isEmpty()) {
            parts.add(description);
        }
        parts.add(answer);
        parts.addAll(expectations);
        parts.addAll(warnings);
        return String.join(" ", parts);
    }

    private static List<String> warnings(ExperimentAnalysis experiment, HeadlineAnswer answer, ReportContext context) {
        List<String> warnings = new ArrayList<>();
        if (experiment.hasConfirmation()) {
            warnings.addAll(StudyNotes.confirmation(experiment).stream()
                    .map(Headline::capitalized)
                    .toList());
        } else {
            StudyNotes.missing(experiment).map(Headline::capitalized).ifPresent(warnings::add);
        }
        if (answer.metric() != null) {
            warnings.addAll(HtmlStatisticsSections.Warnings.warnings(answer.metric(), context.analysis()));
            if (answer.comparison() != null
                    && HtmlStatisticsSections.Warnings.underpowered(answer.metric())
                            .contains(answer.comparison())) {
                Statistic<Integer> needed = answer.comparison().seedsForPowerHolm();
                warnings.add("The observed difference needs more seeds than were run to be detected with "
                        + Numbers.plain(Math.round(context.analysis().power() * 1000) / 10.0)
                        + "% power at the Holm-corrected alpha"
                        + (needed.isDefined() ? " (" + needed.value() + " seeds per configuration)" : "")
                        + ", so its p-value says little.");
            }
        }
        return warnings;
    }

    private static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}

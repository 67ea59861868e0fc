package dev.cohort.report;

import dev.cohort.analysis.ConfirmationAnalysis;
import dev.cohort.analysis.Coverage;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StaleConfiguration;
import dev.cohort.analysis.StalePolicy;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.ExperimentNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader must know about how much of each experiment's declaration the report stands on: the
 * declared trials that are missing and the stale trials left out (or kept), in the words that the HTML
 * banners, the LaTeX captions and the build log all use.
 */
public final class StudyNotes {

    /** The most configurations a note names; the others are counted. */
    static final int NAMED = 5;

    private StudyNotes() {}

    /**
     * Every experiment's notes, stale trials first, for a build log; with {@code @Confirm}, then why its
     * confirmation stage cannot be judged yet, or else its missing confirmation trials, and its warnings.
     */
    public static List<String> log(StudyAnalysis study, StalePolicy policy) {
        List<String> lines = new ArrayList<>();
        for (ExperimentAnalysis experiment : study.experiments()) {
            String name = ExperimentNames.shortName(experiment.id());
            stale(experiment, policy).ifPresent(lines::add);
            missing(experiment).ifPresent(note -> lines.add(name + ": " + note));
            if (experiment.hasConfirmation()) {
                Optional<String> pending = experiment.confirmation().pending();
                pending.ifPresent(why -> lines.add(name + ": " + why + "."));
                if (pending.isEmpty()) {
                    confirmationMissing(experiment).ifPresent(note -> lines.add(name + ": " + note));
                }
                experiment.confirmation().warnings().forEach(w -> lines.add(name + ": " + w + "."));
            }
        }
        return lines;
    }

    /**
     * The declared trials without results, for example {@code 378 of 500 declared trials have results;
     * 122 missing; 1 configuration has no result: epsilon=0.1.}; empty when none is
     * missing or the experiment has no declaration.
     */
    public static Optional<String> missing(ExperimentAnalysis experiment) {
        Coverage coverage = experiment.coverage();
        if (!coverage.hasMissing()) {
            return Optional.empty();
        }
        int withResults = coverage.successful() + coverage.failed();
        StringBuilder note = new StringBuilder()
                .append(withResults)
                .append(" of ")
                .append(coverage.declared().value())
                .append(" declared trials have results; ")
                .append(coverage.missing().value())
                .append(" missing");
        List<Map<String, Object>> notRun = experiment.notRun();
        if (!notRun.isEmpty()) {
            note.append("; ")
                    .append(count(notRun.size(), "configuration"))
                    .append(notRun.size() == 1 ? " has" : " have")
                    .append(" no result: ")
                    .append(named(notRun));
        }
        return Optional.of(note.append('.').toString());
    }

    /**
     * What a reader of the confirmation stage of an experiment with {@code @Confirm} must know: its
     * missing confirmation trials ({@link #confirmationMissing}), then the confirmation's own warnings
     * ({@link ConfirmationAnalysis#warnings()}: stale confirmation trials, an incomplete tuning stage,
     * groups without a selected configuration), each a sentence; empty without a confirmation stage.
     */
    public static List<String> confirmation(ExperimentAnalysis experiment) {
        if (!experiment.hasConfirmation()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        confirmationMissing(experiment).ifPresent(notes::add);
        experiment.confirmation().warnings().forEach(w -> notes.add(w.endsWith(".") ? w : w + "."));
        return notes;
    }

    /**
     * The declared confirmation trials without results, for example {@code confirmation stage: 30 of 60
     * declared trials have results; 30 missing.}; empty when none is missing or the experiment has no
     * confirmation stage.
     */
    public static Optional<String> confirmationMissing(ExperimentAnalysis experiment) {
        if (!experiment.hasConfirmation()) {
            return Optional.empty();
        }
        Coverage coverage = experiment.confirmation().coverage();
        if (!coverage.hasMissing()) {
            return Optional.empty();
        }
        return Optional.of("confirmation stage: " + (coverage.successful() + coverage.failed()) + " of "
                + coverage.declared().value() + " declared trials have results; "
                + coverage.missing().value()
                + " missing.");
    }

    /**
     * Why "best" is provisional, for example {@code provisional: 1 declared configuration has no result
     * yet}; empty when every declared configuration has one.
     */
    public static Optional<String> provisional(ExperimentAnalysis experiment) {
        int notRun = experiment.notRun().size();
        if (notRun == 0) {
            return Optional.empty();
        }
        return Optional.of("provisional: " + count(notRun, "declared configuration") + (notRun == 1 ? " has" : " have")
                + " no result yet");
    }

    /**
     * The stale trials, for example {@code 16 trials of 2 configurations that KnapsackTuning#knapsack no
     * longer declares were left out: population=100, population=200.}; empty when there are none.
     */
    public static Optional<String> stale(ExperimentAnalysis experiment, StalePolicy policy) {
        List<StaleConfiguration> stale = experiment.stale();
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        String name = ExperimentNames.shortName(experiment.id());
        String fate = policy == StalePolicy.INCLUDE ? " were kept (cohort.stale=include)" : " were left out";
        List<Map<String, Object>> undeclared = new ArrayList<>();
        int undeclaredTrials = 0;
        List<Map<String, Object>> ofStaleSeeds = new ArrayList<>();
        int staleSeedTrials = 0;
        for (StaleConfiguration s : stale) {
            if (s.declared()) {
                ofStaleSeeds.add(s.config());
                staleSeedTrials += s.trials();
            } else {
                undeclared.add(s.config());
                undeclaredTrials += s.trials();
            }
        }
        List<String> sentences = new ArrayList<>();
        if (!undeclared.isEmpty()) {
            sentences.add(count(undeclaredTrials, "trial") + " of " + count(undeclared.size(), "configuration")
                    + " that " + name + " no longer declares" + fate + ": " + named(undeclared) + ".");
        }
        if (!ofStaleSeeds.isEmpty()) {
            sentences.add(count(staleSeedTrials, "trial") + " of seeds that " + name + " no longer declares (in "
                    + count(ofStaleSeeds.size(), "configuration") + ")" + fate + ".");
        }
        return Optional.of(String.join(" ", sentences));
    }

    private static String named(List<Map<String, Object>> configs) {
        List<String> names = new ArrayList<>();
        configs.stream().limit(NAMED).forEach(c -> names.add(Labels.config(c)));
        String text = String.join("; ", names);
        return configs.size() > NAMED ? text + " and " + (configs.size() - NAMED) + " more" : text;
    }

    /** A count and its noun, plural unless the count is one: {@code 1 task}, {@code 8 tasks}. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

package dev.cohort.maven;

import dev.cohort.pipeline.ReportOutcome;
import dev.cohort.query.Results;
import dev.cohort.query.StudyStatus;
import dev.cohort.query.StudyStatus.ExperimentStatus;
import dev.cohort.results.TrialResult;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few lines that end a build of a study, printed by {@code cohort:check}: how many trials are done
 * (and how many of them ran in this build, how many are kept from earlier runs), failed and missing; the
 * report's path and each experiment's headline, when {@code cohort:report} ran in this build; the
 * expectations' verdicts. For example:
 *
 * <pre>
 * Cohort summary:
 *   Trials: 180 of 180 declared done (180 ran in this build, 0 from earlier runs), 0 failed, 0 missing
 *   Report: /home/me/study/target/cohort/report/index.html
 *   StepSizeExperiments#tracking: Which step size tracks the drifting target best? ...
 *   Expectation holds: StepSizeExperiments#tracking final_error: best of algorithm=IDBD ...
 * </pre>
 */
final class BuildSummary {

    /** The heading line. */
    static final String HEADING = "Cohort summary:";

    private BuildSummary() {}

    /**
     * The summary's lines.
     *
     * @param results the study's results with the latest declarations
     * @param buildStarted when the build started: trials whose latest result started since ran in it
     * @param report what {@code cohort:report} wrote in this build, if it ran
     * @param verdicts each expectation's verdict, one line each
     */
    static List<String> lines(
            Results results, Instant buildStarted, Optional<ReportOutcome> report, List<String> verdicts) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADING);
        lines.add("  Trials: " + trials(results, buildStarted));
        if (report.isPresent()) {
            lines.add("  Report: " + report.get().index());
            report.get().headlines().forEach(headline -> lines.add("  " + headline));
        } else {
            lines.add("  Report: not written in this build (cohort:report did not run)");
        }
        if (verdicts.isEmpty()) {
            lines.add("  Expectations: none declared");
        }
        verdicts.forEach(verdict -> lines.add("  " + verdict));
        return lines;
    }

    private static String trials(Results results, Instant buildStarted) {
        int expected = 0;
        int done = 0;
        int failed = 0;
        int missing = 0;
        for (ExperimentStatus status : StudyStatus.of(results)) {
            expected += status.expected() == null ? status.done() + status.failed() : status.expected();
            done += status.done();
            failed += status.failed();
            missing += status.missing().size();
        }
        int ranNow = ranSince(results, buildStarted);
        return done + " of " + expected + " declared done (" + ranNow + " ran in this build, "
                + Math.max(0, done + failed - ranNow) + " from earlier runs), " + failed + " failed, " + missing
                + " missing";
    }

    /** The trials whose latest result started at or after {@code since}. */
    private static int ranSince(Results results, Instant since) {
        Map<String, Instant> latest = new HashMap<>();
        for (TrialResult trial : results.trials()) {
            Instant started = startedAt(trial);
            if (started != null) {
                latest.merge(
                        trial.experiment()
                                + '\u0000'
                                + trial.stage()
                                + '\u0000'
                                + trial.configId()
                                + '\u0000'
                                + trial.seed(),
                        started,
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return (int) latest.values().stream().filter(t -> !t.isBefore(since)).count();
    }

    private static Instant startedAt(TrialResult trial) {
        if (trial.startedAt() == null) {
            return null;
        }
        try {
            return Instant.parse(trial.startedAt());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

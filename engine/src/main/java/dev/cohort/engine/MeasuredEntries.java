package dev.cohort.engine;

import dev.cohort.results.ConsoleText;
import dev.cohort.results.ReadableNumbers;
import dev.cohort.results.TrialStage;
import dev.cohort.runtime.RemoteFailure;
import dev.cohort.runtime.TrialOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * What the engine publishes as JUnit Platform report entries, which IDEs and the console launcher show
 * next to the test: a trial's metrics ({@code final_error = 1.938}) and, when it failed, its cause
 * ({@code failure = IllegalStateException: diverged}); an experiment's best configuration per metric over
 * the trials of this execution ({@code final_error = best algorithm=IDBD, stepSize=0.01: mean 1.938 over 30
 * trials}). Numbers are {@linkplain ReadableNumbers#parameter readable}, at most 4 significant digits; the
 * results keep them exact.
 */
final class MeasuredEntries {

    /** The key of a failed trial's cause. */
    static final String FAILURE = "failure";

    private MeasuredEntries() {}

    /** The trial's metrics and failure, or empty when it has neither. */
    static Optional<ReportEntry> ofTrial(TrialOutcome outcome) {
        Map<String, String> entries = new LinkedHashMap<>();
        outcome.metrics().forEach((metric, value) -> {
            String name = ConsoleText.clean(metric).strip(); // a readable number needs no cleaning
            if (!name.isEmpty()) {
                entries.put(name, ReadableNumbers.parameter(value));
            }
        });
        if (outcome.failure() != null) {
            put(entries, FAILURE, cause(outcome.failure()));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(ReportEntry.from(entries));
    }

    /** Per metric with a goal, the best configuration and its mean, or empty when no trial succeeded. */
    static Optional<ReportEntry> ofExperiment(List<RunMeans.Best> best) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (RunMeans.Best metric : best) {
            String key =
                    metric.stage() == TrialStage.CONFIRMATION ? metric.metric() + " (confirmation)" : metric.metric();
            put(
                    entries,
                    key,
                    "best " + metric.configuration() + ": mean " + ReadableNumbers.parameter(metric.mean()) + " over "
                            + metric.trials() + " trial" + (metric.trials() == 1 ? "" : "s"));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(ReportEntry.from(entries));
    }

    /** The exception's type and the first line of its message. */
    private static String cause(Throwable failure) {
        String type = failure instanceof RemoteFailure remote
                ? remote.type()
                : failure.getClass().getName();
        String message = failure.getMessage();
        String simpleType = type.substring(type.lastIndexOf('.') + 1);
        if (message == null || message.isBlank()) {
            return simpleType;
        }
        int newline = message.indexOf('\n');
        return simpleType + ": " + (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** Report entries take no blank key or value; names and messages come from the user, so they are cleaned. */
    private static void put(Map<String, String> entries, String key, String value) {
        String cleanKey = ConsoleText.clean(key).strip();
        String cleanValue = ConsoleText.clean(value).strip();
        if (!cleanKey.isEmpty() && !cleanValue.isEmpty()) {
            entries.put(cleanKey, cleanValue);
        }
    }
}

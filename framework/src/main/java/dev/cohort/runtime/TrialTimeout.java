package dev.cohort.runtime;

import dev.cohort.Experiment;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the limit of one trial's wall time, as written in {@link Experiment#timeout()} and the
 * configuration parameter {@code cohort.trial.timeout}: an ISO-8601 duration ({@code PT30M}) or a
 * positive number with a unit ({@code 500ms}, {@code 90s}, {@code 1.5h}; units {@code ms, s, m, h, d}).
 */
public final class TrialTimeout {

    private static final Pattern WITH_UNIT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");

    private TrialTimeout() {}

    /**
     * The duration {@code text} names.
     *
     * @param where what declared it, for the error message (for example {@code
     *     "StepSizeExperiments#tracking: @Experiment(timeout)"})
     * @throws IllegalArgumentException naming {@code where} when the text is not a positive duration
     */
    public static Duration parse(String text, String where) {
        String value = text.strip();
        Duration duration = null;
        Matcher matcher = WITH_UNIT.matcher(value.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            double amount = Double.parseDouble(matcher.group(1));
            double millis = switch (matcher.group(2)) {
                case "ms" -> amount;
                case "s" -> amount * 1e3;
                case "m" -> amount * 60e3;
                case "h" -> amount * 3600e3;
                default -> amount * 86400e3;
            };
            duration = millis >= 1 && millis < Long.MAX_VALUE ? Duration.ofMillis(Math.round(millis)) : null;
        } else if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                duration = Duration.parse(value);
            } catch (DateTimeParseException e) {
                duration = null;
            }
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(where + ": timeout \"" + text
                    + "\" is not a positive duration; write for example \"90s\", \"30m\", \"2h\" or \"PT1H30M\"");
        }
        return duration;
    }

    /**
     * The limit {@code @Experiment(timeout)} declares, if any.
     *
     * @param where the experiment, for the error message
     * @throws InvalidExperimentException when the declared value is malformed
     */
    static Optional<Duration> declared(String where, Experiment experiment) {
        if (experiment == null || experiment.timeout().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(experiment.timeout(), where + ": @Experiment(timeout)"));
        } catch (IllegalArgumentException e) {
            throw new InvalidExperimentException(e.getMessage());
        }
    }

    /** A duration as a short text for messages: {@code 90s}, {@code 2m 30s}, {@code 250ms}. */
    public static String describe(Duration duration) {
        if (duration.toMillis() < 1000) {
            return duration.toMillis() + "ms";
        }
        StringBuilder text = new StringBuilder();
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        double seconds = duration.toSecondsPart() + duration.toMillisPart() / 1000.0;
        if (hours > 0) {
            text.append(hours).append("h ");
        }
        if (minutes > 0) {
            text.append(minutes).append("m ");
        }
        if (seconds > 0) {
            text.append(seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds))
                    .append('s');
        }
        return text.toString().strip();
    }
}

package dev.cohort.results;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A trial's start time as a number: the nanoseconds since the epoch of a text that is exactly what
 * {@link Instant#toString()} writes (as the engine records it: {@code 2026-12-03T19:30:00.123456Z}, the
 * fraction in groups of three digits, none when it is zero), so {@link TrialTable} holds 8 bytes per trial
 * instead of a string and gives the same text back. Any other text, even one {@link Instant#parse} reads,
 * is not such a number and stays text.
 */
final class StartTimes {

    /** No number: the text is missing or not in the form {@link Instant#toString()} writes. */
    static final long NONE = Long.MIN_VALUE;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long SECONDS_PER_DAY = 86_400;
    /** 2262-01-01: nanoseconds since the epoch fit in a {@code long} until April 2262. */
    private static final long FIRST_SECOND_OUTSIDE = LocalDate.of(2262, 1, 1).toEpochDay() * SECONDS_PER_DAY;

    private StartTimes() {}

    /**
     * The nanoseconds since the epoch of {@code text} when it is what {@link Instant#toString()} writes for
     * an instant from 1970 to 2261, else {@link #NONE}.
     */
    static long epochNanos(String text) {
        if (text == null || text.length() < 20 || text.charAt(text.length() - 1) != 'Z') {
            return NONE;
        }
        int fractionDigits = text.length() == 20 ? 0 : text.length() - 21;
        if (fractionDigits != 0 && fractionDigits != 3 && fractionDigits != 6 && fractionDigits != 9
                || !separators(text)
                || fractionDigits > 0 && text.charAt(19) != '.') {
            return NONE;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fraction = fractionDigits == 0 ? 0 : digits(text, 20, fractionDigits);
        if (year < 1970
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || fraction < 0
                || !shortest(fraction, fractionDigits)) {
            return NONE;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return NONE;
        }
        long seconds = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        if (seconds >= FIRST_SECOND_OUTSIDE) {
            return NONE;
        }
        return seconds * NANOS_PER_SECOND + fraction * scale(fractionDigits);
    }

    /** The text {@link Instant#toString()} writes for {@code epochNanos}. */
    static String text(long epochNanos) {
        return InstantText.of(instant(epochNanos));
    }

    /** The instant {@code epochNanos} after the epoch. */
    static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(
                Math.floorDiv(epochNanos, NANOS_PER_SECOND), Math.floorMod(epochNanos, NANOS_PER_SECOND));
    }

    private static boolean separators(String text) {
        return text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && text.charAt(10) == 'T'
                && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    /** The number the {@code count} decimal digits at {@code from} write, or {@code -1} when one is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = 10 * value + (c - '0');
        }
        return value;
    }

    /**
     * Whether {@link Instant#toString()} writes {@code fraction} with {@code count} digits: none for zero,
     * else the fewest groups of three.
     */
    private static boolean shortest(int fraction, int count) {
        return switch (count) {
            case 0 -> true;
            case 3 -> fraction != 0;
            default -> fraction % 1000 != 0;
        };
    }

    private static long scale(int fractionDigits) {
        return switch (fractionDigits) {
            case 3 -> 1_000_000L;
            case 6 -> 1_000L;
            default -> 1L;
        };
    }
}

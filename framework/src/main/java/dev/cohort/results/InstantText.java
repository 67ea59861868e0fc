package dev.cohort.results;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant as ISO-8601 text, exactly as {@link Instant#toString()} writes it ({@code
 * 2025-01-01T12:00:00.123456789Z}: the fraction in groups of three digits, none when it is zero), without
 * the general formatter that costs every trial twice (its start journaled, its start stored). Instants
 * outside the years 1970 to 9999 are left to {@link Instant#toString()}.
 */
public final class InstantText {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long FIRST_OUTSIDE = LocalDate.of(10_000, 1, 1).toEpochDay() * SECONDS_PER_DAY;

    private InstantText() {}

    /** The text {@link Instant#toString()} gives for {@code instant}. */
    public static String of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds >= FIRST_OUTSIDE) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        int nano = instant.getNano();
        int fraction = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        byte[] text = new byte[20 + (fraction == 0 ? 0 : 1 + fraction)];
        digits(text, 0, date.getYear(), 4);
        text[4] = '-';
        digits(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        int at = 19;
        if (fraction > 0) {
            text[at++] = '.';
            int shown = fraction == 3 ? nano / 1_000_000 : fraction == 6 ? nano / 1_000 : nano;
            digits(text, at, shown, fraction);
            at += fraction;
        }
        text[at] = 'Z';
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code value} as {@code width} decimal digits, zero-padded, at {@code from}. */
    private static void digits(byte[] text, int from, int value, int width) {
        for (int i = from + width - 1; i >= from; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}

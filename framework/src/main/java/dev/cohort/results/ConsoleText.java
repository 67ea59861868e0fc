package dev.cohort.results;

/**
 * User-controlled text (experiment and configuration names, metric names, error messages) made safe for a
 * status or log line on a terminal: ANSI escape sequences (CSI such as {@code ESC[31m}, OSC such as a
 * window title or hyperlink, and two-character escapes) are removed, carriage returns (which would let the
 * text overwrite the start of its line) are removed, and the other control characters and the
 * bidirectional overrides and isolates (which reorder what a terminal shows) become {@code ?}. Line feeds
 * and tabs are kept. The engine's status lines and the Maven goals' log lines all pass through {@link
 * #clean}.
 */
public final class ConsoleText {

    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';
    private static final char CSI = '\u009b';
    private static final char OSC = '\u009d';
    private static final char ST = '\u009c';

    private ConsoleText() {}

    /** {@code text} without escape sequences and carriage returns, other controls as {@code ?}; null as "null". */
    public static String clean(CharSequence text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!needsCleaning(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (c == ESC || c == CSI || c == OSC) {
                i = endOfEscape(text, i) - 1;
            } else if (c != '\r') {
                out.append('?');
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    private static boolean needsCleaning(char c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        return Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The index after the escape sequence that starts at {@code start}. */
    private static int endOfEscape(CharSequence text, int start) {
        int length = text.length();
        char c = text.charAt(start);
        int i = start + 1;
        if (c == ESC) {
            if (i >= length) {
                return i;
            }
            char next = text.charAt(i);
            if (next == '[') {
                c = CSI;
                i++;
            } else if (next == ']' || next == 'P' || next == '_' || next == '^' || next == 'X') {
                c = OSC;
                i++;
            } else {
                // a two-character escape such as ESC c (reset), with its intermediate bytes
                while (i < length && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2f) {
                    i++;
                }
                return Math.min(i + 1, length);
            }
        }
        if (c == CSI) {
            // parameter and intermediate bytes 0x20-0x3f, then one final byte 0x40-0x7e
            while (i < length && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3f) {
                i++;
            }
            return i < length && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7e ? i + 1 : i;
        }
        // a string (OSC, DCS, APC, PM, SOS) ends with BEL, ST or ESC \
        while (i < length) {
            char s = text.charAt(i);
            if (s == BEL || s == ST) {
                return i + 1;
            }
            if (s == ESC && i + 1 < length && text.charAt(i + 1) == '\\') {
                return i + 2;
            }
            i++;
        }
        return i;
    }
}

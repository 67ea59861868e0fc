package dev.cohort.report;

/**
 * Escaping for LaTeX text mode (pdflatex with the default utf8 input encoding, OT1 or T1 font encoding).
 *
 * <p>A character that pdflatex cannot typeset in both OT1 and T1 is written as {@value #REPLACEMENT}: control
 * characters (NUL included), bidirectional marks and overrides, zero-width characters, emoji and every other
 * character outside printable ASCII, the Latin-1 letters and signs, the Latin Extended-A letters OT1 has and a
 * few typographic marks (dashes, curly quotes, daggers, bullet, ellipsis). Accented Latin letters such as
 * {@code é}, {@code ü}, {@code ł} or {@code ő} are kept.
 */
final class Latex {

    /** What a character pdflatex cannot typeset is written as. */
    static final char REPLACEMENT = '?';

    /** Latin-1 and Latin Extended-A characters that need T1 (or are not set up at all): not typeset. */
    private static final String UNSUPPORTED_LATIN = "\u00ab\u00bb\u00d0\u00de\u00f0\u00fe"
            + "\u0104\u0105\u0110\u0111\u0118\u0119\u0126\u0127\u012e\u012f\u0138\u013f\u0140\u0149"
            + "\u014a\u014b\u0166\u0167\u0172\u0173\u017f";

    /** Typographic marks beyond Latin-1 that both encodings typeset. */
    private static final String SUPPORTED_MARKS = "\u2013\u2014\u2018\u2019\u201c\u201d\u2020\u2021\u2022\u2026";

    private Latex() {}

    /** Whether pdflatex typesets {@code codePoint} as itself in text mode with OT1 and with T1. */
    static boolean typesets(int codePoint) {
        if (codePoint >= 0x20 && codePoint < 0x7f) {
            return true;
        }
        if (codePoint >= 0xa0 && codePoint <= 0x17f) {
            return UNSUPPORTED_LATIN.indexOf(codePoint) < 0;
        }
        return SUPPORTED_MARKS.indexOf(codePoint) >= 0;
    }

    /**
     * {@code text} safe in LaTeX text mode: every special character is replaced by the command that
     * prints it, line breaks and tabs become spaces, and a character pdflatex cannot typeset becomes
     * {@value #REPLACEMENT} (one per code point: an emoji is one {@code ?}).
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\{");
                case '}' -> out.append("\\}");
                case '%' -> out.append("\\%");
                case '_' -> out.append("\\_");
                case '#' -> out.append("\\#");
                case '&' -> out.append("\\&");
                case '$' -> out.append("\\$");
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                case '|' -> out.append("\\textbar{}");
                case '\r', '\n', '\t' -> out.append(' ');
                case '\u00a0' -> out.append('~');
                default -> {
                    if (typesets(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append(REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * {@code text} safe after a {@code %} on one comment line: line breaks and tabs become spaces, the other
     * control characters and the invisible format characters (bidirectional marks and overrides, zero-width
     * characters, which would make an editor show the file other than TeX reads it) {@value #REPLACEMENT}.
     */
    static String comment(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT
                    || c == '\u2028'
                    || c == '\u2029') {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A label key made of letters, digits, {@code .}, {@code :} and {@code -} only. */
    static String labelKey(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == ':'
                    || c == '-';
            out.append(safe ? c : '-');
        }
        return out.toString();
    }
}

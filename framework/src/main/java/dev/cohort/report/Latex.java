package dev.cohort.report;

/** Escaping for LaTeX text mode (pdflatex, default OT1 or T1 font encoding). */
final class Latex {

    private Latex() {}

    /**
     * {@code text} safe in LaTeX text mode: every special character is replaced by the command that
     * prints it, and line breaks become spaces.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} safe after a {@code %} on one comment line. */
    static String comment(String text) {
        return text == null ? "" : text.replace('\r', ' ').replace('\n', ' ');
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

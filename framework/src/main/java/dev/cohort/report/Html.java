package dev.cohort.report;

import dev.cohort.analysis.Statistic;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small HTML builder that escapes every text and attribute value, and collects the footnotes that
 * explain missing statistics ("—" with the reason as a tooltip and a numbered note).
 */
final class Html {

    /** Shown for a statistic that is {@code null}. */
    static final String MISSING = "—";

    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final Map<String, Integer> notes = new LinkedHashMap<>();

    /** Escapes {@code text} for HTML text and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        int first = firstToEscape(text);
        if (first == text.length()) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Where the first character that needs escaping is, or the text's length: most texts (numbers) have none. */
    private static int firstToEscape(String text) {
        int i = 0;
        while (i < text.length() && !needsEscape(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean needsEscape(char c) {
        return c == '&' || c == '<' || c == '>' || c == '"' || c == '\'';
    }

    /** Appends markup written by this package, unescaped. Never pass data here. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * A writer appending raw to this page, for markup produced by a serializer (chart options); never
     * closes anything and never throws.
     */
    Writer appender() {
        return new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                out.append(buffer, offset, length);
            }

            @Override
            public void write(String text, int offset, int length) {
                out.append(text, offset, offset + length);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }

    /** Appends escaped text. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Opens {@code tag} with a class attribute when {@code cssClass} is not {@code null}. */
    Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    /** Closes {@code tag}. */
    Html close(String tag) {
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** {@code <tag class="cssClass">text</tag>} with the text escaped. */
    Html element(String tag, String cssClass, String text) {
        open(tag, cssClass);
        text(text);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A table header row of escaped labels. */
    Html headerRow(List<String> labels) {
        out.append("<thead><tr>");
        for (String label : labels) {
            element("th", null, label);
        }
        out.append("</tr></thead>\n");
        return this;
    }

    /** A statistic in {@link Numbers#readable} form, or "—" with the reason it is undefined. */
    Html number(Statistic<Double> statistic) {
        return value(HtmlSections.num(statistic), statistic.reason());
    }

    /** A statistic with the decimals its interval supports, or "—" with the reason it is undefined. */
    Html number(Statistic<Double> statistic, IntervalDigits digits) {
        return value(digits.text(statistic), statistic.reason());
    }

    /** A p-value in {@link Numbers#pValue} form, or "—" with the reason it is undefined. */
    Html pValue(Statistic<Double> statistic) {
        return value(HtmlSections.p(statistic), statistic.reason());
    }

    /** A count, or "—" with the reason it is undefined. */
    Html count(Statistic<Integer> statistic) {
        return value(statistic.isDefined() ? statistic.value().toString() : null, statistic.reason());
    }

    /** A formatted statistic, or "—" with {@code reason} when it is {@code null}. */
    Html value(String formatted, String reason) {
        return formatted == null ? missing(reason) : text(formatted);
    }

    /** "—" with {@code reason} as tooltip and footnote. Equal reasons share one footnote. */
    Html missing(String reason) {
        String why = reason == null || reason.isBlank() ? Labels.NO_REASON : reason;
        int number = notes.computeIfAbsent(why, r -> notes.size() + 1);
        out.append("<span class=\"na\" title=\"")
                .append(escape(why))
                .append("\">")
                .append(MISSING)
                .append("<sup>")
                .append(number)
                .append("</sup></span>");
        return this;
    }

    /** Writes the collected footnotes as a numbered list and forgets them. */
    Html footnotes() {
        if (!notes.isEmpty()) {
            out.append("<ol class=\"notes\">\n");
            notes.forEach((reason, number) -> out.append("<li value=\"")
                    .append(number)
                    .append("\">")
                    .append(MISSING)
                    .append(' ')
                    .append(escape(reason))
                    .append("</li>\n"));
            out.append("</ol>\n");
            notes.clear();
        }
        return this;
    }

    /** How much was built since the last {@link #drain()}: a position for {@link #insert}. */
    int mark() {
        return out.length();
    }

    /** Inserts markup written by this package at {@code mark}, unescaped: a header once its body proved non-empty. */
    Html insert(int mark, String markup) {
        out.insert(mark, markup);
        return this;
    }

    /** Returns what was built since the last call and forgets it, so a page can be written in parts. */
    String drain() {
        String built = out.toString();
        out.setLength(0);
        return built;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

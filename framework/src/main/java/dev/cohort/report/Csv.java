package dev.cohort.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.
 *
 * <p>A field that a spreadsheet would read as a formula (one starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, OWASP's list for CSV injection) is written as text: a single quote
 * is put before it and the field is quoted. A number ({@code -1}, {@code -2.5E-7}, {@code -Inf}) stays a
 * number. Every field of every CSV file of the report, headers included, passes through {@link #quote}.
 */
final class Csv {

    private final Writer out;

    Csv(Writer out) {
        this.out = out;
    }

    /** Writes one record. A {@code null} field is written as the empty field. */
    void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * The field as written: quoted, with quotes doubled, when it needs to be; a field that would start a
     * formula is written as text, a single quote before it, in quotes.
     */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (startsFormula(field)) {
            return '"' + "'" + field.replace("\"", "\"\"") + '"';
        }
        boolean needsQuotes = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /**
     * Whether a spreadsheet would read {@code field} as a formula: it starts with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return, and is not a number.
     */
    static boolean startsFormula(String field) {
        if (field.isEmpty()) {
            return false;
        }
        char first = field.charAt(0);
        boolean trigger =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !isNumber(field);
    }

    /**
     * Whether {@code field} is a number as this package writes one: {@code [+-]?(\\d+(\\.\\d*)?|\\.\\d+)
     * ([eE][+-]?\\d+)?}, {@code [+-]?Inf} or {@code NaN}. Scanned by hand: it is asked of every negative
     * number of a file.
     */
    static boolean isNumber(String field) {
        if (field.equals("NaN")) {
            return true;
        }
        int length = field.length();
        int i = isSign(field, 0) ? 1 : 0;
        if (field.startsWith("Inf", i)) {
            return i + 3 == length;
        }
        int whole = digits(field, i);
        i += whole;
        if (i < length && field.charAt(i) == '.') {
            i++;
            int fraction = digits(field, i);
            i += fraction;
            if (whole == 0 && fraction == 0) {
                return false;
            }
        } else if (whole == 0) {
            return false;
        }
        if (i < length && (field.charAt(i) == 'e' || field.charAt(i) == 'E')) {
            i++;
            i += isSign(field, i) ? 1 : 0;
            int exponent = digits(field, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == length;
    }

    private static boolean isSign(String text, int at) {
        return at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-');
    }

    /** How many ASCII digits {@code text} has from {@code from} on, before anything else. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** A number in full precision (a count as an integer), or the empty field for {@code null}. */
    static String number(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        return Numbers.exact(value.doubleValue());
    }

    /** Why statistics are missing, as {@code field: reason} pairs sorted by field and joined by {@code "; "}. */
    static String reasons(Map<String, String> reasons) {
        return new TreeMap<>(reasons)
                .entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}

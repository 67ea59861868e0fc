package dev.cohort.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF. */
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

    /** The field as written: quoted, with quotes doubled, when it needs to be. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needsQuotes = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0
                || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
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

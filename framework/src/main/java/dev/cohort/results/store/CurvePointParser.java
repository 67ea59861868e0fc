package dev.cohort.results.store;

import com.fasterxml.jackson.core.io.NumberInput;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses the {@code metric,step,value} lines of a curve file ({@link CurveFileWriter}) without copying
 * their parts: the metric field of the line before is reused when the line starts with it (a file holds
 * a curve's points together), the step is read in place, and the value by Jackson's fast parser, which
 * gives the double {@link Double#parseDouble} gives (both round correctly), falling back to it for what
 * it does not take. A line is malformed when {@link Double#parseDouble}, {@link Long#parseLong} or the
 * metric's quoting refuse it. Not thread-safe: one per file read.
 */
final class CurvePointParser {

    private static final int MAX_SAFE_DIGITS = 18; // a step of at most 18 digits cannot overflow a long

    private final CurveFileReader.PointConsumer consumer;
    private String lastField;
    private byte[] lastFieldBytes = new byte[0];
    private String lastMetric;
    private char[] chars = new char[32];

    CurvePointParser(CurveFileReader.PointConsumer consumer) {
        this.consumer = consumer;
    }

    /** Parses a decoded line and passes its point on; false when it is malformed. */
    boolean parse(String line) {
        int valueComma = line.lastIndexOf(',');
        int stepComma = valueComma <= 0 ? -1 : line.lastIndexOf(',', valueComma - 1);
        if (stepComma < 0) {
            return false;
        }
        String metric;
        if (lastField != null && stepComma == lastField.length() && line.startsWith(lastField)) {
            metric = lastMetric;
        } else {
            metric = remember(line.substring(0, stepComma));
            if (metric == null) {
                return false;
            }
        }
        try {
            long step = Long.parseLong(line, stepComma + 1, valueComma, 10);
            consumer.accept(metric, step, value(line.substring(valueComma + 1)));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Parses an ASCII line {@code bytes[from, to)} as {@link #parse(String)} parses its text, and passes
     * its point on; false when it is malformed.
     */
    boolean parse(byte[] bytes, int from, int to) {
        int valueComma = lastIndexOf(bytes, from, to, ',');
        int stepComma = valueComma <= from ? -1 : lastIndexOf(bytes, from, valueComma, ',');
        if (stepComma < 0) {
            return false;
        }
        String metric;
        if (lastField != null && Arrays.equals(bytes, from, stepComma, lastFieldBytes, 0, lastFieldBytes.length)) {
            metric = lastMetric;
        } else {
            metric = remember(new String(bytes, from, stepComma - from, StandardCharsets.ISO_8859_1));
            if (metric == null) {
                return false;
            }
        }
        try {
            long step = step(bytes, stepComma + 1, valueComma);
            int length = to - valueComma - 1;
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            for (int i = 0; i < length; i++) {
                chars[i] = (char) bytes[valueComma + 1 + i];
            }
            consumer.accept(metric, step, value(chars, length));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The metric a field names (its quotes removed), remembered for the next line; null when malformed. */
    private String remember(String field) {
        String metric = unquote(field);
        if (metric != null) {
            lastField = field;
            lastFieldBytes = field.getBytes(StandardCharsets.ISO_8859_1);
            lastMetric = metric;
        }
        return metric;
    }

    /** {@link Long#parseLong} of the ASCII bytes, without a string for the usual few digits. */
    private static long step(byte[] bytes, int from, int to) {
        int at = from;
        boolean negative = at < to && bytes[at] == '-';
        if (at < to && (bytes[at] == '-' || bytes[at] == '+')) {
            at++;
        }
        if (at == to || to - at > MAX_SAFE_DIGITS) {
            return Long.parseLong(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
        }
        long value = 0;
        for (int i = at; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                throw new NumberFormatException("not a step");
            }
            value = 10 * value + digit;
        }
        return negative ? -value : value;
    }

    private static double value(String text) {
        try {
            return NumberInput.parseDouble(text, true);
        } catch (NumberFormatException e) {
            return Double.parseDouble(text);
        }
    }

    private static double value(char[] text, int length) {
        try {
            return NumberInput.parseDouble(text, 0, length, true);
        } catch (NumberFormatException e) {
            return Double.parseDouble(new String(text, 0, length));
        }
    }

    private static int lastIndexOf(byte[] bytes, int from, int to, char c) {
        for (int i = to - 1; i >= from; i--) {
            if (bytes[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String field) {
        if (!field.startsWith("\"")) {
            return field.indexOf('"') < 0 ? field : null;
        }
        if (field.length() < 2 || !field.endsWith("\"")) {
            return null;
        }
        return field.substring(1, field.length() - 1).replace("\"\"", "\"");
    }
}

package dev.cohort.results.store;

import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Streams the points of a curve file written by {@link CurveFileWriter}, without holding the file in
 * memory. Decoding is lenient, as for results files ({@link ResultLines}): a byte-order mark is skipped
 * and bytes that are not valid UTF-8 are replaced; such a line is reported and skipped (its metric name
 * would name another curve), as is a malformed or truncated line (a killed run). The rest of the file is
 * kept: reading never fails on content.
 */
public final class CurveFileReader {

    /** The reason given for a line that is not a curve point. */
    public static final String MALFORMED = "malformed curve point skipped";

    /** The reason given for a line holding bytes that are not valid UTF-8. */
    public static final String INVALID_BYTES = JsonLinesResultReader.INVALID_BYTES + ", curve point skipped";

    /** Receives the points of a curve file, in file order. */
    @FunctionalInterface
    public interface PointConsumer {
        /** Receives one point. */
        void accept(String metric, long step, double value);
    }

    /** Receives the lines of a curve file that were skipped. */
    @FunctionalInterface
    public interface SkippedLine {
        /**
         * Receives one skipped line.
         *
         * @param line the line number, from 1
         * @param reason why it was skipped: {@link #MALFORMED}, {@link #INVALID_BYTES} or damaged gzip data
         */
        void accept(int line, String reason);
    }

    private CurveFileReader() {}

    /**
     * Passes every point of {@code file} to {@code consumer}.
     *
     * @return the number of lines skipped
     * @throws IOException when the file cannot be read
     */
    public static int read(Path file, PointConsumer consumer) throws IOException {
        return read(file, consumer, (line, reason) -> {});
    }

    /**
     * Passes every point of {@code file} to {@code consumer} and every line skipped to {@code skipped}.
     * Reads line by line: memory does not grow with the file.
     *
     * @return the number of lines skipped
     * @throws IOException when the file cannot be read
     */
    public static int read(Path file, PointConsumer consumer, SkippedLine skipped) throws IOException {
        int count = 0;
        PointParser parser = new PointParser();
        try (ResultLines lines = ResultLines.open(file)) {
            int last = 0;
            for (ResultLines.Line line = lines.next(); line != null; line = lines.next()) {
                last = line.number();
                if (line.text().isEmpty() || (last == 1 && line.text().equals(CurveFileWriter.HEADER))) {
                    continue;
                }
                String reason =
                        line.replaced() ? INVALID_BYTES : parser.parse(line.text(), consumer) ? null : MALFORMED;
                if (reason != null) {
                    skipped.accept(last, reason);
                    count++;
                }
            }
            if (lines.damage() != null) {
                skipped.accept(last + 1, JsonLinesResultReader.DAMAGED_GZIP + ": " + lines.damage());
                count++;
            }
        }
        return count;
    }

    /**
     * Parses {@code metric,step,value} lines without copying their parts: the metric field of the
     * previous line is reused when the line starts with it (a file holds a curve's points together), the
     * step is read in place, and the value by Jackson's fast parser, which gives the double {@link
     * Double#parseDouble} gives (both round correctly), falling back to it for what it does not take.
     */
    private static final class PointParser {

        private String lastField;
        private String lastMetric;

        boolean parse(String line, PointConsumer consumer) {
            int valueComma = line.lastIndexOf(',');
            int stepComma = valueComma <= 0 ? -1 : line.lastIndexOf(',', valueComma - 1);
            if (stepComma < 0) {
                return false;
            }
            String metric = metric(line, stepComma);
            if (metric == null) {
                return false;
            }
            try {
                long step = Long.parseLong(line, stepComma + 1, valueComma, 10);
                double value = value(line.substring(valueComma + 1));
                consumer.accept(metric, step, value);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }

        private String metric(String line, int stepComma) {
            if (lastField != null && stepComma == lastField.length() && line.startsWith(lastField)) {
                return lastMetric;
            }
            String field = line.substring(0, stepComma);
            String metric = unquote(field);
            if (metric != null) {
                lastField = field;
                lastMetric = metric;
            }
            return metric;
        }

        private static double value(String text) {
            try {
                return NumberInput.parseDouble(text, true);
            } catch (NumberFormatException e) {
                return Double.parseDouble(text);
            }
        }
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

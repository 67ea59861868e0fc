package dev.cohort.results.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Streams the points of a curve file written by {@link CurveFileWriter}, without holding the file in
 * memory. A malformed or truncated line (a killed run) is skipped and counted, never fatal.
 */
public final class CurveFileReader {

    /** Receives the points of a curve file, in file order. */
    @FunctionalInterface
    public interface PointConsumer {
        /** Receives one point. */
        void accept(String metric, long step, double value);
    }

    private CurveFileReader() {}

    /**
     * Passes every point of {@code file} to {@code consumer}.
     *
     * @return the number of malformed lines skipped
     * @throws IOException when the file cannot be read
     */
    public static int read(Path file, PointConsumer consumer) throws IOException {
        return read(file, consumer, line -> {});
    }

    /**
     * Passes every point of {@code file} to {@code consumer} and the number (from 1) of every malformed
     * line to {@code malformed}. Reads line by line: memory does not grow with the file.
     *
     * @return the number of malformed lines skipped
     * @throws IOException when the file cannot be read
     */
    public static int read(Path file, PointConsumer consumer, IntConsumer malformed) throws IOException {
        int count = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 1;
            String line = reader.readLine();
            if (line != null && !line.equals(CurveFileWriter.HEADER) && !parse(line, consumer)) {
                malformed.accept(number);
                count++;
            }
            for (line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isEmpty() && !parse(line, consumer)) {
                    malformed.accept(number);
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean parse(String line, PointConsumer consumer) {
        int valueComma = line.lastIndexOf(',');
        int stepComma = valueComma <= 0 ? -1 : line.lastIndexOf(',', valueComma - 1);
        if (stepComma < 0) {
            return false;
        }
        String metric = unquote(line.substring(0, stepComma));
        if (metric == null) {
            return false;
        }
        try {
            long step = Long.parseLong(line.substring(stepComma + 1, valueComma));
            double value = Double.parseDouble(line.substring(valueComma + 1));
            consumer.accept(metric, step, value);
            return true;
        } catch (NumberFormatException e) {
            return false;
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

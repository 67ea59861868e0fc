package dev.cohort.results.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes one trial's learning curves to their own CSV file with the header {@value #HEADER}, one point
 * per line, so the trial lines stay small and fast to read. A metric name holding a comma or quote is
 * quoted as in RFC 4180. A metric name is written as its {@linkplain #storedName stored name}: line breaks
 * and tabs become spaces, other control characters and lone surrogates (which UTF-8 cannot encode)
 * become U+FFFD, so no name fails a trial or breaks a line.
 *
 * <p>Curve files end with {@value #EXTENSION}, never {@code .jsonl}, so the results reader does not take
 * them for trial lines. A writer never overwrites an existing file.
 */
public final class CurveFileWriter implements AutoCloseable {

    /** The first line of every curve file. */
    public static final String HEADER = "metric,step,value";

    /** How curve file names end. */
    public static final String EXTENSION = ".csv";

    private static final char REPLACEMENT = '\uFFFD';

    private final BufferedWriter out;

    private CurveFileWriter(BufferedWriter out) {
        this.out = out;
    }

    /**
     * Creates {@code file} (and its directories) and writes the header.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    public static CurveFileWriter create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BufferedWriter out = Files.newBufferedWriter(
                file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        out.write(HEADER);
        out.write('\n');
        return new CurveFileWriter(out);
    }

    /**
     * The name under which a curve of {@code metric} is stored and read back: line breaks and tabs as
     * spaces, other control characters and lone surrogates as U+FFFD, the rest as it is.
     */
    public static String storedName(String metric) {
        StringBuilder out = null;
        int length = metric.length();
        for (int i = 0; i < length; i++) {
            char c = metric.charAt(i);
            char safe = c;
            if (c == '\n' || c == '\r' || c == '\t') {
                safe = ' ';
            } else if (Character.isISOControl(c)) {
                safe = REPLACEMENT;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(metric.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(metric.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                safe = REPLACEMENT;
            } else if (Character.isLowSurrogate(c)) {
                safe = REPLACEMENT;
            }
            if (safe != c && out == null) {
                out = new StringBuilder(length).append(metric, 0, i);
            }
            if (out != null) {
                out.append(safe);
            }
        }
        return out == null ? metric : out.toString();
    }

    /** Appends one point. */
    public void write(String metric, long step, double value) {
        try {
            out.write(quote(metric));
            out.write(',');
            out.write(Long.toString(step));
            out.write(',');
            out.write(Double.toString(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a curve point", e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static String quote(String metric) {
        String field = storedName(metric);
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}

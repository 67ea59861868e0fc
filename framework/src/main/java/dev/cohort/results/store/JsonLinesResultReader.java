package dev.cohort.results.store;

import dev.cohort.results.Interner;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads every {@code *.jsonl} and {@code *.jsonl.gz} file under a results directory (any depth) back
 * into trials.
 *
 * <p>Decoding is lenient ({@link ResultChunks}, {@link LineDecoder}): a byte-order mark is skipped, gzip data is decompressed
 * whatever the file's name, and bytes that are not UTF-8 are replaced and the line reported, the rest of
 * the file kept (the line itself too, unless the bytes fall in its experiment, configuration or metric
 * names, which would make it another one). A line missing a required field ({@code experiment}, {@code config}, {@code seed},
 * {@code status}; {@code metrics} for a successful trial) is reported naming the field and skipped, never
 * read with a default. A malformed line is reported as a {@link ReadProblem} naming its file and line and skipped; a
 * torn last line (a file not ending in a line break whose last line does not parse: the run writing it
 * was killed or its disk filled) is reported as such and skipped. Reading never fails on content. Trials
 * of one configuration share one configuration map ({@link Interner}) and are held by column
 * ({@link TrialTable}), so large studies fit in memory; one large file is parsed on every core
 * ({@link ParsedLines}).
 */
public final class JsonLinesResultReader {

    /** The start of the message of a torn last line. */
    public static final String TORN_LINE = "torn last line (the run writing it was interrupted), ignored";

    /**
     * The start of the message of a line holding bytes that are not UTF-8: the line is kept when the bytes
     * are outside its experiment, configuration and metric names, and ignored otherwise.
     */
    public static final String INVALID_BYTES = "bytes that are not valid UTF-8, replaced with U+FFFD";

    /** The start of the message of a gzip file that ends early or is corrupt (its earlier lines are kept). */
    public static final String DAMAGED_GZIP = "the compressed data ends early or is corrupt, the rest is lost";

    private static final char REPLACEMENT = '\uFFFD';

    /** The suffixes of results files: plain and gzip-compressed JSON lines. */
    private static final List<String> SUFFIXES = List.of(".jsonl", ".jsonl.gz");

    private JsonLinesResultReader() {}

    /**
     * Reads all results under {@code directory}.
     *
     * @throws IOException when the directory cannot be listed or a file cannot be read; the message names
     *     the directory or file
     */
    public static LoadedResults read(Path directory) throws IOException {
        return read(files(directory));
    }

    private static LoadedResults read(List<Path> files) throws IOException {
        TrialTable.Builder trials = TrialTable.builder();
        List<ReadProblem> problems = new ArrayList<>();
        try (ParsedLines parsed = new ParsedLines(files, new Interner())) {
            for (ParsedLines.Batch batch = parsed.next(); batch != null; batch = parsed.next()) {
                accept(batch, trials, problems);
            }
        }
        return new LoadedResults(trials.build(), problems);
    }

    /**
     * The results files under {@code directory}, at any depth, sorted by path.
     *
     * @throws IOException naming the directory when it is missing, not a directory or cannot be listed
     */
    public static List<Path> files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("Results directory " + directory + " does not exist or is not a directory");
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(JsonLinesResultReader::isResultsFile)
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IOException("Cannot list the results directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code file} is named like a results file ({@code *.jsonl} or {@code *.jsonl.gz}). */
    public static boolean isResultsFile(Path file) {
        Path name = file.getFileName();
        return name != null && SUFFIXES.stream().anyMatch(name.toString()::endsWith);
    }

    /**
     * Reads one results file.
     *
     * @throws IOException naming the file when it cannot be read
     */
    public static LoadedResults readFile(Path file) throws IOException {
        return read(List.of(file));
    }

    /** Takes the parsed lines of a batch in order: the trials kept, the problems named by file and line. */
    private static void accept(ParsedLines.Batch batch, TrialTable.Builder trials, List<ReadProblem> problems) {
        Path file = batch.file();
        for (ParsedLines.Parsed line : batch.lines()) {
            TrialResult trial = line.trial();
            if (trial != null) {
                Optional<String> damaged = line.replaced() ? damagedField(trial) : Optional.empty();
                if (line.replaced()) {
                    problems.add(new ReadProblem(
                            file,
                            batch.number(line),
                            INVALID_BYTES
                                    + damaged.map(f -> " in '" + f + "', line ignored (it would be read as"
                                                    + " another " + noun(f) + ")")
                                            .orElse(", line kept")));
                }
                if (damaged.isEmpty()) {
                    trials.add(trial);
                }
            } else {
                if (line.replaced()) {
                    problems.add(new ReadProblem(file, batch.number(line), INVALID_BYTES));
                }
                // only the last line of a file can lack its line break
                boolean torn = !line.terminated();
                String why = describe(line.failure());
                problems.add(new ReadProblem(file, batch.number(line), torn ? TORN_LINE + ": " + why : why));
            }
        }
        if (batch.damage() != null) {
            problems.add(new ReadProblem(file, batch.lastLine() + 1, DAMAGED_GZIP + ": " + batch.damage()));
        }
    }

    /**
     * The field naming what the trial belongs to ({@code experiment}, {@code config}, {@code metrics})
     * whose text holds a replaced byte, if any: such a line would be read as another experiment,
     * configuration or metric, so it is skipped; a replaced byte elsewhere (an error message) is harmless.
     */
    private static Optional<String> damagedField(TrialResult trial) {
        if (trial.experiment().indexOf(REPLACEMENT) >= 0) {
            return Optional.of("experiment");
        }
        for (Map.Entry<String, Object> entry : trial.config().entrySet()) {
            if (entry.getKey().indexOf(REPLACEMENT) >= 0
                    || String.valueOf(entry.getValue()).indexOf(REPLACEMENT) >= 0) {
                return Optional.of("config");
            }
        }
        for (String metric : trial.metrics().keySet()) {
            if (metric.indexOf(REPLACEMENT) >= 0) {
                return Optional.of("metrics");
            }
        }
        return Optional.empty();
    }

    private static String noun(String field) {
        return switch (field) {
            case "config" -> "configuration";
            case "metrics" -> "metric";
            default -> field;
        };
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        int details = message == null ? -1 : message.indexOf("\n at [Source");
        return details < 0 ? String.valueOf(message) : message.substring(0, details);
    }
}

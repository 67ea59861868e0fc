package dev.cohort.runtime;

import dev.cohort.results.TrialResult;
import dev.cohort.results.store.CurveFileWriter;
import dev.cohort.results.store.JsonLinesResultWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Stores the trials of one engine execution (a run). Thread-safe: parallel trials record concurrently.
 *
 * <p>Layout under the results directory:
 *
 * <ul>
 *   <li>{@code run-<yyyyMMdd-HHmmss>-<pid>.jsonl}: one line per trial, appended when the trial ends.
 *       The file is new for every run (a numeric suffix is added when the name is taken), so parallel
 *       Surefire forks and repeated runs never overwrite each other's results.
 *   <li>{@code curves/<run-name>/<hash>-s<seed>.csv}: the learning curves of one trial, when it logged
 *       any. {@code <hash>} is the first 16 hex digits of the SHA-256 of the experiment id and
 *       configuration id, so no user-chosen text becomes part of a path. The trial line's {@code
 *       curves} field holds this path relative to the results directory.
 * </ul>
 */
public final class RunRecorder implements AutoCloseable {

    /** The directory under the results directory that holds curve files. */
    public static final String CURVES_DIRECTORY = "curves";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path resultsDirectory;
    private final String runName;
    private final JsonLinesResultWriter writer;

    private RunRecorder(Path resultsDirectory, String runName, JsonLinesResultWriter writer) {
        this.resultsDirectory = resultsDirectory;
        this.runName = runName;
        this.writer = writer;
    }

    /**
     * Creates a new results file for a run in {@code resultsDirectory} (made when missing).
     *
     * @throws IOException when the directory or file cannot be created
     */
    public static RunRecorder open(Path resultsDirectory) throws IOException {
        Files.createDirectories(resultsDirectory);
        String base = "run-" + LocalDateTime.now().format(STAMP) + "-"
                + ProcessHandle.current().pid();
        for (int attempt = 1; ; attempt++) {
            String runName = attempt == 1 ? base : base + "-" + attempt;
            Path file = resultsDirectory.resolve(runName + ".jsonl");
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            return new RunRecorder(resultsDirectory, runName, JsonLinesResultWriter.open(file));
        }
    }

    /** The name of this run, for example {@code run-20250101-120000-4242}. */
    public String runName() {
        return runName;
    }

    /** The run's results file. */
    public Path resultsFile() {
        return writer.file();
    }

    /**
     * Stores one trial: its curves (when it logged any) in their own file, then its line.
     *
     * @return the stored result
     * @throws UncheckedIOException when the curves or the line cannot be written
     */
    public TrialResult record(TrialOutcome outcome) {
        String curves = outcome.curves().isEmpty() ? null : writeCurves(outcome);
        TrialResult result = outcome.toResult(curves);
        writer.append(result);
        return result;
    }

    private String writeCurves(TrialOutcome outcome) {
        String relative = CURVES_DIRECTORY + "/" + runName + "/"
                + hash(outcome.experiment().id() + "\n"
                        + outcome.configuration().id())
                + "-s" + outcome.seed() + CurveFileWriter.EXTENSION;
        try (CurveFileWriter curves = CurveFileWriter.create(resultsDirectory.resolve(relative))) {
            outcome.curves().forEach(curves::write);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the curves of a trial to " + relative, e);
        }
        return relative;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}

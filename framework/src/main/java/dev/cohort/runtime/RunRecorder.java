package dev.cohort.runtime;

import dev.cohort.results.RunInfo;
import dev.cohort.results.Shard;
import dev.cohort.results.TrialResult;
import dev.cohort.results.store.CurveFileWriter;
import dev.cohort.results.store.JsonLinesResultWriter;
import dev.cohort.results.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Stores the trials of one engine execution (a run). Thread-safe: parallel trials record concurrently.
 *
 * <p>Layout under the results directory:
 *
 * <ul>
 *   <li>{@code run-<yyyyMMdd-HHmmss>-<host>-<pid>.jsonl}, or {@code
 *       run-<yyyyMMdd-HHmmss>-<host>-<pid>-shard<i>of<n>.jsonl} for shard {@code i/n} of a study split
 *       across JVMs ({@link Shard}): one line per trial, appended when the trial ends, each carrying the
 *       run's {@link RunInfo} (code version, JVM, OS, host, start, shard). The file
 *       is new for every run and created exclusively (a numeric suffix is added when the name is
 *       taken), so parallel Surefire forks, repeated runs and JVMs on several machines sharing one
 *       results directory (a cluster file system) each write their own file and never interleave
 *       bytes, whatever the file system guarantees for concurrent appends to one file.
 *   <li>{@code <run-name>.started}: the run's journal of trial starts ({@link StartJournal}), one line
 *       appended and flushed before each trial's method is invoked, by which the next run finds the
 *       trials in flight when this run's JVM ended.
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
    private final RunInfo run;
    private final StartJournal journal;

    private RunRecorder(
            Path resultsDirectory, String runName, JsonLinesResultWriter writer, RunInfo run, StartJournal journal) {
        this.resultsDirectory = resultsDirectory;
        this.runName = runName;
        this.writer = writer;
        this.run = run;
        this.journal = journal;
    }

    /**
     * Creates a new results file for a run in {@code resultsDirectory} (made when missing).
     *
     * @throws IOException when the directory or file cannot be created
     */
    public static RunRecorder open(Path resultsDirectory) throws IOException {
        return open(resultsDirectory, Shard.whole());
    }

    /**
     * Creates a new results file for a run of {@code shard} in {@code resultsDirectory} (made when
     * missing); the shard is part of the file name, unless it is the whole study.
     *
     * @throws IOException when the directory or file cannot be created
     */
    public static RunRecorder open(Path resultsDirectory, Shard shard) throws IOException {
        Files.createDirectories(resultsDirectory);
        Instant startedAt = Instant.now();
        String base = "run-"
                + LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault()).format(STAMP) + "-"
                + RunEnvironment.hostForFileName(RunEnvironment.host()) + "-"
                + ProcessHandle.current().pid()
                + (shard.isWhole() ? "" : "-" + shard.fileNamePart());
        for (int attempt = 1; ; attempt++) {
            String runName = attempt == 1 ? base : base + "-" + attempt;
            Path file = resultsDirectory.resolve(runName + ".jsonl");
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            JsonLinesResultWriter writer = JsonLinesResultWriter.open(file);
            StartJournal journal;
            try {
                journal = StartJournal.open(resultsDirectory.resolve(runName + StartJournal.EXTENSION));
            } catch (IOException e) {
                writer.close();
                throw e;
            }
            return new RunRecorder(
                    resultsDirectory, runName, writer, RunEnvironment.describe(runName, startedAt, shard), journal);
        }
    }

    /**
     * The name of this run, for example {@code run-20250101-120000-node7-4242} or {@code
     * run-20250101-120000-node7-4242-shard2of4}.
     */
    public String runName() {
        return runName;
    }

    /** What produced this run's trials, written with each of them. */
    public RunInfo run() {
        return run;
    }

    /** The run's results file. */
    public Path resultsFile() {
        return writer.file();
    }

    /**
     * Journals that the trial of {@code configuration} with the seed at {@code seedIndex} starts now,
     * before its method is invoked.
     *
     * @return the journaled start
     * @throws StoreException naming the journal and the cause when the line cannot be written
     */
    public Instant started(ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        return journal.started(
                experiment.id(), experiment.stage(), configuration.storedId(), experiment.seed(seedIndex));
    }

    /** The run's journal of trial starts. */
    public Path journalFile() {
        return journal.file();
    }

    /**
     * Stores one trial: its curves (when it logged any) in their own file, then its line.
     *
     * @return the stored result
     * @throws StoreException naming the file and the cause when the curves or the line cannot be written
     */
    public TrialResult record(TrialOutcome outcome) {
        String curves = outcome.curves().isEmpty() ? null : writeCurves(outcome);
        TrialResult result = outcome.toResult(curves, run);
        writer.append(result);
        journal.answered(outcome.experiment().id(), outcome.configuration().storedId(), outcome.seed());
        return result;
    }

    /**
     * Withdraws the journaled start of a trial whose result could not be stored ({@link
     * StartJournal#withdraw}), so the next run does not record it as crashed.
     *
     * @throws StoreException naming the journal when it cannot be written
     */
    public void notStored(TrialOutcome outcome) {
        try {
            journal.withdraw(outcome.experiment().id(), outcome.configuration().storedId(), outcome.seed());
        } catch (IOException e) {
            throw new StoreException(
                    "cannot withdraw the start of the trial in",
                    journal.file(),
                    e,
                    "the next run records it as crashed");
        }
    }

    private String writeCurves(TrialOutcome outcome) {
        String relative = CURVES_DIRECTORY + "/" + runName + "/"
                + hash(outcome.experiment().id() + "\n"
                        + outcome.configuration().id())
                + "-s" + outcome.seed() + CurveFileWriter.EXTENSION;
        Path file = resultsDirectory.resolve(relative);
        try (CurveFileWriter curves = CurveFileWriter.create(file)) {
            outcome.curves().forEach(curves::write);
        } catch (IOException e) {
            throw new StoreException("cannot store the curves of the trial in", file, e, discard(file));
        } catch (UncheckedIOException e) {
            throw new StoreException("cannot store the curves of the trial in", file, e.getCause(), discard(file));
        }
        return relative;
    }

    /** Deletes the part of a curve file written before a failure; no line will name it. */
    private static String discard(Path file) {
        try {
            return Files.deleteIfExists(file) ? "the part written is deleted" : null;
        } catch (IOException e) {
            return "the part written could not be deleted: " + StoreException.reason(e);
        }
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
        try {
            writer.close();
        } finally {
            journal.close();
        }
    }
}

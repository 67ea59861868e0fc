package dev.cohort.runtime;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cohort.results.InstantText;
import dev.cohort.results.TrialStage;
import dev.cohort.results.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The journal of the trials a run started: {@code <run-name>.started} next to the run's {@code
 * <run-name>.jsonl}, one JSON line per trial start ({@code {"experiment":...,"configId":...,"seed":...,
 * "started":"<instant>"}}, with {@code "stage":"confirmation"} for a trial of a confirmation stage),
 * appended and flushed before the trial's method is invoked. It is not named {@code *.jsonl}, so result
 * readers never see it.
 *
 * <p>A start that no stored result answers (no result of the same trial started at or after it) was in
 * flight when its JVM ended ({@code System.exit}, a kill, a crash); the next run that reads the stored
 * trials records it as {@link dev.cohort.results.TrialStatus#CRASHED} ({@link CompletedTrials}).
 *
 * <p>A start whose trial ended without a stored result because the results store failed (a full disk)
 * was no crash: it is {@linkplain #withdraw withdrawn} by overwriting its key {@code "started"} in place
 * with {@code "stopped"}, of the same length, so no space is needed on a full disk, and readers pass the
 * line over. Thread-safe.
 */
public final class StartJournal implements AutoCloseable {

    /** How a journal file's name ends. */
    public static final String EXTENSION = ".started";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One journaled start.
     *
     * @param experiment the experiment id
     * @param configId the configuration id, as stored in result lines
     * @param seed the trial's seed
     * @param started when the trial started
     * @param file the journal, relative to the results directory
     * @param stage the stage of the experiment the trial belongs to
     */
    public record Start(
            String experiment, String configId, long seed, Instant started, String file, TrialStage stage) {}

    private static final byte[] STARTED_KEY = "\"started\":\"".getBytes(StandardCharsets.UTF_8);
    private static final byte[] STOPPED = "\"stopped\"".getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private final FileChannel out;
    /** Where the key {@code "started"} of each unanswered start of this run lies in the file, by trial. */
    private final Map<StartedTrial, Long> unanswered = new HashMap<>();

    private FileChannel overwriter;

    private StartJournal(Path file, FileChannel out) {
        this.file = file;
        this.out = out;
    }

    /** Opens (creating or appending to) the journal at {@code file}. */
    static StartJournal open(Path file) throws IOException {
        return new StartJournal(
                file,
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /**
     * Journals that the trial starts now: one line, flushed to the operating system.
     *
     * @return the journaled start time
     * @throws StoreException naming the journal and the cause when the line cannot be written
     */
    public Instant started(String experimentId, TrialStage stage, String configId, long seed) {
        Instant now = Instant.now();
        try {
            byte[] bytes = line(experimentId, stage, configId, seed, now).getBytes(StandardCharsets.UTF_8);
            synchronized (this) {
                long position = out.size();
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                unanswered.put(key(experimentId, configId, seed), position + lastIndexOf(bytes, STARTED_KEY));
            }
        } catch (IOException e) {
            throw new StoreException("cannot journal the start of the trial in", file, e, null);
        }
        return now;
    }

    /** The journal line of one start, line break included; strings quoted as Jackson's generator does. */
    private static String line(String experimentId, TrialStage stage, String configId, long seed, Instant now) {
        JsonStringEncoder quoting = JsonStringEncoder.getInstance();
        StringBuilder line = new StringBuilder(192).append("{\"experiment\":\"");
        quoting.quoteAsString(experimentId, line);
        line.append("\",\"configId\":\"");
        quoting.quoteAsString(configId, line);
        line.append("\",\"seed\":").append(seed).append(",\"started\":\"").append(InstantText.of(now));
        if (stage != TrialStage.TUNING) {
            line.append("\",\"stage\":\"");
            quoting.quoteAsString(stage.label(), line);
        }
        return line.append("\"}\n").toString();
    }

    /** Forgets the start of a trial whose result is stored: it is answered and will not be withdrawn. */
    public synchronized void answered(String experimentId, String configId, long seed) {
        unanswered.remove(key(experimentId, configId, seed));
    }

    /**
     * Withdraws this run's start of a trial whose result could not be stored, so the next run does not
     * take it for a crash: its key {@code "started"} becomes {@code "stopped"}, written in place.
     *
     * @throws IOException when the journal cannot be written
     */
    public synchronized void withdraw(String experimentId, String configId, long seed) throws IOException {
        Long position = unanswered.remove(key(experimentId, configId, seed));
        if (position == null) {
            return;
        }
        if (overwriter == null) {
            // not the appending channel: a write at a position of a channel in append mode appends
            overwriter = FileChannel.open(file, StandardOpenOption.WRITE);
        }
        ByteBuffer buffer = ByteBuffer.wrap(STOPPED);
        long at = position;
        while (buffer.hasRemaining()) {
            at += overwriter.write(buffer, at);
        }
    }

    private static StartedTrial key(String experimentId, String configId, long seed) {
        return new StartedTrial(experimentId, configId, seed);
    }

    /** A trial of this run, by which its unanswered start is found. */
    private record StartedTrial(String experimentId, String configId, long seed) {}

    /** The index of the last occurrence of {@code part} in {@code bytes}: the key, not a name's text. */
    private static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int i = bytes.length - part.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("A journal line without its key \"started\"");
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            out.close();
        } finally {
            if (overwriter != null) {
                overwriter.close();
            }
        }
    }

    /**
     * Every start journaled under {@code resultsDirectory} (any depth). A line that cannot be read (a torn
     * last line of a killed run) is passed over: it names a trial whose method was not yet invoked.
     *
     * @throws IOException when a journal cannot be read
     */
    public static List<Start> read(Path resultsDirectory) throws IOException {
        List<Start> starts = new ArrayList<>();
        if (!Files.isDirectory(resultsDirectory)) {
            return starts;
        }
        List<Path> journals;
        try (Stream<Path> walk = Files.walk(resultsDirectory)) {
            journals = walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        for (Path journal : journals) {
            String shown = resultsDirectory.relativize(journal).toString();
            for (String text : new String(Files.readAllBytes(journal), StandardCharsets.UTF_8).split("\n")) {
                parse(text, shown).ifPresent(starts::add);
            }
        }
        return starts;
    }

    private static Optional<Start> parse(String text, String file) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.path("experiment").isTextual()
                    || !node.path("configId").isTextual()
                    || !node.path("seed").canConvertToLong()
                    || !node.path("started").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new Start(
                    node.get("experiment").asText(),
                    node.get("configId").asText(),
                    node.get("seed").asLong(),
                    Instant.parse(node.get("started").asText()),
                    file,
                    TrialStage.CONFIRMATION.label().equals(node.path("stage").asText())
                            ? TrialStage.CONFIRMATION
                            : TrialStage.TUNING));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package dev.cohort.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cohort.results.TrialStage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Thread-safe.
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

    private final Path file;
    private final OutputStream out;

    private StartJournal(Path file, OutputStream out) {
        this.file = file;
        this.out = out;
    }

    /** Opens (creating or appending to) the journal at {@code file}. */
    static StartJournal open(Path file) throws IOException {
        return new StartJournal(
                file,
                Files.newOutputStream(
                        file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /**
     * Journals that the trial starts now: one line, flushed to the operating system.
     *
     * @return the journaled start time
     * @throws UncheckedIOException naming the journal when the line cannot be written
     */
    public Instant started(String experimentId, TrialStage stage, String configId, long seed) {
        Instant now = Instant.now();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("experiment", experimentId);
        line.put("configId", configId);
        line.put("seed", seed);
        line.put("started", now.toString());
        if (stage != TrialStage.TUNING) {
            line.put("stage", stage.label());
        }
        try {
            byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            synchronized (this) {
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot journal the start of a trial in " + file + ": " + e.getMessage(), e);
        }
        return now;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
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

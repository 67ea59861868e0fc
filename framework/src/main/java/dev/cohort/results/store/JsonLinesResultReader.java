package dev.cohort.results.store;

import dev.cohort.results.Interner;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every {@code *.jsonl} file under a results directory (any depth) back into trials.
 *
 * <p>A malformed line is reported as a {@link ReadProblem} naming its file and line and skipped; a
 * torn last line (a file not ending in a line break whose last line does not parse: the run writing it
 * was killed or its disk filled) is reported as such and skipped. Reading never fails on content. Trials
 * of one configuration share one configuration map ({@link Interner}), so large studies fit in memory.
 */
public final class JsonLinesResultReader {

    /** The start of the message of a torn last line. */
    public static final String TORN_LINE = "torn last line (the run writing it was interrupted), ignored";

    private JsonLinesResultReader() {}

    /**
     * Reads all results under {@code directory}.
     *
     * @throws IOException when the directory cannot be listed or a file cannot be read; the message names
     *     the directory or file
     */
    public static LoadedResults read(Path directory) throws IOException {
        List<TrialResult> trials = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        Interner interner = new Interner();
        for (Path file : files(directory)) {
            LoadedResults loaded = readFile(file, interner);
            trials.addAll(loaded.trials());
            problems.addAll(loaded.problems());
        }
        return new LoadedResults(trials, problems);
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
            return walk.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IOException("Cannot list the results directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one results file.
     *
     * @throws IOException naming the file when it cannot be read
     */
    public static LoadedResults readFile(Path file) throws IOException {
        return readFile(file, new Interner());
    }

    private static LoadedResults readFile(Path file, Interner interner) throws IOException {
        List<TrialResult> trials = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            String next = reader.readLine();
            while (next != null) {
                String line = next;
                next = reader.readLine();
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    trials.add(TrialJson.fromLine(line).sharing(interner));
                } catch (IOException e) {
                    boolean torn = next == null && !endsWithLineBreak(file);
                    problems.add(new ReadProblem(file, number, torn ? TORN_LINE + ": " + describe(e) : describe(e)));
                }
            }
        } catch (IOException e) {
            throw new IOException("Cannot read the results file " + file + ": " + e.getMessage(), e);
        }
        return new LoadedResults(trials, problems);
    }

    private static boolean endsWithLineBreak(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(size - 1).read(last);
            return last.get(0) == '\n';
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        int details = message == null ? -1 : message.indexOf("\n at [Source");
        return details < 0 ? String.valueOf(message) : message.substring(0, details);
    }
}

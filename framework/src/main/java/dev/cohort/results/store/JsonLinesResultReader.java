package dev.cohort.results.store;

import dev.cohort.results.Interner;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import java.io.BufferedReader;
import java.io.IOException;
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
 * truncated last line (a killed run) is reported the same way. Reading never fails on content. Trials
 * of one configuration share one configuration map ({@link Interner}), so large studies fit in memory.
 */
public final class JsonLinesResultReader {

    private JsonLinesResultReader() {}

    /**
     * Reads all results under {@code directory}.
     *
     * @throws IOException when the directory cannot be listed or a file cannot be read
     */
    public static LoadedResults read(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("Results directory " + directory + " does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        List<TrialResult> trials = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        Interner interner = new Interner();
        for (Path file : files) {
            readFile(file, trials, problems, interner);
        }
        return new LoadedResults(trials, problems);
    }

    private static void readFile(Path file, List<TrialResult> trials, List<ReadProblem> problems, Interner interner)
            throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    trials.add(TrialJson.fromLine(line).sharing(interner));
                } catch (IOException e) {
                    problems.add(new ReadProblem(file, number, describe(e)));
                }
            }
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        int details = message == null ? -1 : message.indexOf("\n at [Source");
        return details < 0 ? String.valueOf(message) : message.substring(0, details);
    }
}

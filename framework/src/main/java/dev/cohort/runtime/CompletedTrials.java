package dev.cohort.runtime;

import dev.cohort.results.LatestResult;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultReader;
import dev.cohort.results.store.StoredConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a results directory already holds, to resume a run: per trial (experiment id, configuration id,
 * seed) its latest stored result, by the rule the report uses ({@link LatestResult}: the latest start
 * wins), and the file holding it. Read once per execution, before the first trial; immutable after.
 *
 * <p>Trials are matched by the configuration id their stored line gives, so the live configuration's
 * values are put through the same JSON form as the stored ones ({@link StoredConfig}) before comparing.
 */
public final class CompletedTrials {

    /** The latest stored result of one trial and the file holding it, relative to the results directory. */
    public record Stored(TrialStatus status, String file) {}

    private static final CompletedTrials NONE = new CompletedTrials(Map.of(), List.of());

    private final Map<String, Stored> latest;
    private final List<ReadProblem> problems;

    private CompletedTrials(Map<String, Stored> latest, List<ReadProblem> problems) {
        this.latest = Map.copyOf(latest);
        this.problems = List.copyOf(problems);
    }

    /** No stored trials. */
    public static CompletedTrials none() {
        return NONE;
    }

    /**
     * Reads every results file under {@code resultsDirectory}; none when the directory does not exist yet.
     *
     * @throws IOException naming the directory or file that cannot be read
     */
    public static CompletedTrials read(Path resultsDirectory) throws IOException {
        if (!Files.exists(resultsDirectory)) {
            return NONE;
        }
        Map<String, TrialResult> kept = new HashMap<>();
        Map<String, Stored> latest = new HashMap<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (Path file : JsonLinesResultReader.files(resultsDirectory)) {
            LoadedResults loaded = JsonLinesResultReader.readFile(file);
            problems.addAll(loaded.problems());
            String shown = resultsDirectory.relativize(file).toString();
            for (TrialResult trial : loaded.trials()) {
                String key = key(trial.experiment(), trial.configId(), trial.seed());
                TrialResult previous = kept.get(key);
                if (previous == null || LatestResult.supersedes(trial, previous)) {
                    kept.put(key, trial);
                    latest.put(key, new Stored(trial.status(), shown));
                }
            }
        }
        return new CompletedTrials(latest, problems);
    }

    /** The latest stored result of the trial, if any. */
    public Optional<Stored> latest(String experimentId, Configuration configuration, long seed) {
        return Optional.ofNullable(latest.get(key(experimentId, StoredConfig.id(configuration.values()), seed)));
    }

    /** How many trials have a stored result. */
    public int size() {
        return latest.size();
    }

    /** The lines that could not be read (torn or malformed), each naming its file and line. */
    public List<ReadProblem> problems() {
        return problems;
    }

    private static String key(String experimentId, String configId, long seed) {
        return experimentId + "\u0000" + configId + "\u0000" + seed;
    }
}

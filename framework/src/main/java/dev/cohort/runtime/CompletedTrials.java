package dev.cohort.runtime;

import dev.cohort.results.LatestResult;
import dev.cohort.results.LoadedResults;
import dev.cohort.results.ReadProblem;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultReader;
import dev.cohort.results.store.StoredConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a results directory already holds, to resume a run: per trial (experiment id, stage,
 * configuration id, seed) its latest stored result, by the rule the report uses ({@link LatestResult}: the latest start
 * wins), and the file holding it. Read once per execution, before the first trial; immutable after.
 *
 * <p>The stage is part of a trial's identity: a confirmation trial ({@code @Confirm}) never stands for a
 * tuning trial of the same configuration and seed, nor the other way round. The lookups without a stage
 * are of the tuning stage.
 *
 * <p>Trials are matched by the configuration id their stored line gives, so the live configuration's
 * values are put through the same JSON form as the stored ones ({@link StoredConfig}) before comparing.
 *
 * <p>Starts journaled by earlier runs ({@link StartJournal}) that no stored result answers (none of the
 * same trial started at or after them) were in flight when their JVM ended: each is {@link
 * #inFlight(String, Configuration, long) in flight}, counts as a crash of its trial and, when it is the trial's latest start, makes the trial's
 * latest status {@link TrialStatus#CRASHED}. The engine records them as {@code CRASHED} lines, whose start
 * is the journaled one, so the next read finds them answered.
 */
public final class CompletedTrials {

    /** The latest stored result of one trial and the file holding it, relative to the results directory. */
    public record Stored(TrialStatus status, String file) {}

    private static final CompletedTrials NONE = new CompletedTrials(Map.of(), Map.of(), Map.of(), List.of());

    private final Map<String, Stored> latest;
    private final Map<String, Integer> crashes;
    private final Map<String, List<StartJournal.Start>> inFlight;
    private final List<ReadProblem> problems;

    private CompletedTrials(
            Map<String, Stored> latest,
            Map<String, Integer> crashes,
            Map<String, List<StartJournal.Start>> inFlight,
            List<ReadProblem> problems) {
        this.latest = Map.copyOf(latest);
        this.crashes = Map.copyOf(crashes);
        this.inFlight = Map.copyOf(inFlight);
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
        Map<String, Integer> crashes = new HashMap<>();
        Map<String, Instant> lastStart = new HashMap<>();
        List<ReadProblem> problems = new ArrayList<>();
        for (Path file : JsonLinesResultReader.files(resultsDirectory)) {
            LoadedResults loaded = JsonLinesResultReader.readFile(file);
            problems.addAll(loaded.problems());
            String shown = resultsDirectory.relativize(file).toString();
            for (TrialResult trial : loaded.trials()) {
                String key = key(trial.experiment(), trial.stage(), trial.configId(), trial.seed());
                if (trial.status() == TrialStatus.CRASHED) {
                    crashes.merge(key, 1, Integer::sum);
                }
                Instant started = LatestResult.startOf(trial);
                if (started != null) {
                    lastStart.merge(key, started, (a, b) -> a.isAfter(b) ? a : b);
                }
                TrialResult previous = kept.get(key);
                if (previous == null || LatestResult.supersedes(trial, previous)) {
                    kept.put(key, trial);
                    latest.put(key, new Stored(trial.status(), shown));
                }
            }
        }
        Map<String, List<StartJournal.Start>> inFlight = new HashMap<>();
        for (StartJournal.Start start : StartJournal.read(resultsDirectory)) {
            String key = key(start.experiment(), start.stage(), start.configId(), start.seed());
            Instant answered = lastStart.get(key);
            if (answered != null && !answered.isBefore(start.started())) {
                continue;
            }
            inFlight.computeIfAbsent(key, k -> new ArrayList<>()).add(start);
        }
        inFlight.forEach((key, starts) -> {
            starts.sort(Comparator.comparing(StartJournal.Start::started));
            crashes.merge(key, starts.size(), Integer::sum);
            latest.put(
                    key,
                    new Stored(
                            TrialStatus.CRASHED, starts.get(starts.size() - 1).file()));
        });
        return new CompletedTrials(latest, crashes, inFlight, problems);
    }

    /**
     * How often the tuning trial crashed: its stored {@code CRASHED} results and its starts in flight when
     * their JVM ended.
     */
    public int crashes(String experimentId, Configuration configuration, long seed) {
        return crashes(experimentId, TrialStage.TUNING, configuration, seed);
    }

    /** How often the trial of {@code stage} crashed, as {@link #crashes(String, Configuration, long)}. */
    public int crashes(String experimentId, TrialStage stage, Configuration configuration, long seed) {
        return crashes.isEmpty() ? 0 : crashes.getOrDefault(key(experimentId, stage, configuration, seed), 0);
    }

    /** The tuning trial's journaled starts that no stored result answers, oldest first; to record as crashed. */
    public List<StartJournal.Start> inFlight(String experimentId, Configuration configuration, long seed) {
        return inFlight(experimentId, TrialStage.TUNING, configuration, seed);
    }

    /** The journaled starts of the trial of {@code stage} that no stored result answers, oldest first. */
    public List<StartJournal.Start> inFlight(
            String experimentId, TrialStage stage, Configuration configuration, long seed) {
        if (inFlight.isEmpty()) {
            return List.of(); // every trial asks, also when nothing is stored: no key to build
        }
        return List.copyOf(inFlight.getOrDefault(key(experimentId, stage, configuration, seed), List.of()));
    }

    /** How many journaled starts no stored result answers, over all trials. */
    public int inFlightCount() {
        return inFlight.values().stream().mapToInt(List::size).sum();
    }

    /** The latest stored result of the tuning trial, if any. */
    public Optional<Stored> latest(String experimentId, Configuration configuration, long seed) {
        return latest(experimentId, TrialStage.TUNING, configuration, seed);
    }

    /** The latest stored result of the trial of {@code stage}, if any. */
    public Optional<Stored> latest(String experimentId, TrialStage stage, Configuration configuration, long seed) {
        return latest.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(latest.get(key(experimentId, stage, configuration, seed)));
    }

    /** How many trials have a stored result. */
    public int size() {
        return latest.size();
    }

    /** The lines that could not be read (torn or malformed), each naming its file and line. */
    public List<ReadProblem> problems() {
        return problems;
    }

    private static String key(String experimentId, TrialStage stage, Configuration configuration, long seed) {
        return key(experimentId, stage, configuration.storedId(), seed);
    }

    private static String key(String experimentId, TrialStage stage, String configId, long seed) {
        return experimentId + "\u0000" + stage.label() + "\u0000" + configId + "\u0000" + seed;
    }
}

package dev.cohort.query;

import dev.cohort.results.ConfigId;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.RunInfo;
import dev.cohort.results.Shard;
import dev.cohort.results.Sharding;
import dev.cohort.results.Sharding.TrialKey;
import dev.cohort.results.TrialResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How far each experiment of a results directory got: trials expected by its recorded declaration
 * (configurations x seeds), done (latest result successful), failed (latest result failed or aborted)
 * and missing (no result yet); for a study split into shards ({@code cohort.shard}, Slurm job arrays),
 * the same per shard, and which shard each missing trial belongs to.
 */
public final class StudyStatus {

    private StudyStatus() {}

    /**
     * The status of one experiment.
     *
     * @param experiment the experiment id
     * @param configurations the number of declared configurations, or {@code null} without a declaration
     * @param seeds the number of declared seeds, or {@code null} without a declaration
     * @param expected configurations x seeds, or {@code null} without a declaration
     * @param done trials whose latest result is successful
     * @param failed trials whose latest result failed or was aborted
     * @param missing the declared trials with no result, as {@code <config> seed #<i> (<seed>)}, followed
     *     by {@code , shard <i>/<n>} when the results were recorded by shards
     * @param undeclared trials with results that the recorded declaration does not list (an older
     *     declaration's), not counted in done or failed when there is a declaration
     */
    public record ExperimentStatus(
            String experiment,
            Integer configurations,
            Integer seeds,
            Integer expected,
            int done,
            int failed,
            List<String> missing,
            int undeclared) {

        /** Copies the list. */
        public ExperimentStatus {
            missing = List.copyOf(missing);
        }
    }

    /**
     * The status of one shard of a study split across JVMs.
     *
     * @param shard the shard, {@code index/count}
     * @param expected the declared trials the shard runs
     * @param done those whose latest result is successful
     * @param failed those whose latest result failed or was aborted
     * @param missing those with no result
     * @param runs the runs that recorded trials as this shard, as {@code <run id> on <host>}, sorted
     */
    public record ShardStatus(String shard, int expected, int done, int failed, int missing, List<String> runs) {

        /** Copies the list. */
        public ShardStatus {
            runs = List.copyOf(runs);
        }
    }

    /**
     * The shards the results were recorded by: the number of shards of the latest run that recorded one,
     * or empty when no trial was recorded by a shard.
     */
    public static Optional<Integer> shardCount(Results results) {
        return results.trials().stream()
                .map(TrialResult::run)
                .filter(Objects::nonNull)
                .filter(run -> run.shard() != null)
                .max(Comparator.comparing(run -> run.startedAt() == null ? "" : run.startedAt()))
                .map(run ->
                        Shard.parse(run.shard(), "the shard of run " + run.id()).count());
    }

    /**
     * The status of every shard, when the results were recorded by shards ({@link #shardCount}): the
     * declared trials of every recorded experiment dealt to the shards as the engine deals them ({@link
     * Sharding}), each counted by its latest result. Empty otherwise.
     */
    public static List<ShardStatus> shards(Results results) {
        Optional<Integer> count = shardCount(results);
        if (count.isEmpty()) {
            return List.of();
        }
        int shards = count.get();
        Map<TrialKey, Integer> assignment = Sharding.assign(Sharding.trialsOf(results.manifests()), shards);
        Map<String, TrialResult> latest = latestByTrial(results.trials());
        int[] expected = new int[shards];
        int[] done = new int[shards];
        int[] failed = new int[shards];
        for (ExperimentManifest manifest : results.manifests()) {
            for (int c = 0; c < manifest.configurations().size(); c++) {
                String configId = ConfigId.of(manifest.configurations().get(c));
                for (int i = 0; i < manifest.seeds().size(); i++) {
                    int shard = assignment.get(new TrialKey(manifest.experiment(), c, i));
                    expected[shard]++;
                    TrialResult result = latest.get(trialKey(
                            manifest.experiment(), configId, manifest.seeds().get(i)));
                    if (result != null && result.isSuccessful()) {
                        done[shard]++;
                    } else if (result != null) {
                        failed[shard]++;
                    }
                }
            }
        }
        Map<String, TreeSet<String>> runs = new HashMap<>();
        for (TrialResult trial : results.trials()) {
            RunInfo run = trial.run();
            if (run != null && run.shard() != null) {
                runs.computeIfAbsent(run.shard(), k -> new TreeSet<>())
                        .add(run.id() + (run.host() == null ? "" : " on " + run.host()));
            }
        }
        List<ShardStatus> statuses = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            String label = new Shard(shard, shards).label();
            statuses.add(new ShardStatus(
                    label,
                    expected[shard],
                    done[shard],
                    failed[shard],
                    expected[shard] - done[shard] - failed[shard],
                    List.copyOf(runs.getOrDefault(label, new TreeSet<>()))));
        }
        return statuses;
    }

    private static Map<String, TrialResult> latestByTrial(List<TrialResult> trials) {
        Map<String, TrialResult> latest = new HashMap<>();
        for (TrialResult trial : trials) {
            if (trial.experiment() != null) {
                latest.merge(
                        trialKey(trial.experiment(), trial.configId(), trial.seed()), trial, (earlier, later) -> later);
            }
        }
        return latest;
    }

    private static String trialKey(String experiment, String configId, long seed) {
        return experiment + "\u0000" + key(configId, seed);
    }

    /** The status of every experiment that is declared or has results, sorted by id. */
    public static List<ExperimentStatus> of(Results results) {
        Map<String, List<TrialResult>> byExperiment = new HashMap<>();
        for (TrialResult trial : results.trials()) {
            if (trial.experiment() != null) {
                byExperiment
                        .computeIfAbsent(trial.experiment(), k -> new ArrayList<>())
                        .add(trial);
            }
        }
        Optional<Integer> shards = shardCount(results);
        Map<TrialKey, Integer> assignment = shards.map(
                        count -> Sharding.assign(Sharding.trialsOf(results.manifests()), count))
                .orElse(Map.of());
        List<ExperimentStatus> statuses = new ArrayList<>();
        for (String id : results.experimentIds()) {
            Optional<ExperimentManifest> manifest = results.manifests().stream()
                    .filter(m -> m.experiment().equals(id))
                    .findFirst();
            statuses.add(status(id, manifest, byExperiment.getOrDefault(id, List.of()), assignment, shards));
        }
        return statuses;
    }

    private static ExperimentStatus status(
            String id,
            Optional<ExperimentManifest> manifest,
            List<TrialResult> trials,
            Map<TrialKey, Integer> assignment,
            Optional<Integer> shards) {
        Map<String, TrialResult> latest = new HashMap<>();
        for (TrialResult trial : trials) {
            latest.merge(key(trial.configId(), trial.seed()), trial, (earlier, later) -> later);
        }
        if (manifest.isEmpty()) {
            int done = (int)
                    latest.values().stream().filter(TrialResult::isSuccessful).count();
            return new ExperimentStatus(id, null, null, null, done, latest.size() - done, List.of(), 0);
        }
        ExperimentManifest declared = manifest.get();
        int done = 0;
        int failed = 0;
        int matched = 0;
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < declared.configurations().size(); c++) {
            String configId = ConfigId.of(declared.configurations().get(c));
            for (int i = 0; i < declared.seeds().size(); i++) {
                long seed = declared.seeds().get(i);
                TrialResult result = latest.get(key(configId, seed));
                if (result == null) {
                    Integer shard = assignment.get(new TrialKey(id, c, i));
                    missing.add((configId.isEmpty() ? "(no parameters)" : configId) + " seed #" + i + " (" + seed + ")"
                            + (shard == null ? "" : ", shard " + new Shard(shard, shards.orElseThrow()).label()));
                } else {
                    matched++;
                    if (result.isSuccessful()) {
                        done++;
                    } else {
                        failed++;
                    }
                }
            }
        }
        return new ExperimentStatus(
                id,
                declared.configurations().size(),
                declared.seeds().size(),
                declared.expectedTrials(),
                done,
                failed,
                missing,
                latest.size() - matched);
    }

    private static String key(String configId, long seed) {
        return configId + "\u0000" + seed;
    }
}

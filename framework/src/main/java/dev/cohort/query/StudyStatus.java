package dev.cohort.query;

import dev.cohort.analysis.ConfirmationTrials;
import dev.cohort.analysis.Coverage;
import dev.cohort.analysis.ExperimentTrials;
import dev.cohort.analysis.MissingTrial;
import dev.cohort.results.ConfigLabel;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.RunInfo;
import dev.cohort.results.Shard;
import dev.cohort.results.Sharding;
import dev.cohort.results.Sharding.TrialKey;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
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
 * and missing (no result yet), as the analysis counts them ({@link ExperimentTrials}); for a study split into shards ({@code cohort.shard}, Slurm job arrays),
 * the same per shard, and which shard each missing trial belongs to. An experiment with {@code @Confirm}
 * has a second status for its confirmation stage.
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
     * @param stage the stage counted: {@link TrialStage#TUNING}, or for an experiment with {@code @Confirm}
     *     a second status of its {@link TrialStage#CONFIRMATION} (the configurations selected now x the
     *     confirmation seeds; {@code undeclared} then counts the confirmation trials left out)
     */
    public record ExperimentStatus(
            String experiment,
            Integer configurations,
            Integer seeds,
            Integer expected,
            int done,
            int failed,
            List<String> missing,
            int undeclared,
            TrialStage stage) {

        /** Copies the list; no stage means tuning. */
        public ExperimentStatus {
            missing = List.copyOf(missing);
            stage = stage == null ? TrialStage.TUNING : stage;
        }

        /** The status of an experiment's tuning stage, its only one without {@code @Confirm}. */
        public ExperimentStatus(
                String experiment,
                Integer configurations,
                Integer seeds,
                Integer expected,
                int done,
                int failed,
                List<String> missing,
                int undeclared) {
            this(experiment, configurations, seeds, expected, done, failed, missing, undeclared, TrialStage.TUNING);
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
     * Sharding}), each counted by its latest result as the analysis counts it ({@link ExperimentTrials}).
     * Empty otherwise.
     */
    public static List<ShardStatus> shards(Results results) {
        Optional<Integer> count = shardCount(results);
        if (count.isEmpty()) {
            return List.of();
        }
        int shards = count.get();
        Map<TrialKey, Integer> assignment = Sharding.assign(Sharding.trialsOf(results.manifests()), shards);
        int[] expected = new int[shards];
        int[] done = new int[shards];
        int[] failed = new int[shards];
        for (ExperimentTrials experiment : results.experiments()) {
            if (experiment.declaration().isEmpty()) {
                continue;
            }
            ExperimentManifest manifest = experiment.declaration().get();
            for (int c = 0; c < manifest.configurations().size(); c++) {
                for (int i = 0; i < manifest.seeds().size(); i++) {
                    expected[assignment.get(new TrialKey(manifest.experiment(), c, i))]++;
                }
            }
            Map<String, Integer> configIndex = new HashMap<>();
            for (String configId : experiment.configurations().keySet()) {
                configIndex.putIfAbsent(configId, configIndex.size());
            }
            Map<Long, Integer> seedIndex = new HashMap<>();
            manifest.seeds().forEach(seed -> seedIndex.putIfAbsent(seed, seedIndex.size()));
            for (TrialResult trial : experiment.counted()) {
                Integer c = configIndex.get(trial.configId());
                Integer i = seedIndex.get(trial.seed());
                if (c == null || i == null || c >= manifest.configurations().size()) {
                    continue; // stale, counted only under StalePolicy.INCLUDE
                }
                int shard = assignment.get(new TrialKey(manifest.experiment(), c, i));
                if (trial.isSuccessful()) {
                    done[shard]++;
                } else {
                    failed[shard]++;
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

    /** The status of every experiment that is declared or has results, sorted by id. */
    public static List<ExperimentStatus> of(Results results) {
        Optional<Integer> shards = shardCount(results);
        Map<TrialKey, Integer> assignment = shards.map(
                        count -> Sharding.assign(Sharding.trialsOf(results.manifests()), count))
                .orElse(Map.of());
        List<ExperimentStatus> statuses = new ArrayList<>();
        for (ExperimentTrials experiment : results.experiments()) {
            statuses.add(status(experiment, assignment, shards));
            experiment.confirmation().ifPresent(c -> statuses.add(status(experiment.id(), c)));
        }
        return statuses;
    }

    /** The status of a confirmation stage: its missing trials are not dealt to shards (it runs in one step). */
    private static ExperimentStatus status(String id, ConfirmationTrials confirmation) {
        Coverage coverage = confirmation.coverage();
        List<String> missing = new ArrayList<>();
        for (MissingTrial trial : confirmation.missing()) {
            missing.add(ConfigLabel.of(trial.config()) + " seed #" + trial.seedIndex() + " (" + trial.seed() + ")");
        }
        return new ExperimentStatus(
                id,
                confirmation.configurations().size(),
                confirmation.declaration().seeds().size(),
                coverage.declared().value(),
                coverage.successful(),
                coverage.failed(),
                missing,
                coverage.stale(),
                TrialStage.CONFIRMATION);
    }

    private static ExperimentStatus status(
            ExperimentTrials experiment, Map<TrialKey, Integer> assignment, Optional<Integer> shards) {
        Coverage coverage = experiment.coverage();
        if (experiment.declaration().isEmpty()) {
            return new ExperimentStatus(
                    experiment.id(), null, null, null, coverage.successful(), coverage.failed(), List.of(), 0);
        }
        ExperimentManifest declared = experiment.declaration().get();
        List<String> missing = new ArrayList<>();
        for (MissingTrial trial : experiment.missing()) {
            String label = ConfigLabel.of(trial.config());
            Integer shard = assignment.get(new TrialKey(experiment.id(), trial.configIndex(), trial.seedIndex()));
            missing.add((label.isEmpty() ? "(no parameters)" : label) + " seed #" + trial.seedIndex() + " ("
                    + trial.seed() + ")"
                    + (shard == null ? "" : ", shard " + new Shard(shard, shards.orElseThrow()).label()));
        }
        return new ExperimentStatus(
                experiment.id(),
                declared.configurations().size(),
                declared.seeds().size(),
                declared.expectedTrials(),
                coverage.successful(),
                coverage.failed(),
                missing,
                coverage.stale());
    }
}

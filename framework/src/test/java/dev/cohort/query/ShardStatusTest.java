package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.query.StudyStatus.ShardStatus;
import dev.cohort.results.RunInfo;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code cohort:status} on a study split into shards: progress per shard, missing trials with their shard. */
class ShardStatusTest {

    private static TrialResult recordedBy(TrialResult trial, TrialStatus status, String shard, String host) {
        RunInfo run = new RunInfo(
                "run-20250101-120000-" + host + "-1-shard" + shard.replace("/", "of"),
                null,
                "jvm",
                "os",
                host,
                "2025-01-01T12:00:00Z",
                shard);
        return new TrialResult(
                trial.experiment(),
                trial.config(),
                trial.seed(),
                trial.seedIndex(),
                status,
                trial.metrics(),
                trial.durationMs(),
                null,
                trial.goals(),
                null,
                null,
                trial.configIndex(),
                run);
    }

    @Test
    void showsEachShardsProgressAndTheShardOfEveryMissingTrial() {
        // 4 configurations x 4 seeds dealt to 2 shards: even seed indices to shard 0, odd ones to shard 1
        List<TrialResult> recorded = new ArrayList<>();
        for (TrialResult trial : Studies.trials(4, 0.1, 1, 2, 3, 4)) {
            if (trial.seedIndex() % 2 == 0) {
                recorded.add(recordedBy(trial, TrialStatus.SUCCESSFUL, "0/2", "node1"));
            } else if (trial.configIndex() == 0) {
                recorded.add(recordedBy(
                        trial, trial.seedIndex() == 1 ? TrialStatus.FAILED : TrialStatus.SUCCESSFUL, "1/2", "node2"));
            }
        }
        Results results = Results.of(recorded, List.of(Studies.manifest(4)));

        assertThat(StudyStatus.shards(results))
                .containsExactly(
                        new ShardStatus("0/2", 8, 8, 0, 0, List.of("run-20250101-120000-node1-1-shard0of2 on node1")),
                        new ShardStatus("1/2", 8, 1, 1, 6, List.of("run-20250101-120000-node2-1-shard1of2 on node2")));
        assertThat(StudyStatus.of(results).get(0).missing())
                .hasSize(6)
                .allSatisfy(line -> assertThat(line).endsWith(", shard 1/2"))
                .contains("algorithm=IDBD, stepSize=0.03 seed #3 (1003), shard 1/2");
        List<String> lines = StatusTable.shardLines(StudyStatus.shards(results));
        assertThat(lines.get(0)).isEqualTo("shard  expected  done  failed  missing  runs");
        assertThat(lines.get(2))
                .isEqualTo("1/2           8     1       1        6  run-20250101-120000-node2-1-shard1of2 on node2");
    }

    @Test
    void anUnshardedStudyHasNoShardTable() {
        Results results = Results.of(Studies.trials(2, 0.1, 1, 2, 3, 4), List.of(Studies.manifest(2)));

        assertThat(StudyStatus.shards(results)).isEmpty();
        assertThat(StatusTable.shardLines(StudyStatus.shards(results))).isEmpty();
        assertThat(StudyStatus.of(results).get(0).missing()).isEmpty();
    }
}

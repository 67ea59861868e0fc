package dev.cohort.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cohort.engine.fixtures.ResumableExperiments;
import dev.cohort.engine.fixtures.SweepExperiments;
import dev.cohort.results.Shard;
import dev.cohort.results.TrialResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** {@code cohort.shard} and Slurm job arrays: a study split across JVMs, merged by reading every file. */
class ShardedRunTest {

    @TempDir
    Path whole;

    @TempDir
    Path sharded;

    private static EngineExecutionResults runShard(Path results, String shard) {
        return EngineRuns.engine(results)
                .configurationParameter(CohortConfiguration.SHARD, shard)
                .selectors(selectClass(SweepExperiments.class), selectClass(ResumableExperiments.class))
                .execute();
    }

    @Test
    void fourShardsRunEveryTrialOnceWithTheMetricsOfOneUnshardedRun() throws IOException {
        EngineRuns.execute(whole, selectClass(SweepExperiments.class), selectClass(ResumableExperiments.class));

        Map<Integer, Long> started = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            EngineExecutionResults shard = runShard(sharded, i + "/4");
            shard.testEvents().assertStatistics(stats -> stats.skipped(0).failed(0));
            started.put(i, shard.testEvents().started().count());
        }

        // 24 + 48 trials: 18 per shard; none appears as skipped noise in another shard
        assertThat(started).containsOnly(Map.entry(0, 18L), Map.entry(1, 18L), Map.entry(2, 18L), Map.entry(3, 18L));
        assertThat(EngineRuns.trials(sharded)).hasSize(72);
        assertThat(EngineRuns.metricsByTrial(sharded)).isEqualTo(EngineRuns.metricsByTrial(whole));
    }

    @Test
    void eachShardWritesItsOwnFileNamedAfterTheShardAndRecordsTheShardOnEveryLine() throws IOException {
        runShard(sharded, "1/4");
        runShard(sharded, "3/4");

        try (Stream<Path> files = Files.list(sharded)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonl")))
                    .hasSize(2)
                    .anySatisfy(name -> assertThat(name).matches("run-\\d{8}-\\d{6}-.+-\\d+-shard1of4\\.jsonl"))
                    .anySatisfy(name -> assertThat(name).matches("run-\\d{8}-\\d{6}-.+-\\d+-shard3of4\\.jsonl"));
        }
        List<TrialResult> trials = EngineRuns.trials(sharded);
        assertThat(trials).extracting(t -> t.run().shard()).containsOnly("1/4", "3/4");
        assertThat(trials)
                .allSatisfy(
                        t -> assertThat(t.run().id()).endsWith(t.run().shard().replace("/", "of")));
        try (Stream<Path> manifests = Files.list(sharded.resolve("experiments"))) {
            assertThat(manifests).as("every shard records every experiment").hasSize(2);
        }
    }

    @Test
    void aShardRunAgainWithResumeRunsNothingItAlreadyDid() {
        runShard(sharded, "2/4");

        EngineExecutionResults again = EngineRuns.engine(sharded)
                .configurationParameter(CohortConfiguration.SHARD, "2/4")
                .configurationParameter(CohortConfiguration.RESUME, "true")
                .selectors(selectClass(SweepExperiments.class), selectClass(ResumableExperiments.class))
                .execute();

        again.testEvents().assertStatistics(stats -> stats.started(0).skipped(18));
    }

    @Test
    void withoutCohortShardTheSlurmArrayTaskChoosesTheShard() {
        Map<String, String> slurm =
                Map.of("SLURM_ARRAY_TASK_ID", "5", "SLURM_ARRAY_TASK_MIN", "4", "SLURM_ARRAY_TASK_MAX", "7");

        assertThat(CohortConfiguration.from(ResumeTest.parameters(Map.of()), slurm::get)
                        .shard())
                .isEqualTo(new Shard(1, 4));
        assertThat(CohortConfiguration.from(ResumeTest.parameters(Map.of(CohortConfiguration.SHARD, "0/2")), slurm::get)
                        .shard())
                .as("cohort.shard wins")
                .isEqualTo(new Shard(0, 2));
        assertThat(CohortConfiguration.from(ResumeTest.parameters(Map.of()), name -> null)
                        .shard()
                        .isWhole())
                .isTrue();
    }

    @Test
    void aMalformedShardNamesTheParameterAndTheValue() {
        assertThatThrownBy(() -> CohortConfiguration.from(
                        ResumeTest.parameters(Map.of(CohortConfiguration.SHARD, "4/4")), name -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("configuration parameter cohort.shard must be index/count")
                .hasMessageContaining("was \"4/4\"");
    }
}

package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void parsesIndexOverCountCountedFromZero() {
        assertThat(Shard.parse("2/4", "cohort.shard")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 0 / 1 ", "cohort.shard").isWhole()).isTrue();
        assertThat(new Shard(3, 4).label()).isEqualTo("3/4");
        assertThat(new Shard(3, 4).fileNamePart()).isEqualTo("shard3of4");
    }

    @Test
    void malformedValuesNameTheSourceAndTheValue() {
        for (String bad : new String[] {"4/4", "1", "a/4", "-1/4", "1/0", "1/4/2", ""}) {
            assertThatThrownBy(() -> Shard.parse(bad, "configuration parameter cohort.shard"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("configuration parameter cohort.shard must be index/count")
                    .hasMessageContaining("was \"" + bad + "\"");
        }
    }

    @Test
    void readsTheSlurmArrayTaskFromIdAndCount() {
        assertThat(Shard.fromSlurm(Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "4")))
                .contains(new Shard(2, 4));
    }

    @Test
    void readsTheSlurmArrayTaskAsItsPositionInTheArray() {
        // --array=1-4
        assertThat(Shard.fromSlurm(
                        Map.of("SLURM_ARRAY_TASK_ID", "4", "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_MAX", "4")))
                .contains(new Shard(3, 4));
        // --array=1-4, with the count too
        assertThat(Shard.fromSlurm(Map.of(
                        "SLURM_ARRAY_TASK_ID", "1",
                        "SLURM_ARRAY_TASK_MIN", "1",
                        "SLURM_ARRAY_TASK_MAX", "4",
                        "SLURM_ARRAY_TASK_COUNT", "4")))
                .contains(new Shard(0, 4));
        // --array=0-15:5 runs tasks 0, 5, 10, 15
        assertThat(Shard.fromSlurm(Map.of(
                        "SLURM_ARRAY_TASK_ID", "10",
                        "SLURM_ARRAY_TASK_MIN", "0",
                        "SLURM_ARRAY_TASK_MAX", "15",
                        "SLURM_ARRAY_TASK_STEP", "5")))
                .contains(new Shard(2, 4));
    }

    @Test
    void outsideAJobArrayThereIsNoShard() {
        assertThat(Shard.fromSlurm(Map.of("SLURM_JOB_ID", "17"))).isEmpty();
    }

    @Test
    void contradictoryOrMalformedSlurmVariablesAreNamed() {
        assertThatThrownBy(() -> Shard.fromSlurm(Map.of("SLURM_ARRAY_TASK_ID", "x", "SLURM_ARRAY_TASK_COUNT", "4")))
                .hasMessage("Slurm variable SLURM_ARRAY_TASK_ID must be a non-negative integer, was \"x\"");
        assertThatThrownBy(() -> Shard.fromSlurm(Map.of("SLURM_ARRAY_TASK_ID", "4", "SLURM_ARRAY_TASK_COUNT", "4")))
                .hasMessageContaining("SLURM_ARRAY_TASK_ID=4 is not one of the 4 tasks of the array")
                .hasMessageContaining("set cohort.shard=index/count");
        assertThatThrownBy(() -> Shard.fromSlurm(Map.of("SLURM_ARRAY_TASK_ID", "1")))
                .hasMessageContaining(
                        "neither SLURM_ARRAY_TASK_COUNT nor SLURM_ARRAY_TASK_MIN and" + " SLURM_ARRAY_TASK_MAX are");
    }
}

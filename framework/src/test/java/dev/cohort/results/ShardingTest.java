package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.results.Sharding.TrialKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardingTest {

    /** Two experiments of unequal size: 6 x 30 and 5 x 7 trials. */
    private static List<TrialKey> study() {
        List<TrialKey> trials = new ArrayList<>();
        for (int config = 0; config < 6; config++) {
            for (int seed = 0; seed < 30; seed++) {
                trials.add(new TrialKey("org.acme.Steps#tracking", config, seed));
            }
        }
        for (int config = 0; config < 5; config++) {
            for (int seed = 0; seed < 7; seed++) {
                trials.add(new TrialKey("org.acme.Steps#meta", config, seed));
            }
        }
        return trials;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7, 64, 300})
    void shardsAreDisjointBalancedAndTogetherTheWholeStudy(int count) {
        List<TrialKey> study = study();
        Map<TrialKey, Integer> assignment = Sharding.assign(study, count);

        assertThat(assignment.keySet()).containsExactlyInAnyOrderElementsOf(study);
        Map<Integer, Integer> sizes = new HashMap<>();
        assignment.values().forEach(shard -> sizes.merge(shard, 1, Integer::sum));
        assertThat(assignment.values()).allSatisfy(shard -> assertThat(shard).isBetween(0, count - 1));
        int smallest = count > study.size() ? 0 : Collections.min(sizes.values());
        assertThat(Collections.max(sizes.values()) - smallest)
                .as("shard sizes differ by at most one")
                .isLessThanOrEqualTo(1);
        assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(study.size());
    }

    @Test
    void theAssignmentDependsOnTheTrialsNotOnTheirOrder() {
        List<TrialKey> shuffled = new ArrayList<>(study());
        Collections.shuffle(shuffled, new Random(3));

        assertThat(Sharding.assign(shuffled, 4)).isEqualTo(Sharding.assign(study(), 4));
    }

    @Test
    void everyConfigurationIsSpreadOverTheShards() {
        Map<TrialKey, Integer> assignment = Sharding.assign(study(), 4);

        for (int config = 0; config < 6; config++) {
            int c = config;
            assertThat(assignment.entrySet().stream()
                            .filter(e -> e.getKey().experiment().endsWith("tracking")
                                    && e.getKey().configIndex() == c)
                            .map(Map.Entry::getValue)
                            .distinct())
                    .as("shards running configuration %d", config)
                    .hasSize(4);
        }
    }

    @Test
    void trialsAreDealtRoundRobinInExperimentConfigurationAndSeedOrder() {
        Map<TrialKey, Integer> assignment = Sharding.assign(study(), 4);

        // "org.acme.Steps#meta" sorts before "...#tracking": its 35 trials come first
        assertThat(assignment.get(new TrialKey("org.acme.Steps#meta", 0, 0))).isZero();
        assertThat(assignment.get(new TrialKey("org.acme.Steps#meta", 0, 5))).isEqualTo(1);
        assertThat(assignment.get(new TrialKey("org.acme.Steps#meta", 1, 0))).isEqualTo(3);
        assertThat(assignment.get(new TrialKey("org.acme.Steps#tracking", 0, 0)))
                .isEqualTo(35 % 4);
    }
}

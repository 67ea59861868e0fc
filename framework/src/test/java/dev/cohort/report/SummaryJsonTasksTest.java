package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cohort.Goal;
import dev.cohort.analysis.AnalysisOptions;
import dev.cohort.analysis.Analyzer;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.results.TaskDeclaration;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code tasks} block of {@code summary.json} (SPEC section 5): its shape, nulls and reasons. */
class SummaryJsonTasksTest {

    @Test
    void perTaskEntriesAreMetricBlocksWithTheTaskAndUndefinedStatisticsAreNullWithAReason() {
        List<TrialResult> trials = new ArrayList<>();
        int index = 0;
        for (String algorithm : List.of("A", "B")) {
            for (String game : List.of("Pong")) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("algorithm", algorithm);
                config.put("game", game);
                for (int seed = 0; seed < 4; seed++) {
                    trials.add(new TrialResult(
                            "org.acme.E#run",
                            config,
                            seed,
                            seed,
                            TrialStatus.SUCCESSFUL,
                            Map.of("score", algorithm.equals("A") ? seed : seed + 10.0),
                            1.0,
                            null,
                            Map.of("score", Goal.MAXIMIZE),
                            null,
                            null,
                            index,
                            null));
                }
                index++;
            }
        }
        AnalysisOptions options =
                AnalysisOptions.defaults().withBootstrap(0, 1L).withTask(TaskDeclaration.minMax("game"), 100);
        StudyAnalysis study = Analyzer.analyze(trials, options);

        JsonNode metric =
                SummaryJsonFormat.tree(study.experiments().get(0).metrics().get(0));
        JsonNode tasks = metric.get("tasks");

        assertThat(tasks.get("parameter").asText()).isEqualTo("game");
        assertThat(tasks.get("tasks").toString()).isEqualTo("[\"Pong\"]");
        assertThat(tasks.get("normalization").asText()).isEqualTo("MIN_MAX");
        JsonNode pong = tasks.get("perTask").get(0);
        assertThat(pong.fieldNames().next()).isEqualTo("task");
        assertThat(pong.get("task").asText()).isEqualTo("Pong");
        assertThat(pong.has("groups") && pong.has("anova") && pong.has("comparisons"))
                .isTrue();
        assertThat(pong.has("tasks"))
                .as("a task's block has no tasks block of its own")
                .isFalse();
        assertThat(pong.get("groups").get(0).get("config").toString()).isEqualTo("{\"algorithm\":\"A\"}");
        JsonNode aggregate = tasks.get("aggregate");
        JsonNode friedman = aggregate.get("friedman");
        assertThat(friedman.get("chiSquared").isNull()).isTrue();
        assertThat(friedman.get("reasons").get("chiSquared").asText()).contains("R's friedman.test refuses one");
        assertThat(aggregate.get("imanDavenport").get("reasons").has("f")).isTrue();
        assertThat(aggregate.get("configs").get(1).get("meanRank").asDouble()).isEqualTo(1.0);
        assertThat(aggregate.get("configs").get(1).get("reasons").size()).isZero();
        JsonNode pair = aggregate.get("pairs").get(0);
        assertThat(pair.get("probabilityOfImprovement").asDouble()).isZero();
        assertThat(List.of(
                        pair.get("wins").asInt(),
                        pair.get("ties").asInt(),
                        pair.get("losses").asInt()))
                .as("B beats A on every seed, but 4 paired seeds cannot give a signed-rank p below 0.05 (2/2^4)")
                .containsExactly(0, 1, 0);
        assertThat(aggregate.get("bootstrap").get("resamples").asInt()).isEqualTo(100);
        assertThat(aggregate.get("profiles")).hasSize(2);
        assertThat(metric.toString()).doesNotContain("NaN");
    }
}

package dev.cohort.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.analysis.StalePolicy;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query API keeps experiments apart and counts the trials the report counts. */
class SeparateExperimentsQueryTest {

    private static List<TrialResult> trials(String experiment, double offset) {
        List<TrialResult> trials = new ArrayList<>();
        for (int agents : new int[] {1, 2}) {
            for (long seed = 1; seed <= 3; seed++) {
                trials.add(new TrialResult(
                        experiment,
                        Map.of("agents", agents),
                        seed,
                        (int) seed - 1,
                        TrialStatus.SUCCESSFUL,
                        Map.of("reward", offset + agents + seed * 0.01),
                        1.0,
                        null,
                        Map.of("reward", Goal.MAXIMIZE),
                        null,
                        null,
                        agents - 1,
                        null));
            }
        }
        return trials;
    }

    @Test
    void twoExperimentsWithTheSameConfigurationsAndSeedsEachKeepTheirTrials() {
        List<TrialResult> all = new ArrayList<>(trials("x.Short#agents", 0));
        all.addAll(trials("x.Long#agents", 100));
        Results results = Results.of(all, List.of());

        TrialQuery shortOnes = results.query("x.Short#agents");
        TrialQuery longOnes = results.query("x.Long#agents");

        assertThat(shortOnes.configurations()).hasSize(2);
        assertThat(shortOnes.size()).isEqualTo(6);
        assertThat(longOnes.size()).isEqualTo(6);
        assertThat(shortOnes.trials())
                .allSatisfy(t -> assertThat(t.metrics().get("reward")).isLessThan(100));
        assertThat(longOnes.trials())
                .allSatisfy(t -> assertThat(t.metrics().get("reward")).isGreaterThan(100));
        assertThat(TrialQuery.of(all).size()).isEqualTo(12);
    }

    @Test
    void staleTrialsAreLeftOutOfQueriesAsOfTheReportUnlessIncluded() {
        ExperimentManifest onlyOneAgent = new ExperimentManifest(
                "x.Short#agents",
                "",
                "x.Short",
                "agents",
                Map.of("agents", List.of(1)),
                List.of(Map.of("agents", 1)),
                List.of(1L, 2L, 3L),
                Map.of(),
                List.of(),
                "2026-01-01T00:00:00Z",
                null,
                null);
        Results results = Results.of(trials("x.Short#agents", 0), List.of(onlyOneAgent));

        assertThat(results.query("Short#agents").configurations()).containsExactly(Map.of("agents", 1));
        assertThat(results.experiment("Short#agents").orElseThrow().coverage().stale())
                .isEqualTo(3);
        assertThat(results.withStale(StalePolicy.INCLUDE).query("Short#agents").configurations())
                .hasSize(2);
    }
}

package dev.cohort.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrialSelectionTest {

    private static TrialResult trial(
            String experiment, int k, long seed, double value, String startedAt, Integer index) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("k", k); // a map of its own per trial, as trials built by hand or bound one by one have
        return new TrialResult(
                experiment,
                config,
                seed,
                (int) seed,
                TrialStatus.SUCCESSFUL,
                Map.of("m", value),
                1.0,
                null,
                null,
                null,
                startedAt,
                index,
                null);
    }

    @Test
    void reRunsInterleavedWithOtherConfigurationsAndExperimentsKeepTheLatestOfEachTrial() {
        List<TrialResult> trials = new ArrayList<>();
        trials.add(trial("e", 1, 1, 10, "2025-01-02T00:00:00Z", 0));
        trials.add(trial("e", 2, 1, 20, null, 1));
        trials.add(trial("f", 1, 1, 30, null, 0)); // another experiment with the same configuration and seed
        trials.add(trial("e", 1, 1, 11, "2025-01-01T00:00:00Z", 0)); // started earlier: ignored
        trials.add(trial("e", 2, 1, 21, null, 1)); // no start times: the later one wins
        trials.add(trial("e", 1, 2, 12, null, 0));
        trials.add(trial("e", 1, 1, 13, "2025-01-03T00:00:00Z", 0)); // started later: wins

        List<TrialResult> unique = TrialSelection.deduplicate(trials);

        assertThat(unique)
                .extracting(t -> t.experiment() + t.config().get("k") + "/" + t.seed() + "="
                        + t.metrics().get("m"))
                .containsExactly("e1/1=13.0", "e1/2=12.0", "e2/1=21.0", "f1/1=30.0");
    }

    @Test
    void aConfigurationsIndexCountsWhenOnlyALaterTrialOfItCarriesOne() {
        List<TrialResult> trials = new ArrayList<>();
        TrialResult first = trial("e", 1, 1, 1, null, null);
        trials.add(first);
        trials.add(new TrialResult(
                "e",
                first.config(),
                2,
                2,
                TrialStatus.SUCCESSFUL,
                Map.of("m", 2.0),
                1,
                null,
                null,
                null,
                null,
                5,
                null));
        trials.add(trial("e", 2, 1, 1, null, 7));

        // k=1 has index 5 from its second trial, before k=2's 7; without it, it would come last
        assertThat(TrialSelection.configurationsInDeclaredOrder(trials).keySet())
                .containsExactly("k=1", "k=2");
    }
}

package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Goal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrialTableTest {

    /** Start times in the form the engine writes, in others that are instants too, and none. */
    private static final String[] START_TIMES = {
        "2026-12-01T10:00:00Z",
        "2026-12-01T10:00:00.123456Z",
        null,
        "2026-12-01T10:00:00.000Z",
        "2026-12-02T10:00:00.5Z",
        "not a time"
    };

    private final Interner interner = new Interner();

    private static Map<String, Double> metrics(int count) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            metrics.put("m" + i, i + 0.5);
        }
        return metrics;
    }

    private TrialResult trial(
            Map<String, Object> config,
            long seed,
            TrialStatus status,
            Map<String, Double> metrics,
            TrialError error,
            String curves,
            Integer configIndex,
            TrialStage stage) {
        return new TrialResult(
                        "org.acme.Study#run",
                        config,
                        seed,
                        (int) (seed % 7),
                        status,
                        metrics,
                        seed * 1.5,
                        error,
                        Map.of("m0", Goal.MAXIMIZE),
                        curves,
                        START_TIMES[(int) (seed % START_TIMES.length)],
                        configIndex,
                        new RunInfo("run", null, "17", "linux", "host", "2026-12-01T09:00:00Z", null),
                        stage)
                .sharing(interner);
    }

    /** Every kind of trial the reader meets: what the columns hold and what they keep whole. */
    private List<TrialResult> trials() {
        Map<String, Object> a = Map.of("lr", 0.1);
        Map<String, Object> b = Map.of("lr", 0.2, "act", "relu");
        Map<String, Double> withoutValue = new HashMap<>();
        withoutValue.put("m0", null);
        List<TrialResult> trials = new ArrayList<>();
        trials.add(trial(a, 1, TrialStatus.SUCCESSFUL, metrics(3), null, null, 0, TrialStage.TUNING));
        trials.add(trial(a, 2, TrialStatus.SUCCESSFUL, metrics(3), null, null, 0, TrialStage.TUNING));
        trials.add(trial(b, 3, TrialStatus.SUCCESSFUL, metrics(5), null, null, 1, TrialStage.TUNING));
        trials.add(trial(b, 4, TrialStatus.SUCCESSFUL, metrics(0), null, null, null, TrialStage.CONFIRMATION));
        trials.add(trial(Map.of(), 5, TrialStatus.SUCCESSFUL, metrics(1), null, null, null, TrialStage.TUNING));
        trials.add(trial(
                a,
                6,
                TrialStatus.FAILED,
                metrics(2),
                new TrialError("java.lang.IllegalStateException", "diverged", "at x"),
                null,
                0,
                TrialStage.TUNING));
        trials.add(trial(a, 7, TrialStatus.SUCCESSFUL, metrics(3), null, "curves/a.jsonl", 0, TrialStage.TUNING));
        trials.add(trial(b, 8, TrialStatus.SUCCESSFUL, withoutValue, null, null, 1, TrialStage.TUNING));
        trials.add(trial(a, 9, TrialStatus.SUCCESSFUL, metrics(3), null, null, 0, TrialStage.TUNING));
        // rows that differ from the one before in one shared field only
        trials.add(trial(a, 10, TrialStatus.SUCCESSFUL, metrics(3), null, null, 0, TrialStage.CONFIRMATION));
        trials.add(trial(a, 11, TrialStatus.SUCCESSFUL, metrics(3), null, null, 2, TrialStage.CONFIRMATION));
        trials.add(trial(a, 12, TrialStatus.ABORTED, metrics(3), null, null, 2, TrialStage.CONFIRMATION));
        return trials;
    }

    private static TrialTable tableOf(List<TrialResult> trials) {
        TrialTable.Builder builder = TrialTable.builder();
        trials.forEach(builder::add);
        return builder.build();
    }

    @Test
    void givesBackEveryTrialAsItWasAddedSharingItsMaps() {
        List<TrialResult> trials = trials();

        TrialTable table = tableOf(trials);

        assertThat(table).hasSize(trials.size()).containsExactlyElementsOf(trials);
        for (int i = 0; i < trials.size(); i++) {
            TrialResult t = trials.get(i);
            assertThat(table.get(i).config()).isSameAs(t.config());
            assertThat(table.get(i).goals()).isSameAs(t.goals());
            assertThat(table.get(i).run()).isSameAs(t.run());
            assertThat(table.get(i).metrics().keySet()).isEqualTo(t.metrics().keySet());
        }
        assertThat(table.get(5).error().message()).isEqualTo("diverged");
        assertThat(table.get(6).curves()).isEqualTo("curves/a.jsonl");
        assertThat(table.get(7).metrics()).containsEntry("m0", null);
    }

    @Test
    void readsEachFieldOfARowWithoutBuildingItsTrial() {
        List<TrialResult> trials = trials();

        TrialTable table = tableOf(trials);

        for (int i = 0; i < trials.size(); i++) {
            TrialResult t = trials.get(i);
            assertThat(table.experiment(i)).isSameAs(t.experiment());
            assertThat(table.config(i)).isSameAs(t.config());
            assertThat(table.goals(i)).isSameAs(t.goals());
            assertThat(table.seed(i)).isEqualTo(t.seed());
            assertThat(table.seedIndex(i)).isEqualTo(t.seedIndex());
            assertThat(table.configIndex(i)).isEqualTo(t.configIndex());
            assertThat(table.status(i)).isEqualTo(t.status());
            assertThat(table.isSuccessful(i)).isEqualTo(t.isSuccessful());
            assertThat(table.isConfirmation(i)).isEqualTo(t.isConfirmation());
            assertThat(table.startedAt(i)).isEqualTo(t.startedAt());
            assertThat(table.start(i)).isEqualTo(LatestResult.startOf(t));
            assertThat(table.metricNames(i)).isEqualTo(t.metrics().keySet());
            for (String metric : List.of("m0", "m2", "m4", "absent")) {
                assertThat(table.metric(i, metric))
                        .as("%s of trial %d", metric, i)
                        .isEqualTo(t.metrics().get(metric));
            }
        }
    }

    @Test
    void aSelectionIsAViewOfChosenRowsAndSelectsFurther() {
        List<TrialResult> trials = trials();
        TrialTable table = tableOf(trials);

        TrialTable chosen = table.select(new int[] {8, 2, 6, 0, 99}, 4);
        TrialTable again = chosen.select(new int[] {3, 1}, 2);

        assertThat(chosen).containsExactly(trials.get(8), trials.get(2), trials.get(6), trials.get(0));
        assertThat(chosen.seed(1)).isEqualTo(3);
        assertThat(again).containsExactly(trials.get(0), trials.get(2));
        assertThat(again.metric(1, "m4")).isEqualTo(4.5);
        assertThatThrownBy(() -> chosen.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.select(new int[] {trials.size()}, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aSelectionOfConsecutiveRowsReadsTheRowsItStartsAt() {
        List<TrialResult> trials = trials();
        TrialTable table = tableOf(trials);

        TrialTable run = table.select(new int[] {3, 4, 5, 6}, 3);
        TrialTable inner = run.select(new int[] {1, 2}, 2);
        TrialTable ofAView = table.select(new int[] {8, 2, 3, 4}, 4).select(new int[] {1, 2, 3}, 3);

        assertThat(run).containsExactly(trials.get(3), trials.get(4), trials.get(5));
        assertThat(run.seed(0)).isEqualTo(4);
        assertThat(run.metric(2, "m1")).isEqualTo(1.5);
        assertThat(inner).containsExactly(trials.get(4), trials.get(5));
        assertThat(ofAView).containsExactly(trials.get(2), trials.get(3), trials.get(4));
        assertThatThrownBy(() -> run.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> inner.seed(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rowsWithTheSameNumberOfValuesAreReadByTheirNumber() {
        Map<String, Object> a = Map.of("lr", 0.1);
        List<TrialResult> trials = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("loss", seed * 0.25);
            values.put("accuracy", 1 - seed * 0.01);
            trials.add(trial(a, seed, TrialStatus.SUCCESSFUL, values, null, null, 0, TrialStage.TUNING));
        }

        TrialTable table = tableOf(trials);

        assertThat(table).containsExactlyElementsOf(trials);
        assertThat(table.metric(39, "loss")).isEqualTo(10.0);
        assertThat(table.metric(17, "accuracy")).isEqualTo(1 - 18 * 0.01);
        assertThat(table.select(new int[] {30, 5}, 2).metric(1, "loss")).isEqualTo(1.5);
    }

    @Test
    void isImmutableAndATableIsItsOwnTable() {
        TrialTable table = tableOf(trials());

        assertThat(TrialTable.of(table)).isSameAs(table);
        assertThat(TrialTable.of(trials())).isEqualTo(table);
        assertThatThrownBy(() -> table.add(trials().get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.set(0, trials().get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new LoadedResults(table, List.of()).trials()).isSameAs(table);
    }
}

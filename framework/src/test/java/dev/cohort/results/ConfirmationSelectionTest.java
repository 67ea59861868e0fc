package dev.cohort.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfirmationSelectionTest {

    private static final List<Long> SEEDS = List.of(11L, 12L, 13L);
    private static final ConfirmationDeclaration PER_ALGORITHM =
            new ConfirmationDeclaration(List.of("algorithm"), "error", Goal.MINIMIZE, List.of(91L, 92L));

    private static Map<String, Object> config(String algorithm, double step) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("algorithm", algorithm);
        config.put("step", step);
        return config;
    }

    private static final List<Map<String, Object>> CONFIGS =
            List.of(config("LMS", 0.1), config("LMS", 0.3), config("IDBD", 0.1), config("IDBD", 0.3));

    private static TrialResult trial(Map<String, Object> config, long seed, double error, TrialStage stage) {
        return new TrialResult(
                "e",
                config,
                seed,
                0,
                TrialStatus.SUCCESSFUL,
                Map.of("error", error),
                1,
                null,
                Map.of("error", Goal.MINIMIZE),
                null,
                null,
                CONFIGS.indexOf(config),
                null,
                stage);
    }

    private static List<TrialResult> tuning(double... meansInConfigOrder) {
        List<TrialResult> trials = new ArrayList<>();
        for (int c = 0; c < CONFIGS.size(); c++) {
            for (long seed : SEEDS) {
                trials.add(trial(CONFIGS.get(c), seed, meansInConfigOrder[c] + (seed - 12) * 0.01, TrialStage.TUNING));
            }
        }
        return trials;
    }

    @Test
    void selectsTheBestConfigurationOfEachGroupByTheGoalOfTheMetric() {
        ConfirmationSelection selection =
                ConfirmationSelection.select(PER_ALGORITHM, CONFIGS, SEEDS, tuning(3.0, 2.0, 1.5, 1.9));

        assertThat(selection.selected())
                .extracting(SelectedConfiguration::configId)
                .containsExactly("algorithm=LMS, step=0.3", "algorithm=IDBD, step=0.1");
        assertThat(selection.selected().get(0).group()).containsExactly(Map.entry("algorithm", "LMS"));
        assertThat(selection.selected().get(0).tuningMean()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(selection.selected().get(1).tuningSeeds()).isEqualTo(3);
        assertThat(selection.tuningComplete()).isTrue();
    }

    @Test
    void overallWithoutPerAndTiesGoToTheFirstConfigurationInDeclaredOrder() {
        ConfirmationDeclaration overall =
                new ConfirmationDeclaration(List.of(), "error", Goal.MAXIMIZE, List.of(91L, 92L));

        ConfirmationSelection selection =
                ConfirmationSelection.select(overall, CONFIGS, SEEDS, tuning(1.0, 4.0, 4.0, 2.0));

        assertThat(selection.selected()).singleElement().satisfies(s -> {
            assertThat(s.configIndex()).isEqualTo(1);
            assertThat(s.group()).isEmpty();
        });
    }

    @Test
    void ignoresConfirmationTrialsUndeclaredSeedsAndSupersededResults() {
        List<TrialResult> trials = new ArrayList<>(tuning(3.0, 2.0, 1.5, 1.9));
        trials.add(trial(CONFIGS.get(0), 91L, -100, TrialStage.CONFIRMATION));
        trials.add(trial(CONFIGS.get(0), 99L, -100, TrialStage.TUNING));
        trials.add(trial(CONFIGS.get(3), 11L, -100, TrialStage.TUNING)); // a later rerun of seed 11 wins

        ConfirmationSelection selection = ConfirmationSelection.select(PER_ALGORITHM, CONFIGS, SEEDS, trials);

        assertThat(selection.selected())
                .extracting(SelectedConfiguration::configId)
                .containsExactly("algorithm=LMS, step=0.3", "algorithm=IDBD, step=0.3");
    }

    @Test
    void countsMissingTuningTrialsAndGroupsWithoutACandidate() {
        List<TrialResult> trials = tuning(3.0, 2.0, 1.5, 1.9).subList(0, 6);

        ConfirmationSelection selection = ConfirmationSelection.select(PER_ALGORITHM, CONFIGS, SEEDS, trials);

        assertThat(selection.tuningComplete()).isFalse();
        assertThat(selection.storedTuningTrials()).isEqualTo(6);
        assertThat(selection.declaredTuningTrials()).isEqualTo(12);
        assertThat(selection.groupsWithoutCandidate()).containsExactly(Map.of("algorithm", "IDBD"));
    }

    @Test
    void theStageIsStoredOnlyForConfirmationTrialsAndReadBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.jsonl");
        try (var writer = dev.cohort.results.store.JsonLinesResultWriter.open(file)) {
            writer.append(trial(CONFIGS.get(0), 11L, 1.0, TrialStage.TUNING));
            writer.append(trial(CONFIGS.get(0), 91L, 1.0, TrialStage.CONFIRMATION));
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).doesNotContain("\"stage\"");
        assertThat(lines.get(1)).contains("\"stage\":\"confirmation\"");
        assertThat(dev.cohort.results.store.JsonLinesResultReader.read(dir).trials())
                .extracting(TrialResult::stage)
                .containsExactly(TrialStage.TUNING, TrialStage.CONFIRMATION);
    }
}

package dev.cohort.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cohort.Goal;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultWriter;
import dev.cohort.results.store.ManifestStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cohort:check} on an experiment with {@code @Confirm}: judged on the confirmation trials. */
class CheckConfirmationTest {

    private static final String ID = "org.acme.Runs#race";
    private static final List<Map<String, Object>> CONFIGURATIONS =
            List.of(config("fast", "soft"), config("fast", "hard"), config("slow", "soft"), config("slow", "hard"));
    private static final List<Long> TUNING_SEEDS = List.of(1L, 2L, 3L);
    private static final List<Long> CONFIRMATION_SEEDS = List.of(71L, 72L, 73L, 74L, 75L);
    private static final double[] NOISE = {0.1, -0.05, 0, -0.1, 0.05};

    @TempDir
    Path results;

    private final RecordingLog log = new RecordingLog();

    /**
     * The fast car with soft tyres and the slow car with hard tyres win their groups; on the fresh seeds
     * the fast car is {@code confirmedGap} faster.
     */
    private void writeResults(double confirmedGap, boolean confirmationRan) throws IOException {
        double[] tuningMeans = {10, 12, 21, 20};
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(results.resolve("run-1.jsonl"))) {
            for (int c = 0; c < CONFIGURATIONS.size(); c++) {
                for (int s = 0; s < TUNING_SEEDS.size(); s++) {
                    writer.append(trial(c, TUNING_SEEDS.get(s), s, tuningMeans[c] + NOISE[s], TrialStage.TUNING));
                }
            }
            if (confirmationRan) {
                for (int s = 0; s < CONFIRMATION_SEEDS.size(); s++) {
                    writer.append(trial(
                            0, CONFIRMATION_SEEDS.get(s), s, 20 - confirmedGap + NOISE[s], TrialStage.CONFIRMATION));
                    writer.append(
                            trial(3, CONFIRMATION_SEEDS.get(s), s, 20 + NOISE[4 - s] * 2, TrialStage.CONFIRMATION));
                }
            }
        }
        ManifestStore.write(
                results,
                new ExperimentManifest(
                        ID,
                        "",
                        "org.acme.Runs",
                        "race",
                        parameters(),
                        CONFIGURATIONS,
                        TUNING_SEEDS,
                        Map.of("time", Goal.MINIMIZE),
                        List.of(new Expectation(ID, "time", "car=fast", "car=slow", 0.05)),
                        "2025-01-01T00:00:00Z",
                        null,
                        null,
                        new ConfirmationDeclaration(List.of("car"), "time", Goal.MINIMIZE, CONFIRMATION_SEEDS)));
    }

    private static Map<String, List<Object>> parameters() {
        Map<String, List<Object>> parameters = new LinkedHashMap<>();
        parameters.put("car", List.of("fast", "slow"));
        parameters.put("tyre", List.of("soft", "hard"));
        return parameters;
    }

    /** A configuration in declared parameter order (car, then tyre), as the engine records it. */
    private static Map<String, Object> config(String car, String tyre) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("car", car);
        config.put("tyre", tyre);
        return config;
    }

    private static TrialResult trial(int c, long seed, int seedIndex, double time, TrialStage stage) {
        return new TrialResult(
                ID,
                CONFIGURATIONS.get(c),
                seed,
                seedIndex,
                TrialStatus.SUCCESSFUL,
                Map.of("time", time),
                1,
                null,
                Map.of("time", Goal.MINIMIZE),
                null,
                null,
                c,
                null,
                stage);
    }

    private CheckMojo check() {
        CheckMojo mojo = new CheckMojo();
        mojo.setLog(log);
        mojo.results = results.toFile();
        return mojo;
    }

    @Test
    void theExpectationIsJudgedOnTheConfirmationTrialsAndSaysSo() throws Exception {
        writeResults(10, true);

        check().execute();

        assertThat(log.at("INFO"))
                .anyMatch(m -> m.startsWith("Expectation holds: Runs#race time (confirmed on 5 fresh seeds): best of"
                        + " car=fast (car=fast, tyre=soft, mean 10)"));
    }

    @Test
    void aDifferenceTheTuningStageShowsButTheFreshSeedsDoNotFailsTheBuild() throws Exception {
        writeResults(0, true);

        assertThatThrownBy(check()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 of 1 Cohort expectation did not hold")
                .hasMessageContaining("Expectation failed: Runs#race time (confirmed on 5 fresh seeds): best of"
                        + " car=fast (car=fast, tyre=soft, mean 20)");
    }

    @Test
    void anExpectationWhoseConfirmationHasNotRunFailsTheBuildAsNotJudgedYet() throws Exception {
        writeResults(10, false);

        assertThatThrownBy(check()::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Expectation not judged yet: Runs#race time: car=fast better than car=slow"
                        + " (alpha 0.05): the confirmation stage has no successful trial yet (0 of 10 trials on the 5"
                        + " fresh seeds have results)");
    }
}

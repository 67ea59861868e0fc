package dev.cohort.analysis;

import dev.cohort.Goal;
import dev.cohort.results.ConfirmationDeclaration;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStage;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small study with {@code @Confirm(per = "algorithm")}, built by hand: three algorithms x two step
 * sizes tuned on seeds 11..13, the best step size of each algorithm confirmed on five fresh seeds. The
 * confirmation values are the ones the R reference of {@code ConfirmationAnalysisTest} was computed on.
 */
public final class ConfirmationStudy {

    /** The experiment id. */
    public static final String ID = "org.acme.Tracking#run";

    /** The tuning seeds. */
    public static final List<Long> TUNING_SEEDS = List.of(11L, 12L, 13L);

    /** The confirmation seeds. */
    public static final List<Long> CONFIRMATION_SEEDS = List.of(91L, 92L, 93L, 94L, 95L);

    /** The configurations in declared order. */
    public static final List<Map<String, Object>> CONFIGS = List.of(
            config("LMS", 0.1),
            config("LMS", 0.3),
            config("IDBD", 0.1),
            config("IDBD", 0.3),
            config("Adam", 0.1),
            config("Adam", 0.3));

    /** The tuning means of final_error in configuration order: LMS 0.3, IDBD 0.1 and Adam 0.3 are the best. */
    public static final double[] TUNING_MEANS = {4.0, 3.0, 2.0, 2.5, 3.1, 2.7};

    /** The confirmation values of the selected LMS (step 0.3), seed by seed. */
    public static final double[] LMS = {3.12, 3.47, 2.85, 3.61, 3.30};

    /** The confirmation values of the selected IDBD (step 0.1). */
    public static final double[] IDBD = {1.93, 2.18, 1.74, 2.35, 1.97};

    /** The confirmation values of the selected Adam (step 0.3). */
    public static final double[] ADAM = {2.51, 2.86, 2.44, 2.63, 2.72};

    private ConfirmationStudy() {}

    /** A configuration of the study. */
    public static Map<String, Object> config(String algorithm, double step) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("algorithm", algorithm);
        config.put("step", step);
        return config;
    }

    private static Map<String, List<Object>> parameters() {
        Map<String, List<Object>> parameters = new LinkedHashMap<>();
        parameters.put("algorithm", List.of("LMS", "IDBD", "Adam"));
        parameters.put("step", List.of(0.1, 0.3));
        return parameters;
    }

    /** The declaration with {@code @Confirm(per)} on the five confirmation seeds. */
    public static ExperimentManifest manifest(String... per) {
        return new ExperimentManifest(
                ID,
                "",
                "org.acme.Tracking",
                "run",
                parameters(),
                CONFIGS,
                TUNING_SEEDS,
                Map.of("final_error", Goal.MINIMIZE),
                List.of(),
                "2026-01-01T00:00:00Z",
                null,
                null,
                new ConfirmationDeclaration(List.of(per), "final_error", Goal.MINIMIZE, CONFIRMATION_SEEDS));
    }

    /** Every tuning trial: configuration c's seeds at its mean -0.1, 0, +0.1. */
    public static List<TrialResult> tuning() {
        List<TrialResult> trials = new ArrayList<>();
        for (int c = 0; c < CONFIGS.size(); c++) {
            for (int s = 0; s < TUNING_SEEDS.size(); s++) {
                trials.add(trial(
                        CONFIGS.get(c), TUNING_SEEDS.get(s), s, TUNING_MEANS[c] + (s - 1) * 0.1, TrialStage.TUNING));
            }
        }
        return trials;
    }

    /** The confirmation trials of the three selected configurations. */
    public static List<TrialResult> confirmation() {
        List<TrialResult> trials = new ArrayList<>();
        trials.addAll(confirmation(config("LMS", 0.3), LMS));
        trials.addAll(confirmation(config("IDBD", 0.1), IDBD));
        trials.addAll(confirmation(config("Adam", 0.3), ADAM));
        return trials;
    }

    /** Confirmation trials of {@code config}, one per value, on the confirmation seeds in order. */
    public static List<TrialResult> confirmation(Map<String, Object> config, double[] values) {
        List<TrialResult> trials = new ArrayList<>();
        for (int s = 0; s < values.length; s++) {
            trials.add(trial(config, CONFIRMATION_SEEDS.get(s), s, values[s], TrialStage.CONFIRMATION));
        }
        return trials;
    }

    /** A successful trial recording {@code final_error}. */
    public static TrialResult trial(
            Map<String, Object> config, long seed, int seedIndex, double error, TrialStage stage) {
        return trial(config, seed, seedIndex, TrialStatus.SUCCESSFUL, Map.of("final_error", error), stage);
    }

    /** A trial of the study. */
    public static TrialResult trial(
            Map<String, Object> config,
            long seed,
            int seedIndex,
            TrialStatus status,
            Map<String, Double> metrics,
            TrialStage stage) {
        return new TrialResult(
                ID,
                config,
                seed,
                seedIndex,
                status,
                metrics,
                1,
                null,
                Map.of("final_error", Goal.MINIMIZE),
                null,
                null,
                CONFIGS.indexOf(config),
                null,
                stage);
    }

    /** The tuning and confirmation trials together. */
    public static List<TrialResult> all() {
        List<TrialResult> trials = new ArrayList<>(tuning());
        trials.addAll(confirmation());
        return trials;
    }
}

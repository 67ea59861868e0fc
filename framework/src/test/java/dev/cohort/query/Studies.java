package dev.cohort.query;

import dev.cohort.Goal;
import dev.cohort.results.Expectation;
import dev.cohort.results.ExperimentManifest;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A small synthetic study: algorithm (LMS, IDBD) x stepSize (0.01, 0.03), normal values, fixed seeds. */
public final class Studies {

    /** The experiment id. */
    public static final String ID = "org.acme.StepSizeExperiments#tracking";

    private Studies() {}

    /** Trials with the given mean final_error per configuration (LMS 0.01, LMS 0.03, IDBD 0.01, IDBD 0.03). */
    public static List<TrialResult> trials(int seeds, double sd, double... means) {
        List<TrialResult> trials = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(42);
        int index = 0;
        for (String algorithm : List.of("LMS", "IDBD")) {
            for (double stepSize : new double[] {0.01, 0.03}) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("algorithm", algorithm);
                config.put("stepSize", stepSize);
                for (int s = 0; s < seeds; s++) {
                    double value = means[index] + sd * gaussian(random);
                    trials.add(new TrialResult(
                            ID,
                            config,
                            1000 + s,
                            s,
                            TrialStatus.SUCCESSFUL,
                            Map.of("final_error", value),
                            1.0,
                            null,
                            Map.of("final_error", Goal.MINIMIZE),
                            null,
                            null,
                            index,
                            null));
                }
                index++;
            }
        }
        return trials;
    }

    /** The declaration of the study with {@code seeds} seeds and the given expectations. */
    public static ExperimentManifest manifest(int seeds, Expectation... expectations) {
        List<Map<String, Object>> configurations = new ArrayList<>();
        for (String algorithm : List.of("LMS", "IDBD")) {
            for (double stepSize : new double[] {0.01, 0.03}) {
                Map<String, Object> config = new LinkedHashMap<>();
                config.put("algorithm", algorithm);
                config.put("stepSize", stepSize);
                configurations.add(config);
            }
        }
        List<Long> seedList = new ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            seedList.add(1000L + s);
        }
        Map<String, List<Object>> parameters = new LinkedHashMap<>();
        parameters.put("algorithm", List.of("LMS", "IDBD"));
        parameters.put("stepSize", List.of(0.01, 0.03));
        return new ExperimentManifest(
                ID,
                "",
                "org.acme.StepSizeExperiments",
                "tracking",
                parameters,
                configurations,
                seedList,
                Map.of("final_error", Goal.MINIMIZE),
                List.of(expectations),
                "2025-01-01T00:00:00Z",
                null,
                null);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}

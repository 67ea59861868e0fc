package dev.cohort.bench;

import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.JsonLinesResultWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic study across tasks in the results store's format (SPEC section 4): one experiment
 * sweeping {@value #AGENT} x {@value #TASK} (the task parameter), every configuration run with the same
 * seeds, one metric {@value #METRIC} to maximize. A task has its own scale (raw scores from 0 to 10 up to
 * 0 to 10,000, so the min-max normalisation matters) and a difficulty; an agent's skill shifts its scores
 * on every task. The same arguments always write the same data.
 *
 * @param agents the number of configurations per task
 * @param tasks the number of tasks
 * @param seeds the seeds per configuration and task
 */
record TaskStudyGenerator(int agents, int tasks, int seeds) {

    static final String EXPERIMENT = "org.acme.Atari#play";
    static final String AGENT = "agent";
    static final String TASK = "game";
    static final String METRIC = "score";

    /** The number of trial lines this study has. */
    int trials() {
        return agents * tasks * seeds;
    }

    /** Writes the study into {@code results} (created when missing), replacing its last version. */
    void write(Path results) throws IOException {
        Files.createDirectories(results);
        Path file = results.resolve("run-tasks.jsonl");
        Files.deleteIfExists(file);
        SplittableRandom random = new SplittableRandom(57);
        long[] seedValues = random.longs(seeds, 0, 1_000_000).toArray();
        double[] scale = new double[tasks];
        double[] difficulty = new double[tasks];
        for (int t = 0; t < tasks; t++) {
            scale[t] = Math.pow(10, 1 + t % 4);
            difficulty[t] = random.nextDouble();
        }
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(file)) {
            int configIndex = 0;
            for (int a = 0; a < agents; a++) {
                double skill = 0.3 + 0.04 * a;
                for (int t = 0; t < tasks; t++) {
                    Map<String, Object> config = new LinkedHashMap<>();
                    config.put(AGENT, "agent" + a);
                    config.put(TASK, "game" + t);
                    for (int s = 0; s < seeds; s++) {
                        double normalised = skill * (1 - 0.5 * difficulty[t]) + 0.1 * random.nextGaussian();
                        writer.append(new TrialResult(
                                EXPERIMENT,
                                config,
                                seedValues[s],
                                s,
                                TrialStatus.SUCCESSFUL,
                                Map.of(METRIC, scale[t] * normalised),
                                10 + random.nextDouble(),
                                null,
                                Map.of(METRIC, Goal.MAXIMIZE),
                                null,
                                "2025-01-01T00:00:00Z",
                                configIndex,
                                null));
                    }
                    configIndex++;
                }
            }
        }
    }
}

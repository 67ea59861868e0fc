package dev.cohort.bench;

import dev.cohort.Goal;
import dev.cohort.results.TrialResult;
import dev.cohort.results.TrialStatus;
import dev.cohort.results.store.CurveFileWriter;
import dev.cohort.results.store.JsonLinesResultWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic study in the results store's format (SPEC section 4), as the engine would: one
 * experiment sweeping {@code lr} x {@code width} (x {@code depth} when there is more than one depth), every configuration run with the same seeds, three
 * metrics per trial ({@code loss} to minimize, {@code accuracy} to maximize, {@code time} without a
 * goal) drawn from normal distributions whose means depend on the configuration, each trial with a start
 * time of its own (in microseconds, as the engine records them), and optionally one learning curve per
 * trial. The same arguments always write the same data.
 *
 * @param lrs the number of {@code lr} values
 * @param widths the number of {@code width} values
 * @param depths the number of {@code depth} values; 1 leaves the parameter out
 * @param seeds the seeds per configuration
 * @param curveSteps the steps of each trial's learning curve, 0 for none
 */
record StudyGenerator(int lrs, int widths, int depths, int seeds, int curveSteps) {

    static final String EXPERIMENT = "org.acme.Sweep#train";
    private static final Map<String, Goal> GOALS = Map.of("loss", Goal.MINIMIZE, "accuracy", Goal.MAXIMIZE);
    /** The data's form, in the stamp: a study written in an earlier form is written again. */
    private static final String FORM = "start times per trial";

    private static final Instant FIRST_START = Instant.parse("2025-01-01T00:00:00Z");

    /** A study sweeping {@code lr} x {@code width}. */
    StudyGenerator(int lrs, int widths, int seeds, int curveSteps) {
        this(lrs, widths, 1, seeds, curveSteps);
    }

    /** The number of configurations this study has. */
    int configurations() {
        return lrs * widths * depths;
    }

    /** The number of trial lines this study has. */
    int trials() {
        return configurations() * seeds;
    }

    /**
     * Writes the study into {@code results} unless the last study written there was this one (a stamp
     * file records it), so that repeated benchmark runs time the report, not the writing.
     */
    void writeOnce(Path results) throws IOException {
        Path stamp = results.resolve("study.txt");
        if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(this + ", " + FORM)) {
            System.out.println("reusing the study written earlier in " + results);
            return;
        }
        Files.deleteIfExists(stamp);
        write(results);
        Files.writeString(stamp, this + ", " + FORM);
    }

    /** Writes the study into {@code results} (created when missing); returns the results file. */
    Path write(Path results) throws IOException {
        Files.createDirectories(results);
        Path file = results.resolve("run-bench.jsonl");
        Files.deleteIfExists(file);
        SplittableRandom random = new SplittableRandom(42);
        Instant started = FIRST_START;
        long[] seedValues = random.longs(seeds, 0, 1_000_000).toArray();
        try (JsonLinesResultWriter writer = JsonLinesResultWriter.open(file)) {
            int configIndex = 0;
            for (int l = 0; l < lrs; l++) {
                for (int w = 0; w < widths; w++) {
                    for (int d = 0; d < depths; d++) {
                        Map<String, Object> config = new LinkedHashMap<>();
                        config.put("lr", 0.001 * (l + 1));
                        config.put("width", 16 * (w + 1));
                        if (depths > 1) {
                            config.put("depth", d + 1);
                        }
                        double quality = Math.sin(l * 0.7) + Math.cos(w * 0.3) + 0.05 * d;
                        for (int s = 0; s < seeds; s++) {
                            String curves = curveSteps == 0 ? null : writeCurve(results, configIndex, s, random);
                            started = started.plusNanos(100_000 * (1000 + random.nextInt(1000)));
                            Map<String, Double> metrics = new LinkedHashMap<>();
                            metrics.put("loss", 1 - 0.1 * quality + 0.05 * random.nextGaussian());
                            metrics.put("accuracy", 0.8 + 0.02 * quality + 0.01 * random.nextGaussian());
                            metrics.put("time", 10 + w + d + random.nextGaussian());
                            writer.append(new TrialResult(
                                    EXPERIMENT,
                                    config,
                                    seedValues[s],
                                    s,
                                    TrialStatus.SUCCESSFUL,
                                    metrics,
                                    100 + random.nextDouble(),
                                    null,
                                    GOALS,
                                    curves,
                                    started.toString(),
                                    configIndex,
                                    null));
                        }
                        configIndex++;
                    }
                }
            }
        }
        return file;
    }

    private String writeCurve(Path results, int configIndex, int seed, SplittableRandom random) throws IOException {
        String relative = "curves/bench/c" + configIndex + "-s" + seed + CurveFileWriter.EXTENSION;
        Files.deleteIfExists(results.resolve(relative)); // a study written again replaces the last one
        try (CurveFileWriter curve = CurveFileWriter.create(results.resolve(relative))) {
            double level = 1 + configIndex % 7;
            for (int step = 0; step < curveSteps; step++) {
                curve.write("return", step, level * (1 - Math.exp(-step / 2000.0)) + 0.1 * random.nextGaussian());
            }
        }
        return relative;
    }

    /** The metric names, in recording order. */
    static List<String> metrics() {
        return List.of("loss", "accuracy", "time");
    }
}

package dev.cohort.runtime;

import dev.cohort.Trial;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The {@link Trial} handed to an experiment method: it records scalar metrics and buffers curve points.
 * Used by the one thread running the trial.
 */
public final class RecordingTrial implements Trial {

    /** The algorithm of {@link #random()}: a fast splittable LXM generator seeded by the seed alone. */
    public static final String RANDOM_ALGORITHM = "L64X128MixRandom";

    private final long seed;
    private final int seedIndex;
    private final Map<String, Object> config;
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private final CurveBuffer curves = new CurveBuffer();
    private RandomGenerator random;

    /** A trial of the configuration {@code config} with the seed at {@code seedIndex}. */
    public RecordingTrial(long seed, int seedIndex, Map<String, Object> config) {
        this.seed = seed;
        this.seedIndex = seedIndex;
        this.config = Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    /** A trial of {@code configuration}, whose values, immutable already, it hands out as they are. */
    RecordingTrial(long seed, int seedIndex, Configuration configuration) {
        this.seed = seed;
        this.seedIndex = seedIndex;
        this.config = configuration.values();
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public int seedIndex() {
        return seedIndex;
    }

    @Override
    public RandomGenerator random() {
        if (random == null) {
            random = RandomGeneratorFactory.of(RANDOM_ALGORITHM).create(seed);
        }
        return random;
    }

    @Override
    public Map<String, Object> config() {
        return config;
    }

    @Override
    public void record(String metric, double value) {
        metrics.put(Objects.requireNonNull(metric, "metric"), value);
    }

    @Override
    public void log(String metric, long step, double value) {
        curves.add(Objects.requireNonNull(metric, "metric"), step, value);
    }

    /** The recorded metrics, in first-recording order. */
    public Map<String, Double> metrics() {
        return Collections.unmodifiableMap(metrics);
    }

    /** The logged curve points. */
    public CurveBuffer curves() {
        return curves;
    }

    @Override
    public String toString() {
        return "Trial[seed=" + seed + ", seedIndex=" + seedIndex + ", config=" + config + "]";
    }
}

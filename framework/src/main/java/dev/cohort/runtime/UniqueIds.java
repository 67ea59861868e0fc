package dev.cohort.runtime;

import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The unique ids of the engine's experiments, configurations and trials, in one place: the engine builds
 * its JUnit Platform ids from these segments, and the Maven plugin ({@code cohort:status -Dcohort.ids})
 * prints them in the JUnit Platform's string form, ready for {@code --select-unique-id}. Every segment
 * value is stable across runs, so an id names the same trial, configuration or experiment in a later run:
 *
 * <pre>
 * [engine:cohort]/[class:org.acme.X]/[experiment:tracking(double,dev.cohort.Trial)]
 *     /[config:alpha=0.01, algorithm=IDBD]/[seed:130479]
 * </pre>
 *
 * An experiment with no swept parameter has the configuration segment {@code [config:(no parameters)]}.
 * The trials of an experiment's confirmation stage ({@code @Confirm}) hang below the experiment, one
 * segment for the selected configuration, one for the confirmation seed:
 *
 * <pre>
 * [experiment:tracking(double,dev.cohort.Trial)]/[confirmation:alpha=0.01, algorithm=IDBD]/[seed:455423]
 * </pre>
 *
 * and the test reporting a confirmation stage that cannot run is {@code [confirmation:(selection)]}.
 */
public final class UniqueIds {

    /** The engine's id, the value of the first segment. */
    public static final String ENGINE_ID = "cohort";

    /** The value of the {@link Segment.Type#CONFIRMATION} segment of the test reporting a blocked confirmation. */
    public static final String SELECTION = "(selection)";

    /**
     * The characters the JUnit Platform's string form of a unique id percent-encodes in a segment's type
     * and value ({@code org.junit.platform.engine.UniqueIdFormat}): its delimiters, {@code %} and {@code +}.
     */
    private static final String ENCODED = "[]:/%+";

    private UniqueIds() {}

    /**
     * One segment of a unique id.
     *
     * @param type what the segment names
     * @param value the segment's stable value
     */
    public record Segment(Type type, String value) {

        /** Checks the parts. */
        public Segment {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }

        /** What a segment names. */
        public enum Type {
            /** The engine: {@value UniqueIds#ENGINE_ID}. */
            ENGINE("engine"),
            /** The experiment class, by its binary name. */
            CLASS("class"),
            /** The experiment method, by its {@linkplain ExperimentReader#signature signature}. */
            EXPERIMENT("experiment"),
            /** A configuration, by its {@linkplain Configuration#displayName() display name}. */
            CONFIG("config"),
            /** A configuration selected for confirmation, or {@value UniqueIds#SELECTION}. */
            CONFIRMATION("confirmation"),
            /** A trial, by its seed. */
            SEED("seed");

            private final String key;

            Type(String key) {
                this.key = key;
            }

            /** The segment type as it appears in the id: {@code config}. */
            public String key() {
                return key;
            }
        }
    }

    /** The engine's segment. */
    public static Segment engine() {
        return new Segment(Segment.Type.ENGINE, ENGINE_ID);
    }

    /** The segment of an experiment class. */
    public static Segment ofClass(Class<?> type) {
        return new Segment(Segment.Type.CLASS, type.getName());
    }

    /** The segment of an experiment method. */
    public static Segment ofExperiment(Method method) {
        return new Segment(Segment.Type.EXPERIMENT, ExperimentReader.signature(method));
    }

    /** The segment of a configuration. */
    public static Segment ofConfiguration(Configuration configuration) {
        return new Segment(Segment.Type.CONFIG, configuration.displayName());
    }

    /** The segment of a configuration selected for confirmation. */
    public static Segment ofConfirmation(Configuration configuration) {
        return new Segment(Segment.Type.CONFIRMATION, configuration.displayName());
    }

    /** The segment of the test reporting a confirmation stage that cannot run. */
    public static Segment confirmationSelection() {
        return new Segment(Segment.Type.CONFIRMATION, SELECTION);
    }

    /** The segment of a trial. */
    public static Segment ofSeed(long seed) {
        return new Segment(Segment.Type.SEED, Long.toString(seed));
    }

    /** The segments of an experiment's id, from the engine's. */
    public static List<Segment> experiment(ExperimentDefinition experiment) {
        return List.of(engine(), ofClass(experiment.testClass()), ofExperiment(experiment.method()));
    }

    /** The segments of a configuration's id, from the engine's. */
    public static List<Segment> configuration(ExperimentDefinition experiment, Configuration configuration) {
        List<Segment> segments = new ArrayList<>(experiment(experiment));
        segments.add(ofConfiguration(configuration));
        return List.copyOf(segments);
    }

    /** The segments of the id of the trial with the seed at {@code seedIndex}, from the engine's. */
    public static List<Segment> trial(ExperimentDefinition experiment, Configuration configuration, int seedIndex) {
        List<Segment> segments = new ArrayList<>(configuration(experiment, configuration));
        segments.add(ofSeed(experiment.seed(seedIndex)));
        return List.copyOf(segments);
    }

    /**
     * The id in the JUnit Platform's string form, as {@code UniqueId.toString()} writes it and {@code
     * --select-unique-id} reads it: {@code [type:value]} segments joined by {@code /}, the characters
     * {@code []:/%+} of types and values percent-encoded.
     */
    public static String format(List<Segment> segments) {
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (!text.isEmpty()) {
                text.append('/');
            }
            text.append('[')
                    .append(encode(segment.type().key()))
                    .append(':')
                    .append(encode(segment.value()))
                    .append(']');
        }
        return text.toString();
    }

    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ENCODED.indexOf(c) >= 0) {
                encoded.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }
}

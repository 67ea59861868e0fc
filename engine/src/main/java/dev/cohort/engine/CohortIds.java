package dev.cohort.engine;

import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentReader;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;

/**
 * Builds and reads the engine's unique ids, in one place. Every segment value is stable across runs,
 * so an id names the same trial, configuration or experiment in a later run:
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
final class CohortIds {

    static final String ENGINE_ID = "cohort";
    static final String CLASS = "class";
    static final String EXPERIMENT = "experiment";
    static final String CONFIG = "config";
    static final String SEED = "seed";
    static final String CONFIRMATION = "confirmation";

    /** The value of the {@value #CONFIRMATION} segment of the test reporting a blocked confirmation. */
    static final String SELECTION = "(selection)";

    private CohortIds() {}

    static UniqueId forClass(UniqueId engine, Class<?> type) {
        return engine.append(CLASS, type.getName());
    }

    static UniqueId forExperiment(UniqueId classId, Method method) {
        return classId.append(EXPERIMENT, ExperimentReader.signature(method));
    }

    static UniqueId forConfiguration(UniqueId experimentId, Configuration configuration) {
        return experimentId.append(CONFIG, configuration.displayName());
    }

    static UniqueId forTrial(UniqueId configurationId, long seed) {
        return configurationId.append(SEED, Long.toString(seed));
    }

    static UniqueId forConfirmationTrial(UniqueId experimentId, Configuration configuration, long seed) {
        return experimentId.append(CONFIRMATION, configuration.displayName()).append(SEED, Long.toString(seed));
    }

    static UniqueId forConfirmationSelection(UniqueId experimentId) {
        return experimentId.append(CONFIRMATION, SELECTION);
    }

    /**
     * The experiment id of a confirmation trial's id, or of a selected configuration's ({@code
     * .../[confirmation:...]}), if {@code id} is one.
     */
    static Optional<UniqueId> experimentOfConfirmation(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        UniqueId.Segment last = segments.get(segments.size() - 1);
        if (last.getType().equals(CONFIRMATION) && !last.getValue().equals(SELECTION)) {
            return Optional.of(id.removeLastSegment());
        }
        if (last.getType().equals(SEED)
                && segments.size() > 2
                && segments.get(segments.size() - 2).getType().equals(CONFIRMATION)) {
            return Optional.of(id.removeLastSegment().removeLastSegment());
        }
        return Optional.empty();
    }

    /** The value of the id's last segment when it has the given type. */
    static Optional<String> last(UniqueId id, String type) {
        List<UniqueId.Segment> segments = id.getSegments();
        UniqueId.Segment last = segments.get(segments.size() - 1);
        return last.getType().equals(type) ? Optional.of(last.getValue()) : Optional.empty();
    }

    /** The configuration id a {@value #CONFIG} segment value names. */
    static String configId(String segmentValue) {
        return segmentValue.equals(Configuration.NO_PARAMETERS) ? "" : segmentValue;
    }

    /** The seed a {@value #SEED} segment value names, if it is a number. */
    static Optional<Long> seed(String segmentValue) {
        try {
            return Optional.of(Long.parseLong(segmentValue));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package dev.cohort.engine;

import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.UniqueIds;
import dev.cohort.runtime.UniqueIds.Segment;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;

/**
 * The engine's unique ids as JUnit Platform {@link UniqueId}s, built from the segments of {@link UniqueIds}
 * (the one definition of the id format, which the Maven plugin prints too), and read back for re-runs.
 */
final class CohortIds {

    static final String ENGINE_ID = UniqueIds.ENGINE_ID;
    static final String CLASS = Segment.Type.CLASS.key();
    static final String EXPERIMENT = Segment.Type.EXPERIMENT.key();
    static final String CONFIG = Segment.Type.CONFIG.key();
    static final String SEED = Segment.Type.SEED.key();
    static final String CONFIRMATION = Segment.Type.CONFIRMATION.key();

    /** The value of the {@code confirmation} segment of the test reporting a blocked confirmation. */
    static final String SELECTION = UniqueIds.SELECTION;

    private CohortIds() {}

    static UniqueId forClass(UniqueId engine, Class<?> type) {
        return append(engine, UniqueIds.ofClass(type));
    }

    static UniqueId forExperiment(UniqueId classId, Method method) {
        return append(classId, UniqueIds.ofExperiment(method));
    }

    static UniqueId forConfiguration(UniqueId experimentId, Configuration configuration) {
        return append(experimentId, UniqueIds.ofConfiguration(configuration));
    }

    static UniqueId forTrial(UniqueId configurationId, long seed) {
        return append(configurationId, UniqueIds.ofSeed(seed));
    }

    static UniqueId forConfirmationTrial(UniqueId experimentId, Configuration configuration, long seed) {
        return append(append(experimentId, UniqueIds.ofConfirmation(configuration)), UniqueIds.ofSeed(seed));
    }

    static UniqueId forConfirmationSelection(UniqueId experimentId) {
        return append(experimentId, UniqueIds.confirmationSelection());
    }

    private static UniqueId append(UniqueId id, Segment segment) {
        return id.append(segment.type().key(), segment.value());
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

    /** The configuration id a {@code config} segment value names. */
    static String configId(String segmentValue) {
        return segmentValue.equals(Configuration.NO_PARAMETERS) ? "" : segmentValue;
    }

    /** The seed a {@code seed} segment value names, if it is a number. */
    static Optional<Long> seed(String segmentValue) {
        try {
            return Optional.of(Long.parseLong(segmentValue));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

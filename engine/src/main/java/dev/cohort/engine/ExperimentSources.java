package dev.cohort.engine;

import dev.cohort.runtime.ExperimentDefinition;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * The test source of an experiment's descriptors, its method: made once per method and shared by the
 * experiment, its configurations and its trials (a source is immutable, and making one names every
 * parameter type, a cost a trial should not pay). Kept per class, so a class and its sources are
 * collected together.
 */
final class ExperimentSources {

    private static final ClassValue<Map<Method, MethodSource>> BY_CLASS = new ClassValue<>() {
        @Override
        protected Map<Method, MethodSource> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private ExperimentSources() {}

    /** The source of {@code experiment}'s descriptors: its class and method. */
    static MethodSource of(ExperimentDefinition experiment) {
        return BY_CLASS.get(experiment.testClass())
                .computeIfAbsent(experiment.method(), method -> MethodSource.from(experiment.testClass(), method));
    }
}

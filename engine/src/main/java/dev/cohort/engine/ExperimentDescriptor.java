package dev.cohort.engine;

import dev.cohort.runtime.ExperimentDefinition;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** One experiment method; its children are {@link ConfigurationDescriptor}s. */
final class ExperimentDescriptor extends ContainerDescriptor {

    private final ExperimentDefinition definition;

    ExperimentDescriptor(UniqueId classId, ExperimentDefinition definition) {
        super(
                CohortIds.forExperiment(classId, definition.method()),
                displayName(definition),
                MethodSource.from(definition.testClass(), definition.method()));
        this.definition = definition;
    }

    ExperimentDefinition definition() {
        return definition;
    }

    /** Selectors of every configuration, to discover the whole experiment. */
    Set<DiscoverySelector> configurationSelectors() {
        return definition.configurations().stream()
                .map(c -> DiscoverySelectors.selectUniqueId(CohortIds.forConfiguration(getUniqueId(), c)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String displayName(ExperimentDefinition definition) {
        String defaultId =
                definition.testClass().getName() + "#" + definition.method().getName();
        return definition.id().equals(defaultId) ? definition.method().getName() : definition.id();
    }
}

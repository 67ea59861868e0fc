package dev.cohort.engine;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/** Resolves {@code [config:...]} unique ids into {@link ConfigurationDescriptor}s with one trial per seed. */
final class ConfigurationSelectorResolver implements SelectorResolver {

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        return CohortIds.last(id, CohortIds.CONFIG)
                .flatMap(value -> context.addToParent(
                        () -> DiscoverySelectors.selectUniqueId(id.removeLastSegment()),
                        parent -> parent instanceof ExperimentDescriptor experiment
                                ? experiment
                                        .definition()
                                        .configuration(CohortIds.configId(value))
                                        .map(c -> new ConfigurationDescriptor(
                                                parent.getUniqueId(), experiment.definition(), c))
                                : Optional.empty()))
                .map(descriptor -> Resolution.match(Match.exact(descriptor, descriptor::addEveryTrial)))
                .orElse(unresolved());
    }
}

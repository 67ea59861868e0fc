package dev.cohort.engine;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/** Resolves {@code [seed:...]} unique ids into {@link TrialDescriptor}s. */
final class TrialSelectorResolver implements SelectorResolver {

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        return CohortIds.last(id, CohortIds.SEED)
                .flatMap(CohortIds::seed)
                .flatMap(seed -> context.addToParent(
                        () -> DiscoverySelectors.selectUniqueId(id.removeLastSegment()),
                        parent -> parent instanceof ConfigurationDescriptor configuration
                                ? configuration.experiment().seedIndex(seed).map(configuration::trial)
                                : Optional.empty()))
                .map(descriptor -> Resolution.match(Match.exact(descriptor)))
                .orElse(unresolved());
    }
}

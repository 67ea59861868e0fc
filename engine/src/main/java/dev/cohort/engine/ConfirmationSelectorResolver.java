package dev.cohort.engine;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves the unique ids of confirmation trials ({@code .../[confirmation:<config>]/[seed:<seed>]}) and
 * of a selected configuration's confirmation ({@code .../[confirmation:<config>]}), as an IDE or
 * Surefire re-runs them, into their experiment without its tuning trials; the experiment then runs, of
 * its confirmation stage, only what the ids name ({@link ExperimentDescriptor#selectConfirmation}), if
 * the stored tuning results still select that configuration.
 */
final class ConfirmationSelectorResolver implements SelectorResolver {

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        return CohortIds.experimentOfConfirmation(id)
                .flatMap(experiment -> context.resolve(DiscoverySelectors.selectUniqueId(experiment)))
                .filter(ExperimentDescriptor.class::isInstance)
                .map(ExperimentDescriptor.class::cast)
                .filter(experiment -> experiment.definition().confirmation().isPresent())
                .map(experiment -> {
                    experiment.selectConfirmation(id);
                    return Resolution.match(Match.exact(experiment));
                })
                .orElse(unresolved());
    }
}

package dev.cohort.engine;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.cohort.runtime.ExperimentReader;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves classes (class selectors and {@code [class:...]} unique ids) into {@link ClassDescriptor}s
 * whose children are the class's experiment methods. A class counts when it has at least one experiment.
 */
final class ClassSelectorResolver implements SelectorResolver {

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        return resolve(selector.getJavaClass(), context);
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        if (id.getSegments().size() != 2) {
            return unresolved();
        }
        return CohortIds.last(id, CohortIds.CLASS)
                .flatMap(name -> ReflectionSupport.tryToLoadClass(name).toOptional())
                .map(type -> resolve(type, context))
                .orElse(unresolved());
    }

    private static Resolution resolve(Class<?> type, Context context) {
        if (!ExperimentReader.isExperimentClass(type)) {
            return unresolved();
        }
        return context.addToParent(parent -> Optional.of(new ClassDescriptor(parent.getUniqueId(), type)))
                .map(descriptor -> Resolution.match(Match.exact(descriptor, () -> experimentSelectors(type))))
                .orElse(unresolved());
    }

    private static Set<DiscoverySelector> experimentSelectors(Class<?> type) {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        ExperimentReader.experimentMethods(type).forEach(m -> selectors.add(DiscoverySelectors.selectMethod(type, m)));
        return selectors;
    }
}

package dev.cohort.engine;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.cohort.runtime.ExperimentDefinition;
import dev.cohort.runtime.ExperimentReader;
import dev.cohort.runtime.InvalidExperimentException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves experiment methods (method selectors and {@code [experiment:...]} unique ids) into {@link
 * ExperimentDescriptor}s whose children are the configurations. An invalid declaration is reported as a
 * discovery issue naming class, method and parameter, and becomes an {@link InvalidExperimentDescriptor}.
 */
final class ExperimentSelectorResolver implements SelectorResolver {

    /**
     * The severity of invalid declarations. {@code WARNING}, not {@code ERROR}: the launcher refuses to
     * run any test of an engine reporting an issue at or above its critical severity (default {@code
     * ERROR}), but a bad declaration must not stop the other experiments; it fails as a test instead.
     */
    static final Severity INVALID_DECLARATION = Severity.WARNING;

    private final DiscoveryIssueReporter issues;

    ExperimentSelectorResolver(DiscoveryIssueReporter issues) {
        this.issues = issues;
    }

    @Override
    public Resolution resolve(MethodSelector selector, Context context) {
        Class<?> type = selector.getJavaClass();
        Method method = selector.getJavaMethod();
        if (!ExperimentReader.isExperiment(method) || !ExperimentReader.isExperimentClass(type)) {
            return unresolved();
        }
        return resolve(context.addToParent(
                () -> DiscoverySelectors.selectClass(type), parent -> create(parent, type, method)));
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        return CohortIds.last(id, CohortIds.EXPERIMENT)
                .map(signature -> resolve(context.addToParent(
                        () -> DiscoverySelectors.selectUniqueId(id.removeLastSegment()), parent -> {
                            if (!(parent instanceof ClassDescriptor classDescriptor)) {
                                return Optional.empty();
                            }
                            Class<?> type = classDescriptor.testClass();
                            return ExperimentReader.findExperiment(type, signature)
                                    .flatMap(method -> create(parent, type, method));
                        })))
                .orElse(unresolved());
    }

    private static Resolution resolve(Optional<TestDescriptor> descriptor) {
        return descriptor
                .map(d -> Resolution.match(Match.exact(d, () -> children(d))))
                .orElse(unresolved());
    }

    private static Set<? extends DiscoverySelector> children(TestDescriptor descriptor) {
        return descriptor instanceof ExperimentDescriptor experiment ? experiment.configurationSelectors() : Set.of();
    }

    private Optional<TestDescriptor> create(TestDescriptor parent, Class<?> type, Method method) {
        try {
            ExperimentDefinition definition = ExperimentReader.read(type, method);
            ExperimentDescriptor experiment = new ExperimentDescriptor(parent.getUniqueId(), definition);
            ExperimentReader.missingParameterNames(type, method).ifPresent(warning -> warn(type, method, warning));
            definition.warnings().forEach(warning -> warn(type, method, warning));
            return Optional.of(experiment);
        } catch (InvalidExperimentException e) {
            return Optional.of(invalid(parent.getUniqueId(), type, method, e.getMessage()));
        }
    }

    /** Reports a declaration that runs but is likely not what its author meant. */
    private void warn(Class<?> type, Method method, String warning) {
        issues.reportIssue(DiscoveryIssue.builder(Severity.WARNING, warning)
                .source(MethodSource.from(type, method))
                .build());
    }

    /** Reports {@code problem} as a discovery issue and returns the descriptor that fails with it. */
    TestDescriptor invalid(UniqueId classId, Class<?> type, Method method, String problem) {
        issues.reportIssue(DiscoveryIssue.builder(INVALID_DECLARATION, problem)
                .source(MethodSource.from(type, method))
                .build());
        return new InvalidExperimentDescriptor(classId, type, method, problem);
    }
}

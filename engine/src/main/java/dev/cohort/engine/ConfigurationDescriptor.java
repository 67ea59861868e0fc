package dev.cohort.engine;

import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * One configuration of an experiment, displayed as its id ({@code alpha=0.01, algorithm=IDBD}); its
 * children are {@link TrialDescriptor}s, one per seed.
 */
final class ConfigurationDescriptor extends ContainerDescriptor {

    private final ExperimentDefinition experiment;
    private final Configuration configuration;

    ConfigurationDescriptor(UniqueId experimentId, ExperimentDefinition experiment, Configuration configuration) {
        super(
                CohortIds.forConfiguration(experimentId, configuration),
                configuration.displayName(),
                MethodSource.from(experiment.testClass(), experiment.method()));
        this.experiment = experiment;
        this.configuration = configuration;
    }

    /** The name in Surefire's reports: {@code tracking[algorithm=IDBD, stepSize=0.01]}. */
    @Override
    public String getLegacyReportingName() {
        return experiment.method().getName() + "[" + configuration.id() + "]";
    }

    ExperimentDefinition experiment() {
        return experiment;
    }

    Configuration configuration() {
        return configuration;
    }

    /** Selectors of every trial, to discover the whole configuration. */
    Set<DiscoverySelector> trialSelectors() {
        Set<DiscoverySelector> selectors = new LinkedHashSet<>();
        for (int i = 0; i < experiment.seedCount(); i++) {
            selectors.add(DiscoverySelectors.selectUniqueId(CohortIds.forTrial(getUniqueId(), experiment.seed(i))));
        }
        return selectors;
    }
}

package dev.cohort.engine;

import dev.cohort.runtime.Configuration;
import dev.cohort.runtime.ExperimentDefinition;
import java.util.HashSet;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

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
                ExperimentSources.of(experiment));
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

    /**
     * Adds a trial for every seed, to discover the whole configuration: made here rather than through one
     * unique-id selector per trial, whose resolution would cost every trial of a large study a round
     * trip through the discovery machinery. A trial already added (selected by its own id) is kept, and
     * of a seed declared twice the first.
     *
     * @return no further selectors
     */
    Set<DiscoverySelector> addEveryTrial() {
        Set<UniqueId> added = new HashSet<>();
        for (TestDescriptor child : getChildren()) {
            added.add(child.getUniqueId());
        }
        for (int i = 0; i < experiment.seedCount(); i++) {
            UniqueId id = CohortIds.forTrial(getUniqueId(), experiment.seed(i));
            if (added.add(id)) {
                addChild(new TrialDescriptor(id, "", experiment, configuration, i));
            }
        }
        return Set.of();
    }

    /** The trial of the seed at {@code seedIndex}: the one already added, or a new one. */
    TrialDescriptor trial(int seedIndex) {
        UniqueId id = CohortIds.forTrial(getUniqueId(), experiment.seed(seedIndex));
        for (TestDescriptor child : getChildren()) {
            if (child instanceof TrialDescriptor trial && child.getUniqueId().equals(id)) {
                return trial;
            }
        }
        return new TrialDescriptor(id, "", experiment, configuration, seedIndex);
    }
}

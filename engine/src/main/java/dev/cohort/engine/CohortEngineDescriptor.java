package dev.cohort.engine;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of the tree. Carries the configuration read at discovery, and owns the run's results store:
 * opened before the first trial, closed when every trial ended.
 */
final class CohortEngineDescriptor extends EngineDescriptor implements Node<CohortExecutionContext> {

    private final CohortConfiguration configuration;

    CohortEngineDescriptor(UniqueId uniqueId, CohortConfiguration configuration) {
        super(uniqueId, "Cohort");
        this.configuration = configuration;
    }

    CohortConfiguration configuration() {
        return configuration;
    }

    @Override
    public CohortExecutionContext before(CohortExecutionContext context) {
        return context.withStore(new RunStore(configuration.resultsDirectory()));
    }

    @Override
    public void after(CohortExecutionContext context) throws Exception {
        context.store().close();
    }
}

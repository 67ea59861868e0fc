package dev.cohort.engine;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of the tree. Carries the configuration read at discovery, and owns the run: before the first
 * trial it records the declaration of every experiment about to run next to the results (the manifests
 * that {@code cohort:check} and {@code cohort:status} read), opens the results store and starts the
 * progress lines; when every trial ended it closes both.
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
        RunStore store = new RunStore(configuration.resultsDirectory());
        Map<String, ExperimentDescriptor> experiments = new LinkedHashMap<>();
        int trials = 0;
        for (TestDescriptor descendant : getDescendants()) {
            if (descendant instanceof ExperimentDescriptor experiment) {
                experiments.putIfAbsent(experiment.definition().id(), experiment);
            } else if (descendant instanceof TrialDescriptor) {
                trials++;
            }
        }
        Instant now = Instant.now();
        experiments.values().forEach(e -> store.declare(e.definition().manifest(now)));
        return context.withRun(store, Progress.start(configuration, trials));
    }

    @Override
    public void after(CohortExecutionContext context) throws Exception {
        try {
            context.store().close();
        } finally {
            context.progress().close();
        }
    }
}

package dev.cohort.engine;

import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.ParallelHierarchicalTestExecutorServiceFactory;
import org.junit.platform.engine.support.hierarchical.ParallelHierarchicalTestExecutorServiceFactory.ParallelExecutorServiceType;
import org.junit.platform.engine.support.hierarchical.SameThreadHierarchicalTestExecutorService;

/**
 * The JUnit Platform engine {@value CohortIds#ENGINE_ID}: discovers {@code @Experiment} methods and runs
 * every trial (one configuration with one seed) in parallel, appending each trial's result to the run's
 * results file.
 *
 * <p>Tree: class, experiment, configuration, trial; an experiment with {@code @Confirm} adds its
 * confirmation trials once its tuning trials ended ({@link ConfirmationStage}). See {@link CohortIds}
 * for the unique ids, which let an IDE or the console launcher re-run one trial, configuration or
 * experiment with the same seeds.
 * Settings: {@link CohortConfiguration}.
 */
public final class CohortTestEngine extends HierarchicalTestEngine<CohortExecutionContext> {

    /** The engine id. */
    public static final String ENGINE_ID = CohortIds.ENGINE_ID;

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.cohort");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("cohort-engine");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        CohortEngineDescriptor engine =
                new CohortEngineDescriptor(uniqueId, CohortConfiguration.from(request.getConfigurationParameters()));
        DiscoveryIssueReporter issues = DiscoveryIssueReporter.deduplicating(
                DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
        ExperimentSelectorResolver experiments = new ExperimentSelectorResolver(issues);
        EngineDiscoveryRequestResolver.<CohortEngineDescriptor>builder()
                .addSelectorResolver(context -> new ClasspathScanResolver(context.getClassNameFilter()))
                .addSelectorResolver(new ClassSelectorResolver())
                .addSelectorResolver(experiments)
                .addSelectorResolver(new ConfigurationSelectorResolver())
                .addSelectorResolver(new ConfirmationSelectorResolver())
                .addSelectorResolver(new TrialSelectorResolver())
                .build()
                .resolve(request, engine, issues);
        DuplicateExperimentIds.check(engine, experiments);
        engine.sharded(ShardFilter.apply(engine, engine.configuration().shard()));
        StageFilter.apply(engine, engine.configuration().stage());
        return engine;
    }

    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        int parallelism = configuration(request).parallelism();
        if (parallelism == 1) {
            return new SameThreadHierarchicalTestExecutorService();
        }
        return ParallelHierarchicalTestExecutorServiceFactory.create(
                ParallelExecutorServiceType.FORK_JOIN_POOL, new FixedParallelism(parallelism));
    }

    @Override
    protected CohortExecutionContext createExecutionContext(ExecutionRequest request) {
        return new CohortExecutionContext(configuration(request), request.getEngineExecutionListener());
    }

    private static CohortConfiguration configuration(ExecutionRequest request) {
        return ((CohortEngineDescriptor) request.getRootTestDescriptor()).configuration();
    }
}
